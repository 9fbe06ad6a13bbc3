import { randomUUID } from 'node:crypto';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerBusinessMetrics } from '../../lib/metrics/business';
import { customerWithUnique } from '../billing/billing-fixtures';
import { signUp, startTestApi, type TestApi } from '../support/api';
import { sampleValue } from './prom-text';

// GET /metrics of the API (lib/metrics, api/system/operations.ts): the request histogram by route
// template, authorisation outcomes, and the business gauges PostgreSQL answers at scrape time.
let api: TestApi;
const pbxKey = `pbx-key-${randomUUID()}`;
const metricsToken = `metrics-token-${randomUUID()}`;
beforeAll(async () => {
  api = await startTestApi({ PBX_CLIENT_KEY: pbxKey, METRICS_TOKEN: metricsToken });
});
afterAll(() => api.close());

const scrape = async () => {
  const res = await fetch(`${api.url}/metrics`, { headers: { authorization: `Bearer ${metricsToken}` } });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
  return res.text();
};

describe('the API’s Prometheus metrics', () => {
  it('wants the METRICS_TOKEN when one is configured', async () => {
    expect((await fetch(`${api.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${api.url}/metrics`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
  });

  it('times requests by route template and status, never by the raw path', async () => {
    const orderId = randomUUID();
    await api.request('GET', `/v1/orders/${orderId}`);
    await api.request('GET', '/v1');
    const text = await scrape();
    const labels = { route: '/v1/orders/:orderId', method: 'GET', status: '401' };
    expect(sampleValue(text, 'pbx_http_request_duration_seconds_count', labels)).toBeGreaterThanOrEqual(1);
    expect(sampleValue(text, 'pbx_http_request_duration_seconds_bucket', { ...labels, le: '+Inf' })).toBeGreaterThanOrEqual(1);
    expect(
      sampleValue(text, 'pbx_http_request_duration_seconds_count', { route: '/v1', method: 'GET', status: '200' }),
    ).toBeGreaterThanOrEqual(1);
    expect(text).not.toContain(orderId);
    // Node's own figures come with the same prefix.
    expect(sampleValue(text, 'pbx_process_cpu_seconds_total')).toBeGreaterThan(0);
  });

  it('counts authorisations by outcome, through the fast path and the request histogram alike', async () => {
    const outcome = (o: string) => async () =>
      sampleValue(await scrape(), 'pbx_call_authorizations_total', { direction: 'outbound', outcome: o }) ?? 0;
    const [allowedBefore, refusedBefore] = [await outcome('allowed')(), await outcome('insufficient_balance')()];
    const rich = await customerWithUnique(api, { balance: 1000 });
    const poor = await customerWithUnique(api);
    const ask = (uniqueId: string) =>
      api.request('POST', '/v1/calls/authorize', { headers: { 'x-pbx-key': pbxKey }, body: { uniqueId, destination: '09012345678' } });
    expect((await ask(rich.uniqueId)).body).toMatchObject({ allowed: true });
    expect((await ask(poor.uniqueId)).body).toMatchObject({ allowed: false, reason: 'insufficient_balance' });
    expect(await outcome('allowed')()).toBe(allowedBefore + 1);
    expect(await outcome('insufficient_balance')()).toBe(refusedBefore + 1);
    const text = await scrape();
    const fastPath = { route: '/v1/calls/authorize', method: 'POST', status: '200' };
    expect(sampleValue(text, 'pbx_http_request_duration_seconds_count', fastPath)).toBeGreaterThanOrEqual(2);
  });

  it('shows an unrated call record as rating lag and a pending mail as outbox backlog', async () => {
    const c = await customerWithUnique(api);
    const db = api.deps.db;
    const callId = `metrics-${randomUUID()}`;
    // Committed, so the scrape sees it; then locked, so the raters (for update skip locked) leave it alone until it is deleted.
    await db('cdrs').insert({
      call_id: callId,
      account_id: c.accountId,
      circle_id: c.circleId,
      unique_id: c.uniqueId,
      direction: 'outbound',
      destination: '0312345678',
      started_at: new Date(Date.now() - 120_000),
      duration_seconds: 0,
      received_at: new Date(Date.now() - 90_000),
    });
    const [mail] = await db('mail_outbox')
      .insert({
        idempotency_key: `metrics-${randomUUID()}`,
        account_id: c.accountId,
        template: 'metrics-test',
        language: 'ja',
        to_address: 'metrics@example.jp',
        subject: 'テスト',
        body_text: 'テスト',
        message_id: `<${randomUUID()}@pbx.example.jp>`,
        created_at: new Date(Date.now() - 30_000),
      })
      .returning('id');
    const trx = await db.transaction();
    try {
      const locked = await trx('cdrs').where({ call_id: callId }).whereNull('rated_at').forUpdate().first('call_id');
      expect(locked, 'no rater took the record in the moment before the lock').toBeDefined();
      const text = await scrape();
      expect(sampleValue(text, 'pbx_business_metrics_up')).toBe(1);
      expect(sampleValue(text, 'pbx_cdrs_unrated')).toBeGreaterThanOrEqual(1);
      expect(sampleValue(text, 'pbx_cdr_rating_lag_seconds')).toBeGreaterThanOrEqual(85);
      expect(sampleValue(text, 'pbx_mail_outbox_pending')).toBeGreaterThanOrEqual(1);
      expect(sampleValue(text, 'pbx_mail_outbox_oldest_age_seconds')).toBeGreaterThanOrEqual(25);
      expect(sampleValue(text, 'pbx_webhook_deliveries_pending')).toBeGreaterThanOrEqual(0);
      await trx('cdrs').where({ call_id: callId }).delete();
      await trx.commit();
    } catch (err) {
      await trx.rollback();
      throw err;
    } finally {
      await db('mail_outbox').where({ id: mail.id }).delete();
    }
  });
});

describe('the business figures read at scrape time', () => {
  it('counts ledger movements and yen by kind and direction, and orders by kind and status', async () => {
    const acct = await signUp(api);
    // Everything happens in a transaction rolled back at the end, so the suite's other figures stay as they are.
    const trx = await api.deps.db.transaction();
    try {
      const registry = new Registry();
      registerBusinessMetrics(registry, trx, { ledgerSettleMs: 0 });
      const count = (text: string, direction: string) =>
        sampleValue(text, 'pbx_ledger_movements_total', { kind: 'metrics_test', direction });
      expect(count(await registry.metrics(), 'credit')).toBeUndefined();
      const entry = (amount: number, balanceAfter: number) => ({
        account_id: acct.accountId,
        amount,
        kind: 'metrics_test',
        reference: `metrics:${randomUUID()}`,
        idempotency_key: `metrics:${randomUUID()}`,
        balance_after: balanceAfter,
      });
      await trx('ledger_entries').insert([entry(1500, 1500), entry(-400, 1100)]);
      await trx('orders').insert({
        id: randomUUID(),
        account_id: acct.accountId,
        kind: 'metrics_test',
        status: 'failed',
        workflow_id: `metrics-${randomUUID()}`,
      });
      const text = await registry.metrics();
      expect(count(text, 'credit')).toBe(1);
      expect(count(text, 'debit')).toBe(1);
      expect(sampleValue(text, 'pbx_ledger_amount_yen_total', { kind: 'metrics_test', direction: 'credit' })).toBe(1500);
      expect(sampleValue(text, 'pbx_ledger_amount_yen_total', { kind: 'metrics_test', direction: 'debit' })).toBe(400);
      expect(sampleValue(text, 'pbx_orders', { kind: 'metrics_test', status: 'failed' })).toBe(1);
      // Counted once: the next scrape reads only rows after its cursor.
      expect(count(await registry.metrics(), 'credit')).toBe(1);
    } finally {
      await trx.rollback();
    }
  });

  it('reports pbx_business_metrics_up 0, not a hung scrape, when PostgreSQL does not answer', async () => {
    const broken = await startTestApi({ DATABASE_URL: 'postgres://nobody:nothing@127.0.0.1:1/none' });
    try {
      const started = Date.now();
      const text = await (await fetch(`${broken.url}/metrics`)).text();
      expect(Date.now() - started).toBeLessThan(5000);
      expect(sampleValue(text, 'pbx_business_metrics_up')).toBe(0);
      expect(sampleValue(text, 'pbx_cdr_rating_lag_seconds')).toBeNaN();
    } finally {
      await broken.close();
    }
  });
});
