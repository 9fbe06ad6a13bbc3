import type { NativeConnection, Worker } from '@temporalio/worker';
import type { Knex } from 'knex';
import { createDb } from '../db/knex';
import { migrateToLatest } from '../db/migrate';
import { loadConfig } from '../lib/config';
import { createLogger } from '../lib/logger';
import { processMetrics } from '../lib/metrics/process';
import { createWorker } from './create-worker';
import { startWorkerHttp, type WorkerReadiness } from './http';
import { installRuntime } from './runtime';
import { domainSeeders } from '../modules';

const withTimeout = <T>(p: Promise<T>, ms: number) =>
  Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref())]);

/** Ready when the worker runs and PostgreSQL and Temporal answer within the probe's second. */
async function readiness(worker: Worker, db: Knex, connection: NativeConnection): Promise<WorkerReadiness> {
  const [database, temporal] = (
    await Promise.allSettled([
      withTimeout(db.raw('select 1'), 900),
      connection.withDeadline(Date.now() + 900, () => connection.workflowService.getSystemInfo({})),
    ])
  ).map((r) => (r.status === 'fulfilled' ? 'up' : 'down')) as ['up' | 'down', 'up' | 'down'];
  // Read after the checks: a signal may have come while they ran.
  const state = worker.getState();
  if (state === 'STOPPING' || state === 'DRAINING' || state === 'DRAINED' || state === 'STOPPED') return { status: 'shutting_down' };
  const down = [...(database === 'down' ? ['database'] : []), ...(temporal === 'down' ? ['temporal'] : [])];
  // INITIALIZED (not polling yet) or FAILED: the worker itself takes no tasks.
  if (state !== 'RUNNING') down.push('worker');
  return down.length === 0 ? { status: 'ready', database: 'up', temporal: 'up' } : { status: 'not_ready', database, temporal, down };
}

/**
 * The worker process: configured by the environment only. On SIGTERM/SIGINT it turns not ready,
 * stops polling and gives running tasks SHUTDOWN_GRACE_SECONDS to finish.
 */
async function main() {
  const config = loadConfig();
  const log = createLogger(config.logLevel, 'worker');
  // Before any connection: the runtime's logger and metrics exporter are fixed when it is created.
  const telemetry = await installRuntime(config, log);
  const db = createDb(config.databaseUrl, config.databasePoolMax);
  await migrateToLatest(db, { seedDemo: config.seedDemoData, seeders: domainSeeders() });
  const { worker, connection, transport } = await createWorker(config, db, { shutdownGraceTime: config.shutdown.graceMs });
  const running = worker.run();
  const ops =
    config.worker.metricsPort === undefined
      ? undefined
      : await startWorkerHttp({
          port: config.worker.metricsPort,
          token: config.metrics.token,
          registry: processMetrics().registry,
          temporalMetrics: telemetry.temporalMetrics,
          readiness: () => readiness(worker, db, connection),
        });
  log.info(
    { taskQueue: config.temporal.taskQueue, temporal: config.temporal.address, ...(ops ? { metricsPort: ops.port } : {}) },
    'worker started',
  );
  const stop = (signal: NodeJS.Signals) => {
    if (worker.getState() !== 'RUNNING') return;
    log.info({ signal, graceMs: config.shutdown.graceMs }, 'worker stopping: no new tasks; running ones may finish');
    worker.shutdown();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  await running;
  ops?.server.close();
  await connection.close();
  transport.close();
  await db.destroy();
  log.info('worker stopped');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
