import { ActivityFailure, ApplicationFailure, condition, proxyActivities } from '@temporalio/workflow';
import type { createDevicesOrderActivities } from '../../activities/devices/devices-order.activities';
import type { DevicesOrderState } from './state';
import { HEARTBEAT_TIMEOUT } from '../activity-timeouts';

type Acts = ReturnType<typeof createDevicesOrderActivities>;

/** The order's own progress: retried for a good while, a broken dependency only delays it. */
export const steps = proxyActivities<Acts>({
  heartbeatTimeout: HEARTBEAT_TIMEOUT,
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', maximumAttempts: 30 },
});

/** Steps run for a waiting staff member: they give up soon, so the person gets an answer and may retry. */
export const staffSteps = proxyActivities<Acts>({
  heartbeatTimeout: HEARTBEAT_TIMEOUT,
  startToCloseTimeout: '20 seconds',
  retry: { initialInterval: '500 milliseconds', maximumInterval: '5 seconds', maximumAttempts: 4 },
});

/** Compensations must finish: they retry until they do. */
export const undo = proxyActivities<Acts>({
  heartbeatTimeout: HEARTBEAT_TIMEOUT,
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '5 minutes' },
});

/** Customer mails: they retry until the mail server takes them, and never change the order's outcome. */
export const notices = proxyActivities<Acts>({
  heartbeatTimeout: HEARTBEAT_TIMEOUT,
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '5 minutes' },
});

/** The typed failure behind an activity failure, if there is one. */
export function typedFailure(err: unknown): ApplicationFailure | undefined {
  const cause = err instanceof ActivityFailure ? err.cause : err;
  return cause instanceof ApplicationFailure && cause.type ? cause : undefined;
}

/** A short machine-readable reason for a failure. */
export function failureReason(err: unknown): string {
  const f = typedFailure(err);
  if (f) return `${f.type}: ${f.message}`;
  return err instanceof Error ? err.message : String(err);
}

/**
 * Runs one staff step at most once at a time: a duplicate request waits for the running one and
 * then answers from the state (validated again, since the order may have moved meanwhile).
 */
export async function runStep(
  state: DevicesOrderState,
  key: string,
  validate: () => void,
  isDone: () => boolean,
  work: () => Promise<void>,
): Promise<void> {
  while (state.inFlight.has(key)) await condition(() => !state.inFlight.has(key));
  validate();
  if (isDone()) return;
  state.inFlight.add(key);
  try {
    await work();
  } catch (err) {
    // The caller gets the typed reason (MacTaken, ParcelRejected...), not a wrapped activity failure.
    throw typedFailure(err) ?? err;
  } finally {
    state.inFlight.delete(key);
  }
}
