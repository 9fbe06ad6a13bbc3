import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';
import type { Knex } from 'knex';
import { createActivities } from '../activities';
import { DOMAIN_MODULES } from '../modules';
import { createStores } from '../db/stores';
import type { AppConfig } from '../lib/config';
import { createSmtpTransport, type MailTransport } from '../lib/mailer';
import { createParties, type Parties } from '../lib/parties';
import { temporalConnectionOptions, temporalDataConverter } from '../lib/temporal';
import { heartbeatOptions } from './heartbeat';

/** The workflow bundle's entry; resolved from the file system so tsx and vitest agree (compiled, the .js beside this file's). */
export const workflowsPath = join(__dirname, '..', 'workflows', __filename.endsWith('.ts') ? 'index.ts' : 'index.js');

/** Where `npm run build` (scripts/build.ts) writes the prebuilt workflow bundle: beside the compiled worker/ and workflows/. */
export const bundleFileName = 'workflow-bundle.js';

/**
 * The workflow code to run: a prebuilt bundle when configured or left by `npm run build` beside the
 * compiled code, so a production worker starts without webpack's seconds of CPU and memory; else
 * the sources, bundled at start (tsx, vitest).
 */
export function workflowSource(w: AppConfig['worker']): Pick<WorkerOptions, 'workflowBundle' | 'workflowsPath'> {
  const beside = join(__dirname, '..', bundleFileName);
  const codePath = w.workflowBundlePath ?? (__filename.endsWith('.js') && existsSync(beside) ? beside : undefined);
  return codePath ? { workflowBundle: { codePath } } : { workflowsPath };
}

/** A worker wired to its database and mail transport, ready to run. */
export interface RunnableWorker {
  worker: Worker;
  connection: NativeConnection;
  transport: MailTransport;
}

/** Worker options from the configuration; an unset value leaves the SDK's default. */
function workerTuning(w: AppConfig['worker']): Partial<WorkerOptions> {
  const options: Partial<WorkerOptions> = {
    maxConcurrentActivityTaskExecutions: w.maxConcurrentActivities,
    maxConcurrentLocalActivityExecutions: w.maxConcurrentActivities,
    maxConcurrentWorkflowTaskExecutions: w.maxConcurrentWorkflowTasks,
  };
  if (w.maxCachedWorkflows !== undefined) options.maxCachedWorkflows = w.maxCachedWorkflows;
  if (w.workflowThreads !== undefined) options.workflowThreadPoolSize = w.workflowThreads;
  if (w.workflowPollers !== undefined) options.workflowTaskPollerBehavior = { type: 'simple-maximum', maximum: w.workflowPollers };
  if (w.activityPollers !== undefined) options.activityTaskPollerBehavior = { type: 'simple-maximum', maximum: w.activityPollers };
  return options;
}

/** Builds the one worker that runs every workflow and activity of the task queue; a process that also runs the API hands in its parties. */
export async function createWorker(
  config: AppConfig,
  db: Knex,
  overrides: Partial<WorkerOptions> = {},
  activityOverrides: Record<string, (...args: never[]) => Promise<unknown>> = {},
  parties: Parties = createParties(config, db),
): Promise<RunnableWorker> {
  const connection = await NativeConnection.connect(temporalConnectionOptions(config.temporal));
  const transport = createSmtpTransport(config.mail.smtpUrl);
  // Tests replace a single step (say, the business-hours clock) and keep every other activity real.
  const activities = {
    ...createActivities({ config, stores: createStores(db), transport, parties }, DOMAIN_MODULES),
    ...activityOverrides,
  };
  const worker = await Worker.create({
    connection,
    namespace: config.temporal.namespace,
    taskQueue: config.temporal.taskQueue,
    dataConverter: temporalDataConverter(config.temporal),
    ...workflowSource(config.worker),
    activities,
    ...heartbeatOptions,
    ...workerTuning(config.worker),
    ...overrides,
  });
  return { worker, connection, transport };
}
