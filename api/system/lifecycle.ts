/**
 * Whether this process has been asked to stop (SIGTERM). Readiness answers 503 from then on, so
 * that a load balancer sends nothing new while in-flight requests finish. One flag per process:
 * a signal stops the whole process, whatever number of apps it serves.
 */
let stopping = false;

/** Marks the process as stopping; returns false when it already was. */
export function beginShutdown(): boolean {
  const first = !stopping;
  stopping = true;
  return first;
}

/** Whether SIGTERM (or SIGINT) has arrived. */
export const isShuttingDown = (): boolean => stopping;
