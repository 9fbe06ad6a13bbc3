import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordEvent } from '../../db/webhooks/events.store';
import type { NewEvent } from '../../domain/webhooks/events';
import { verifyWebhookSignature } from '../../lib/webhook-signature';
import { webhookDispatcherWorkflowId } from '../../workflows/webhooks/contract';
import { signUp, startTestApi, type TestApi } from '../support/api';
import { waitForMail } from '../support/mail';
import { startOwnWorker, type OwnWorker } from '../support/own-worker';
import { CARDS, orderTopup, sandboxPost, tokenize, waitForStatus } from '../support/topup';
import { eventually, startReceiver } from './receiver';

// Seconds instead of days: retries from 0.5 s, at most 2 s apart, given up after about 12 s.
const WEBHOOK_ENV = {
  WEBHOOK_RETRY_INITIAL_SECONDS: '0.5',
  WEBHOOK_RETRY_MAX_INTERVAL_SECONDS: '2',
  WEBHOOK_MAX_AGE_HOURS: '0.0033',
  WEBHOOK_TIMEOUT_MS: '3000',
};

let api: TestApi;
let worker: OwnWorker;
const closers: Array<() => Promise<unknown>> = [];

beforeAll(async () => {
  // A task queue of this file's own, so its dispatcher and retry schedule are the ones under test.
  worker = await startOwnWorker('webhooks', {}, undefined, WEBHOOK_ENV);
  api = await startTestApi({ ...WEBHOOK_ENV, TEMPORAL_TASK_QUEUE: worker.taskQueue });
});
afterAll(async () => {
  for (const close of closers.reverse()) await close().catch(() => undefined);
  await api.deps.temporal.workflow
    .getHandle(webhookDispatcherWorkflowId(worker.taskQueue))
    .terminate('tests done')
    .catch(() => undefined);
  await worker?.stop();
  await api?.close();
});

async function receiver(answer?: Parameters<typeof startReceiver>[0]) {
  const r = await startReceiver(answer);
  closers.push(r.close);
  return r;
}

async function endpointFor(token: string, url: string, eventTypes: string[] = ['balance.low', 'topup.credited']) {
  const res = await api.request('POST', '/v1/webhook-endpoints', { token, body: { url, eventTypes } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  const { secret, ...endpoint } = res.body as { id: string; secret: string };
  return { endpoint, secret };
}

/** Records an event the way a store does: inside a transaction (here one of its own). */
const record = (ev: NewEvent) => api.deps.db.transaction((trx) => recordEvent(trx, ev));

const lowBalance = (accountId: string, crossing = 1): NewEvent => ({
  type: 'balance.low',
  accountId,
  resource: { type: 'account', id: accountId },
  data: { balance: 100, threshold: 1000, crossing },
});

const deliveries = async (token: string, endpointId: string) =>
  (await api.request('GET', `/v1/webhook-endpoints/${endpointId}/deliveries`, { token })).body.items as Array<any>;

describe('endpoints', () => {
  it('an endpoint is created with its secret shown once, read back without it, changed, rotated and removed', async () => {
    const acct = await signUp(api);
    const created = await api.request('POST', '/v1/webhook-endpoints', {
      token: acct.token,
      headers: { 'idempotency-key': randomUUID() },
      body: { url: 'http://127.0.0.1:9/hooks', eventTypes: ['order.completed', 'order.completed'], description: '基幹システム' },
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(`/v1/webhook-endpoints/${created.body.id}`);
    expect(created.body.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(created.body).toMatchObject({ eventTypes: ['order.completed'], enabled: true, disabledReason: null });
    const id = created.body.id;

    const read = await api.request('GET', `/v1/webhook-endpoints/${id}`, { token: acct.token });
    expect(read.status).toBe(200);
    expect(JSON.stringify(read.body)).not.toContain('whsec_');
    // The created resource is the endpoint as GET answers it, with the secret beside it this once.
    expect(read.body).toEqual({ ...created.body, secret: undefined });
    const listed = (await api.request('GET', '/v1/webhook-endpoints', { token: acct.token })).body;
    expect(listed).toEqual({ items: [read.body], nextCursor: null });
    const types = (await api.request('GET', '/v1/webhook-event-types', { token: acct.token })).body;
    expect(types.nextCursor).toBeNull();
    expect(types.items).toContainEqual({ id: 'order.completed', description: expect.any(String) });

    const patched = await api.request('PATCH', `/v1/webhook-endpoints/${id}`, {
      token: acct.token,
      body: { eventTypes: ['device.shipped', 'device.delivered'], enabled: false },
    });
    expect(patched.body).toMatchObject({ eventTypes: ['device.shipped', 'device.delivered'], enabled: false, disabledReason: 'customer' });

    const bad = await api.request('PATCH', `/v1/webhook-endpoints/${id}`, { token: acct.token, body: { eventTypes: ['topup.done'] } });
    expect(bad.status).toBe(422);
    expect(JSON.stringify(bad.body)).toContain('topup.credited');

    const rotated = await api.request('POST', `/v1/webhook-endpoints/${id}/secret`, { token: acct.token });
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).toMatch(/^whsec_/);
    expect(rotated.body.secret).not.toBe(created.body.secret);
    expect(rotated.body).toMatchObject({ id, previousSecretValidHours: expect.any(Number) });

    expect((await api.request('DELETE', `/v1/webhook-endpoints/${id}`, { token: acct.token })).status).toBe(204);
    expect((await api.request('GET', `/v1/webhook-endpoints/${id}`, { token: acct.token })).status).toBe(404);
  });

  it("another account's endpoint is not found, and circle logins may not manage endpoints", async () => {
    const owner = await signUp(api);
    const other = await signUp(api);
    const { endpoint } = await endpointFor(owner.token, 'http://127.0.0.1:9/hooks');
    expect((await api.request('GET', `/v1/webhook-endpoints/${endpoint.id}`, { token: other.token })).status).toBe(404);
    expect((await api.request('DELETE', `/v1/webhook-endpoints/${endpoint.id}`, { token: other.token })).status).toBe(404);
    const loginId = `wh-${randomUUID().slice(0, 8)}`;
    await api.request('POST', '/v1/circles', { token: owner.token, body: { name: 'wh', loginId, password: 'circle-pass-1' } });
    const circle = await api.request('POST', '/v1/auth/login', { body: { kind: 'circle', loginId, password: 'circle-pass-1' } });
    expect((await api.request('GET', '/v1/webhook-endpoints', { token: circle.body.token })).status).toBe(403);
  });

  it('an SSRF target is refused with the reason and the rule when private addresses are not allowed', async () => {
    const strict = await startTestApi({ ...WEBHOOK_ENV, TEMPORAL_TASK_QUEUE: worker.taskQueue, WEBHOOK_ALLOW_PRIVATE: 'false' });
    closers.push(() => strict.close());
    const acct = await signUp(strict);
    for (const url of [
      'http://127.0.0.1:8080/hooks',
      'http://169.254.169.254/latest/meta-data/',
      'http://10.1.2.3/hooks',
      'http://[::1]/hooks',
      'http://[::ffff:192.168.0.1]/hooks',
      'https://localhost/hooks',
    ]) {
      const res = await strict.request('POST', '/v1/webhook-endpoints', { token: acct.token, body: { url, eventTypes: ['balance.low'] } });
      expect(res.status, url).toBe(422);
      expect(res.body).toMatchObject({ code: 'webhook_url_refused', field: 'url' });
    }
    const en = await strict.request('POST', '/v1/webhook-endpoints', {
      token: acct.token,
      headers: { 'accept-language': 'en' },
      body: { url: 'http://192.168.1.10/hooks', eventTypes: ['balance.low'] },
    });
    expect(en.body.detail).toMatch(/non-public address/);
    const scheme = await strict.request('POST', '/v1/webhook-endpoints', {
      token: acct.token,
      body: { url: 'ftp://example.com/x', eventTypes: ['balance.low'] },
    });
    expect(scheme.status).toBe(422);
    expect((await strict.request('GET', '/v1/webhook-endpoints', { token: acct.token })).body.items).toEqual([]);
  });
});

describe('deliveries', () => {
  it('a receiver that fails 3 times and then succeeds receives the event exactly once, and the signature verifies', async () => {
    const acct = await signUp(api);
    const hooks = await receiver((n) => (n <= 3 ? 500 : 200));
    const { endpoint, secret } = await endpointFor(acct.token, hooks.url);
    await record(lowBalance(acct.accountId));

    const got = await hooks.waitFor(4);
    const ids = new Set(got.map((r) => r.headers['pbx-event-id']));
    expect(ids.size).toBe(1);
    expect(got.map((r) => r.headers['pbx-delivery-attempt'])).toEqual(['1', '2', '3', '4']);
    expect(got.map((r) => r.answered)).toEqual([500, 500, 500, 200]);
    const ok = got[3]!;
    expect(verifyWebhookSignature(secret, ok.body, ok.headers['pbx-signature'] as string)).toBeUndefined();
    expect(verifyWebhookSignature('whsec_wrong', ok.body, ok.headers['pbx-signature'] as string)).toBe('mismatch');
    const body = JSON.parse(ok.body);
    expect(body).toMatchObject({
      id: [...ids][0],
      type: 'balance.low',
      accountId: acct.accountId,
      resource: { type: 'account', id: acct.accountId },
      data: { balance: 100, threshold: 1000 },
    });
    expect(ok.headers['pbx-event-type']).toBe('balance.low');

    const [delivery] = await eventually(
      () => deliveries(acct.token, endpoint.id),
      (items) => items[0]?.status === 'succeeded',
    );
    expect(delivery.attempts.map((a: any) => a.statusCode)).toEqual([500, 500, 500, 200]);
    expect(delivery.attempts.every((a: any) => Number.isInteger(a.latencyMs))).toBe(true);
    expect(delivery.attempts[0].error).toBe('HTTP 500');
    // No duplicate after the acknowledged attempt.
    await new Promise((r) => setTimeout(r, 3000));
    expect(hooks.received).toHaveLength(4);
    const again = await api.request('GET', `/v1/webhook-endpoints/${endpoint.id}`, { token: acct.token });
    expect(again.body.failingSince).toBeNull();
  });

  it("one resource's events arrive in the order they happened, a failing one holding back the next", async () => {
    const acct = await signUp(api);
    const hooks = await receiver((n) => (n === 1 ? 503 : 200));
    await endpointFor(acct.token, hooks.url);
    for (const crossing of [1, 2, 3]) await record(lowBalance(acct.accountId, crossing));
    const got = await hooks.waitFor(4);
    expect(got.map((r) => JSON.parse(r.body).data.crossing)).toEqual([1, 1, 2, 3]);
  });

  it('only subscribed event types of the own account are sent', async () => {
    const acct = await signUp(api);
    const other = await signUp(api);
    const hooks = await receiver();
    await endpointFor(acct.token, hooks.url, ['billing.suspended']);
    await record(lowBalance(acct.accountId));
    await record({ type: 'billing.suspended', accountId: other.accountId, resource: { type: 'account', id: other.accountId }, data: {} });
    await record({ type: 'billing.suspended', accountId: acct.accountId, resource: { type: 'account', id: acct.accountId }, data: {} });
    const [only] = await hooks.waitFor(1);
    expect(JSON.parse(only!.body)).toMatchObject({ type: 'billing.suspended', accountId: acct.accountId });
    await new Promise((r) => setTimeout(r, 1500));
    expect(hooks.received).toHaveLength(1);
  });

  it('a card top-up that is credited reaches the endpoint as topup.credited, recorded with the order status', async () => {
    const acct = await signUp(api);
    const hooks = await receiver();
    const { secret } = await endpointFor(acct.token, hooks.url, ['topup.credited']);
    const order = await orderTopup(api, acct.token, { method: 'card', amount: 3_000, cardToken: await tokenize(CARDS.visa) });
    const waiting = await waitForStatus(api, acct.token, order.id, 'awaiting_3ds');
    expect((await sandboxPost(waiting.nextAction.url, { result: 'pass' })).status).toBe(200);
    await waitForStatus(api, acct.token, order.id, 'credited');
    const [got] = await hooks.waitFor(1);
    const body = JSON.parse(got!.body);
    expect(body).toMatchObject({
      type: 'topup.credited',
      resource: { type: 'order', id: order.id },
      data: { orderId: order.id, kind: 'topup', status: 'credited', total: 3_000, creditedAmount: 3_000 },
    });
    expect(verifyWebhookSignature(secret, got!.body, got!.headers['pbx-signature'] as string)).toBeUndefined();
    const stored = await api.deps.db('events').where({ id: body.id }).first();
    expect(stored.dedupe_key).toBe(`order:${order.id}:credited:order`);
  });

  it('a test ping and a redelivery by hand are sent at once, signed, and logged as manual deliveries', async () => {
    const acct = await signUp(api);
    const hooks = await receiver();
    const { endpoint, secret } = await endpointFor(acct.token, hooks.url);
    const ping = await api.request('POST', `/v1/webhook-endpoints/${endpoint.id}/test`, { token: acct.token });
    expect(ping.status).toBe(200);
    expect(ping.body).toMatchObject({ eventType: 'ping', manual: true, status: 'succeeded', attempts: [{ attempt: 1, statusCode: 200 }] });
    const [pinged] = await hooks.waitFor(1);
    expect(verifyWebhookSignature(secret, pinged!.body, pinged!.headers['pbx-signature'] as string)).toBeUndefined();

    await record(lowBalance(acct.accountId));
    await hooks.waitFor(2);
    const [original] = await eventually(
      () => deliveries(acct.token, endpoint.id),
      (items) => items.some((d) => d.eventType === 'balance.low' && d.status === 'succeeded'),
    ).then((items) => items.filter((d) => d.eventType === 'balance.low'));

    // After a rotation both secrets sign until the grace period ends.
    const rotated = await api.request('POST', `/v1/webhook-endpoints/${endpoint.id}/secret`, { token: acct.token });
    const again = await api.request('POST', `/v1/webhook-deliveries/${original.id}/redelivery`, { token: acct.token });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ eventId: original.eventId, manual: true, status: 'succeeded' });
    const resent = (await hooks.waitFor(3))[2]!;
    expect(resent.headers['pbx-event-id']).toBe(original.eventId);
    const header = resent.headers['pbx-signature'] as string;
    expect(header.split(',').filter((p) => p.startsWith('v1='))).toHaveLength(2);
    const [t, v1New, v1Old] = header.split(',');
    expect(verifyWebhookSignature(rotated.body.secret, resent.body, `${t},${v1New}`)).toBeUndefined();
    expect(verifyWebhookSignature(secret, resent.body, `${t},${v1Old}`)).toBeUndefined();

    const other = await signUp(api);
    expect((await api.request('POST', `/v1/webhook-deliveries/${original.id}/redelivery`, { token: other.token })).status).toBe(404);
  });

  it('an endpoint that fails for the whole retry period is disabled, its customer mailed, and later events skip it', async () => {
    const acct = await signUp(api, { language: 'en' });
    const hooks = await receiver(() => 500);
    const { endpoint } = await endpointFor(acct.token, hooks.url);
    await record(lowBalance(acct.accountId));
    const disabled = await eventually(
      async () => (await api.request('GET', `/v1/webhook-endpoints/${endpoint.id}`, { token: acct.token })).body,
      (e) => e.enabled === false,
      40_000,
    );
    expect(disabled).toMatchObject({ disabledReason: 'failing' });
    const mail = await waitForMail(acct.email, 'Webhook endpoint disabled');
    expect(mail.text).toContain(hooks.url);
    expect(mail.text).toContain('HTTP 500');
    const [failed] = await deliveries(acct.token, endpoint.id);
    expect(failed.status).toBe('failed');
    expect(failed.attempts.length).toBeGreaterThan(3);

    const tried = hooks.received.length;
    await record(lowBalance(acct.accountId, 2));
    await new Promise((r) => setTimeout(r, 2000));
    expect(hooks.received).toHaveLength(tried);

    const enabled = await api.request('PATCH', `/v1/webhook-endpoints/${endpoint.id}`, { token: acct.token, body: { enabled: true } });
    expect(enabled.body).toMatchObject({ enabled: true, disabledReason: null, failingSince: null });
  }, 90_000);
});
