import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, expect, inject, it } from 'vitest';
import { createDb } from '../../db/knex';
import { createStores } from '../../db/stores';
import { WEBHOOK_SECRET_BOX } from '../../domain/webhooks/events';
import { createSecretBox } from '../../lib/secret-box';
import { createTemporalClient } from '../../lib/temporal';
import { loadConfig } from '../../lib/config';
import { webhookDeliveryWorkflowId } from '../../workflows/webhooks/contract';
import { wakeWebhookQueue } from '../../workflows/webhooks/starters';
import { startOwnWorker } from '../support/own-worker';
import { eventually, startReceiver } from './receiver';

const root = join(__dirname, '..', '..');
const cleanups: Array<() => Promise<unknown>> = [];
afterAll(async () => {
  for (const fn of cleanups.reverse()) await fn().catch(() => undefined);
});

it('a worker killed -9 mid-delivery still delivers: the attempt is retried by another worker and acknowledged once', async () => {
  const taskQueue = `webhook-crash-${randomUUID().slice(0, 8)}`;
  const env = { ...inject('env'), TEMPORAL_TASK_QUEUE: taskQueue, WEBHOOK_RETRY_INITIAL_SECONDS: '0.5', WEBHOOK_TIMEOUT_MS: '20000' };
  const config = loadConfig(env);
  const db = createDb(config.databaseUrl, 4);
  cleanups.push(() => db.destroy());
  const stores = createStores(db);
  const client = await createTemporalClient(config.temporal);
  cleanups.push(() => client.connection.close());

  // The first request is never answered: the worker that sent it dies while it waits.
  const hooks = await startReceiver((n) => (n === 1 ? 'hang' : 200));
  cleanups.push(hooks.close);
  const [account] = await db('accounts')
    .insert({
      login_id: `wh-${randomUUID().slice(0, 8)}`,
      password_hash: 'x',
      email: `wh-${randomUUID().slice(0, 8)}@example.jp`,
      name: 'Crash',
      language: 'en',
    })
    .returning('id');
  const endpoint = await stores.webhooks.endpoints.create(
    {
      accountId: account.id,
      url: hooks.url,
      description: null,
      eventTypes: ['balance.low'],
      secretEnc: createSecretBox(config.secret, WEBHOOK_SECRET_BOX).seal('whsec_crash'),
    },
    10,
  );
  // Recorded as already dispatched, so no other dispatcher hands it to another task queue.
  const event = await stores.webhooks.events.record({
    type: 'balance.low',
    accountId: account.id,
    resource: { type: 'account', id: account.id },
    data: { balance: 1 },
    dispatched: true,
  });
  const [queue] = await stores.webhooks.deliveries.enqueue([event.id]);
  expect(queue).toEqual({ endpointId: endpoint!.id, orderingKey: `account:${account.id}` });

  const child = spawn(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'worker', 'main.ts')], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  cleanups.push(async () => child.exitCode === null && process.kill(-child.pid!, 'SIGKILL'));
  const schedule = { initialMs: 500, maxIntervalMs: 2000, maxAgeMs: 3_600_000, timeoutMs: 20_000 };
  await wakeWebhookQueue(client, taskQueue, { ...queue!, schedule, idleSeconds: 5 });

  await hooks.waitFor(1, 60_000);
  process.kill(-child.pid!, 'SIGKILL');
  const survivor = await startOwnWorker('webhook-crash', {}, taskQueue, env);
  cleanups.push(() => survivor.stop());

  const got = await hooks.waitFor(2, 60_000);
  expect(got.map((r) => r.headers['pbx-event-id'])).toEqual([event.id, event.id]);
  expect(got[1]!.answered).toBe(200);
  const [delivery] = await eventually(
    () => stores.webhooks.deliveries.log({ endpointId: endpoint!.id }, { limit: 5 }),
    (items) => items[0]?.status === 'succeeded',
  );
  expect(delivery!.attempts.map((a) => [a.attempt, a.statusCode])).toEqual([
    [1, null],
    [2, 200],
  ]);
  expect(delivery!.attempts[0]!.error).toMatch(/interrupted/);
  await client.workflow.getHandle(webhookDeliveryWorkflowId(queue!)).result();
  await new Promise((r) => setTimeout(r, 1500));
  expect(hooks.received).toHaveLength(2);
}, 120_000);
