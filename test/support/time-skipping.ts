import { randomUUID } from 'node:crypto';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { createActivities } from '../../activities';
import { createStores } from '../../db/stores';
import type { MailTransport } from '../../lib/mailer';
import { temporalDataConverter } from '../../lib/temporal';
import { ensureTestServer } from '../../scripts/tools';
import { workflowsPath } from '../../worker/create-worker';
import type { TestApi } from './api';
import { heartbeatOptions } from '../../worker/heartbeat';
import { DOMAIN_MODULES } from '../../modules';

/** A transport that accepts and drops mail, for tests whose subject is not mail. */
export const noMail: MailTransport = { send: async () => {}, verify: async () => {}, close: () => {} };

/** The time-skipping test server with a worker running the real activities on the suite's database. */
export interface TimeSkipping {
  env: TestWorkflowEnvironment;
  taskQueue: string;
  stop(): Promise<void>;
}

/** Starts the time-skipping server (fetched and cached by scripts/tools) and a worker on a fresh task queue. */
export async function startTimeSkipping(api: TestApi, prefix: string): Promise<TimeSkipping> {
  const dataConverter = temporalDataConverter(api.deps.config.temporal);
  const env = await TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: { type: 'existing-path', path: await ensureTestServer() } },
    client: { dataConverter },
  });
  const taskQueue = `${prefix}-${randomUUID()}`;
  const worker = await Worker.create({
    connection: env.nativeConnection,
    taskQueue,
    dataConverter,
    workflowsPath,
    activities: createActivities(
      { config: api.deps.config, stores: createStores(api.deps.db), transport: noMail, parties: api.deps.parties },
      DOMAIN_MODULES,
    ),
    ...heartbeatOptions,
  });
  const running = worker.run();
  return {
    env,
    taskQueue,
    async stop() {
      worker.shutdown();
      await running;
      await env.teardown();
    },
  };
}
