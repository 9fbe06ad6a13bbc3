import { Runtime, type LogLevel } from '@temporalio/worker';
import type { Logger } from 'pino';
import type { AppConfig } from '../lib/config';
import { temporalLogger } from '../lib/logger';
import { freePort } from '../lib/net/free-port';

/** What the worker's /metrics appends to its own series: the Temporal SDK's, as core's exporter serves them. */
export interface WorkerTelemetry {
  /** The SDK's series (temporal_…) in the Prometheus text format; a comment line when core does not answer. */
  temporalMetrics: () => Promise<string>;
}

/** Core's native log level for this process's LOG_LEVEL: core is chatty, so one step quieter than ours. */
function coreLevel(level: AppConfig['logLevel']): LogLevel {
  return level === 'trace'
    ? 'DEBUG'
    : level === 'debug'
      ? 'INFO'
      : level === 'fatal' || level === 'error' || level === 'silent'
        ? 'ERROR'
        : 'WARN';
}

/**
 * Installs the Temporal runtime once, before any connection: the SDK's, core's, the workflows' and
 * the activities' logs go through pino as JSON, and core's Prometheus exporter listens on a free
 * loopback port (only when the worker serves metrics) for worker/http.ts to append. Signals are
 * left to worker/main.ts, which marks the worker not ready before it shuts the worker down.
 */
export async function installRuntime(config: AppConfig, log: Logger): Promise<WorkerTelemetry> {
  const bindAddress = config.worker.metricsPort === undefined ? undefined : `127.0.0.1:${await freePort()}`;
  Runtime.install({
    logger: temporalLogger(log),
    shutdownSignals: [],
    telemetryOptions: {
      logging: { forward: {}, filter: { core: coreLevel(config.logLevel), other: 'ERROR' } },
      ...(bindAddress ? { metrics: { prometheus: { bindAddress } } } : {}),
    },
  });
  return {
    temporalMetrics: async () => {
      if (!bindAddress) return '';
      try {
        const res = await fetch(`http://${bindAddress}/metrics`, { signal: AbortSignal.timeout(1000) });
        return await res.text();
      } catch (err) {
        return `# the Temporal SDK's metrics did not answer: ${(err as Error).message}\n`;
      }
    },
  };
}
