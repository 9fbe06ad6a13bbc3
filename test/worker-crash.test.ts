import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { decodeTimeoutType } from '@temporalio/common';
import { afterAll, expect, inject, it } from 'vitest';
import { loadConfig } from '../lib/config';
import { temporalDataConverter } from '../lib/temporal';
import { passwordReminderWorkflowId } from '../workflows/accounts/contract';
import { startOwnWorker, type OwnWorker } from './support/own-worker';

const root = join(__dirname, '..');
const cleanups: Array<() => Promise<unknown>> = [];
afterAll(async () => {
  for (const fn of cleanups.reverse()) await fn().catch(() => undefined);
});

/** Starts the stalling worker process on the task queue and resolves once its activity is running. */
function startStallingWorker(taskQueue: string, onStalled: () => void) {
  const child = spawn(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'test', 'fixtures', 'stalling-worker.ts')], {
    env: { ...process.env, ...inject('env'), TEMPORAL_TASK_QUEUE: taskQueue },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  child.stdout!.on('data', (chunk: Buffer) => {
    if (chunk.toString().includes('stalled')) onStalled();
  });
  return child;
}

it('an activity whose worker is killed -9 is retried after its heartbeat timeout, not its start-to-close timeout', async () => {
  const env = inject('env');
  const connection = await Connection.connect({ address: env.TEMPORAL_ADDRESS! });
  cleanups.push(() => connection.close());
  const client = new Client({ connection, dataConverter: temporalDataConverter(loadConfig(env).temporal) });
  const taskQueue = `crash-${randomUUID().slice(0, 8)}`;

  let stalled!: () => void;
  const running = new Promise<void>((r) => (stalled = r));
  const child = startStallingWorker(taskQueue, () => stalled());
  cleanups.push(async () => child.exitCode === null && process.kill(-child.pid!, 'SIGKILL'));

  const requestId = randomUUID();
  const handle = await client.workflow.start('passwordReminderWorkflow', {
    taskQueue,
    workflowId: passwordReminderWorkflowId(requestId),
    args: [{ requestId, loginId: `nobody-${requestId}` }],
  });
  await running;
  // The whole process group: tsx and the node process it runs, as a crash takes both.
  process.kill(-child.pid!, 'SIGKILL');
  const ownWorker: OwnWorker = await startOwnWorker('crash', {}, taskQueue);
  cleanups.push(() => ownWorker.stop());

  expect(await handle.result()).toBe('no_such_login');
  const { events } = await handle.fetchHistory();
  const started = events!.filter((e) => e.activityTaskStartedEventAttributes).map((e) => e.activityTaskStartedEventAttributes!);
  const retried = started.find((a) => (a.attempt ?? 1) > 1);
  expect(retried, 'the stalled activity ran a second attempt').toBeDefined();
  expect(decodeTimeoutType(retried!.lastFailure?.timeoutFailureInfo?.timeoutType)).toBe('HEARTBEAT');
}, 90_000);
