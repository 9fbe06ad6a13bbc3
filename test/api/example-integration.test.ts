import { afterAll, beforeAll, expect, it } from 'vitest';
import { runExampleIntegration } from '../../scripts/example-integration';
import { webhookDispatcherWorkflowId } from '../../workflows/webhooks/contract';
import { startTestApi, type TestApi } from '../support/api';
import { startOwnWorker, type OwnWorker } from '../support/own-worker';

let api: TestApi;
let worker: OwnWorker;
beforeAll(async () => {
  // A task queue of its own: the webhook dispatcher the example's endpoint starts is this file's, and ends with it.
  worker = await startOwnWorker('example', {});
  api = await startTestApi({ TEMPORAL_TASK_QUEUE: worker.taskQueue });
});
afterAll(async () => {
  await api?.deps.temporal.workflow
    .getHandle(webhookDispatcherWorkflowId(worker.taskQueue))
    .terminate('tests done')
    .catch(() => undefined);
  await worker?.stop();
  await api?.close();
});

it('the example integration signs up, creates a key, tops up by card, buys a unique and receives both webhooks, signed', async () => {
  const lines: string[] = [];
  const run = await runExampleIntegration({ apiUrl: api.url, log: (l) => lines.push(l), timeoutMs: 45_000 });

  expect(run.apiKeyPrefix).toMatch(/^pbx_live_/);
  expect(run.topup).toMatchObject({ status: 'credited' });
  expect(run.topup.creditedAmount).toBeGreaterThanOrEqual(run.order.total);
  expect(run.order).toMatchObject({ status: 'completed' });
  expect(run.balance).toBe(run.topup.creditedAmount - run.order.total);
  const byType = Object.fromEntries(run.events.map((e) => [e.type, e]));
  expect(byType['topup.credited']).toMatchObject({ resourceId: run.topup.id, signatureValid: true });
  expect(byType['topup.credited']!.body.data).toMatchObject({ creditedAmount: run.topup.creditedAmount });
  expect(byType['order.completed']).toMatchObject({ resourceId: run.order.id, signatureValid: true });
  expect(run.events).toHaveLength(2);
  // What the README shows: each step says what it did, a refusal by its problem code.
  expect(lines).toContainEqual(expect.stringMatching(/^ordering before the top-up: 422 insufficient_balance: /));
  expect(lines.some((l) => l.startsWith('webhook order.completed'))).toBe(true);

  const stored = await api.deps.db('api_keys').where({ account_id: run.accountId }).first();
  expect(stored).toMatchObject({ access: 'read_write' });
  expect(stored?.last_used_at, 'the program acted with the key').not.toBeNull();
}, 120_000);
