import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { createDb } from '../../db/knex';
import { loadConfig } from '../../lib/config';
import { createWorker } from '../../worker/create-worker';

/** A worker of a test file's own, on its own task queue, with some activities replaced. */
export interface OwnWorker {
  taskQueue: string;
  stop(): Promise<void>;
}

/**
 * Starts a worker with the real activities except the given ones; APIs pointed at its task queue
 * use it. The task queue is a fresh one unless named; env overrides pick other parties (PBX_MODE).
 */
export async function startOwnWorker(
  prefix: string,
  activityOverrides: Record<string, (...args: never[]) => Promise<unknown>>,
  taskQueue = `${prefix}-${randomUUID().slice(0, 8)}`,
  envOverrides: Record<string, string> = {},
): Promise<OwnWorker> {
  const config = loadConfig({ ...inject('env'), ...envOverrides, TEMPORAL_TASK_QUEUE: taskQueue });
  const db = createDb(config.databaseUrl, 10);
  const { worker, connection, transport } = await createWorker(config, db, {}, activityOverrides);
  const running = worker.run();
  return {
    taskQueue,
    async stop() {
      worker.shutdown();
      await running;
      await connection.close();
      transport.close();
      await db.destroy();
    },
  };
}
