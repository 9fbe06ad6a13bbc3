import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** The instruments a process updates as it works; one set per process, whatever number of apps it runs. */
export interface ProcessMetrics {
  registry: Registry;
  /** Every answered HTTP request, labelled by the route template (never the raw path, whose IDs would explode the series). */
  httpRequestDuration: Histogram<'route' | 'method' | 'status'>;
  /** The PBX's authorisation questions, by direction and outcome (`allowed`, a refusal reason, `unknown_unique`, `error`). */
  callAuthorizations: Counter<'direction' | 'outcome'>;
}

let instance: ProcessMetrics | undefined;

/** The process's instruments, created on first use (so that importing this file registers nothing). */
export function processMetrics(): ProcessMetrics {
  return (instance ??= createProcessMetrics());
}

function createProcessMetrics(): ProcessMetrics {
  const registry = new Registry();
  // CPU, memory, event-loop lag, GC and handles of this Node process, as pbx_process_* and pbx_nodejs_*.
  collectDefaultMetrics({ register: registry, prefix: 'pbx_' });
  return {
    registry,
    httpRequestDuration: new Histogram({
      name: 'pbx_http_request_duration_seconds',
      help: 'Time from request to answer, by route template, method and status',
      labelNames: ['route', 'method', 'status'],
      // From the authorisation fast path's single milliseconds up to a slow PDF.
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    callAuthorizations: new Counter({
      name: 'pbx_call_authorizations_total',
      help: 'Call authorisations answered, by direction and outcome (allowed or the refusal reason)',
      labelNames: ['direction', 'outcome'],
      registers: [registry],
    }),
  };
}
