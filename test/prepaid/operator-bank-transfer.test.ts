import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, staffLogin, startTestApi, type TestApi, allPages } from '../support/api';
import { startOwnWorker, type OwnWorker } from '../support/own-worker';
import { waitForMail } from '../support/mail';
import { orderTopup, topupCredits, waitForMailWith, waitForStatus } from '../support/topup';

// Its own task queue and worker, so the business-hours step can be steered: whether "now" is
// inside business hours is the subject of the calendar tests, not of these.
let deferMs = 0;
let api: TestApi;
let shortApi: TestApi;
let own: OwnWorker;

beforeAll(async () => {
  own = await startOwnWorker('topup-bank', { transferCreditTime: async ({ at }: { at: number }) => ({ applyAt: at + deferMs }) });
  api = await startTestApi({ TEMPORAL_TASK_QUEUE: own.taskQueue });
  // Payment window of 4 seconds, for expiry and late confirmations.
  shortApi = await startTestApi({ TEMPORAL_TASK_QUEUE: own.taskQueue, TOPUP_PAYMENT_WAIT_DAYS: String(4 / 86_400) });
});
afterAll(async () => {
  await api.close();
  await shortApi.close();
  await own.stop();
});

const confirm = (orderId: string, operator: string, amountReceived: number, key?: string, arrivedOn?: string, on: TestApi = api) =>
  on.request('POST', `/v1/operator/bank-transfers/${orderId}/confirm`, {
    token: operator,
    body: { amountReceived, ...(arrivedOn ? { arrivedOn } : {}) },
    headers: key ? { 'idempotency-key': key } : {},
  });

/** A Tokyo date some days from today, YYYY-MM-DD. */
const tokyoDay = (days = 0) => new Date(Date.now() + 9 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

describe('bank transfer confirmed by an operator', () => {
  it('mails the provider account and a reference unique to the order, and lists it for operators oldest first', async () => {
    const acct = await signUp(api, { language: 'en' });
    const operator = await staffLogin(api, 'operator');
    const first = await orderTopup(api, acct.token, { method: 'bank_transfer', amount: 50_000 });
    const second = await orderTopup(api, acct.token, { method: 'bank_transfer', amount: 1 });
    const waiting = await waitForStatus(api, acct.token, first.id, 'awaiting_transfer');
    await waitForStatus(api, acct.token, second.id, 'awaiting_transfer');
    expect(waiting.nextAction).toMatchObject({
      type: 'bank_transfer',
      reference: expect.stringMatching(/^\d{8}$/),
      amount: 50_000,
      account: { accountNumber: '1234567' },
    });
    const mail = await waitForMailWith(acct.email, first.id);
    expect(mail.subject).toContain('How to pay');
    expect(mail.text).toContain(waiting.reference);
    expect(mail.text).toContain('1234567');
    const queue = (await allPages(api, '/v1/operator/bank-transfers', operator)) as Array<{
      id: string;
      deadlineAt: string;
      reference: string;
    }>;
    const mine = queue.filter((t) => t.id === first.id || t.id === second.id);
    expect(mine.map((t) => t.id)).toEqual([first.id, second.id]);
    expect(mine[0]!.deadlineAt).toBe(waiting.deadlineAt);
    expect(mine[0]!.reference).not.toBe(mine[1]!.reference);
    // Customers and other staff do not see the queue.
    expect((await api.request('GET', '/v1/operator/bank-transfers', { token: acct.token })).status).toBe(403);
  });

  it('credits once when the operator double-clicks the confirmation of the right amount', async () => {
    deferMs = 0;
    const acct = await signUp(api, { language: 'en' });
    const operator = await staffLogin(api, 'operator');
    const order = await orderTopup(api, acct.token, { method: 'bank_transfer', amount: 30_000 });
    await waitForStatus(api, acct.token, order.id, 'awaiting_transfer');
    const [a, b] = await Promise.all([confirm(order.id, operator, 30_000), confirm(order.id, operator, 30_000)]);
    expect([a.status, b.status]).toEqual([202, 202]);
    expect([a.body.duplicate, b.body.duplicate].sort()).toEqual([false, true]);
    expect(a.body.outcome).toBe('credit');
    await waitForStatus(api, acct.token, order.id, 'credited');
    const late = await confirm(order.id, operator, 30_000);
    expect(late.body).toMatchObject({ duplicate: true });
    expect(await topupCredits(api, acct.accountId)).toEqual([{ amount: 30_000, idempotency_key: `topup:${order.id}:credit` }]);
    await waitForMail(acct.email, 'Top-up receipt');
  });

  it('keeps a confirmation made outside business hours and credits at the next opening, showing when', async () => {
    deferMs = 3_000;
    const acct = await signUp(api, { language: 'en' });
    const operator = await staffLogin(api, 'operator');
    const order = await orderTopup(api, acct.token, { method: 'bank_transfer', amount: 8_000 });
    await waitForStatus(api, acct.token, order.id, 'awaiting_transfer');
    const res = await confirm(order.id, operator, 8_000);
    deferMs = 0;
    expect(res.body.outcome).toBe('scheduled');
    // A time the operator reads: Japan time.
    expect(res.body.applyAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+09:00$/);
    const scheduled = await waitForStatus(api, acct.token, order.id, 'credit_scheduled');
    expect(scheduled.nextAction).toEqual({ type: 'credit_scheduled', applyAt: res.body.applyAt });
    expect(await topupCredits(api, acct.accountId)).toEqual([]);
    await waitForStatus(api, acct.token, order.id, 'credited', 15_000);
    expect((await api.request('GET', '/v1/prepaid/balance', { token: acct.token })).body.balance).toBe(8_000);
  });

  it('sends a different amount to review, where the operator credits what arrived', async () => {
    const acct = await signUp(api, { language: 'en' });
    const operator = await staffLogin(api, 'operator');
    const order = await orderTopup(api, acct.token, { method: 'bank_transfer', amount: 20_000 });
    await waitForStatus(api, acct.token, order.id, 'awaiting_transfer');
    expect((await confirm(order.id, operator, 19_560)).body.outcome).toBe('review');
    await waitForStatus(api, acct.token, order.id, 'in_review');
    const review = (await allPages(api, '/v1/operator/reviews', operator)).find((r: { orderId: string }) => r.orderId === order.id);
    expect(review).toMatchObject({ reason: 'amount_mismatch', expectedAmount: 20_000, receivedAmount: 19_560 });
    await api.request('POST', `/v1/operator/reviews/${review.id}/resolve`, { token: operator, body: { action: 'credit' } });
    expect((await waitForStatus(api, acct.token, order.id, 'credited')).creditedAmount).toBe(19_560);
  });

  it('refuses to confirm a top-up that is not a bank transfer', async () => {
    const acct = await signUp(api, { language: 'en' });
    const operator = await staffLogin(api, 'operator');
    const order = await orderTopup(api, acct.token, { method: 'konbini', amount: 3_000 });
    expect((await confirm(order.id, operator, 3_000)).status).toBe(409);
    expect((await confirm(randomUUID(), operator, 3_000)).status).toBe(404);
  });

  it('refuses an arrival date in the future or before the order was placed, saying which dates are allowed', async () => {
    const acct = await signUp(api, { language: 'en' });
    const operator = await staffLogin(api, 'operator');
    const order = await orderTopup(api, acct.token, { method: 'bank_transfer', amount: 4_000 });
    await waitForStatus(api, acct.token, order.id, 'awaiting_transfer');
    const future = await confirm(order.id, operator, 4_000, undefined, tokyoDay(1));
    expect(future.status).toBe(422);
    expect(future.body).toMatchObject({ code: 'arrival_in_future', field: 'body.arrivedOn' });
    expect(future.body.title).toContain(`${tokyoDay(0)} (today, Japan time) or earlier`);
    const before = await confirm(order.id, operator, 4_000, undefined, tokyoDay(-1));
    expect(before.body).toMatchObject({ status: 422, code: 'arrival_before_order' });
    const notADate = await confirm(order.id, operator, 4_000, undefined, '2026-02-30');
    expect(notADate.status).toBe(422);
    expect(await topupCredits(api, acct.accountId)).toEqual([]);
    const ok = await confirm(order.id, operator, 4_000, undefined, tokyoDay(0));
    expect(ok.body).toMatchObject({ outcome: 'credit' });
    expect((await api.deps.stores.topups.get(order.id))!.receivedOn).toBe(tokyoDay(0));
  });

  it('expires an unpaid transfer with a mail; money that arrived by the deadline credits normally when confirmed later, once', async () => {
    deferMs = 0;
    const acct = await signUp(shortApi, { language: 'en' });
    const operator = await staffLogin(shortApi, 'operator');
    const order = await orderTopup(shortApi, acct.token, { method: 'bank_transfer', amount: 7_000 });
    const expired = await waitForStatus(shortApi, acct.token, order.id, 'expired', 20_000);
    expect(expired.failureReason).toBe('payment_deadline_passed');
    await waitForMail(acct.email, 'payment deadline passed');
    // It arrived on the deadline's day; the operator confirms after the order closed, with a double click.
    const key = randomUUID();
    const [a, b] = await Promise.all([
      confirm(order.id, operator, 7_000, key, tokyoDay(0), shortApi),
      confirm(order.id, operator, 7_000, key, tokyoDay(0), shortApi),
    ]);
    // The second click either replays the first answer or is told the first is still running.
    expect([a.status, b.status].every((st) => st === 202 || st === 409)).toBe(true);
    expect((a.status === 202 ? a : b).body).toMatchObject({ outcome: 'credit', duplicate: false });
    expect((await waitForStatus(shortApi, acct.token, order.id, 'credited')).creditedAmount).toBe(7_000);
    expect(await topupCredits(shortApi, acct.accountId)).toEqual([{ amount: 7_000, idempotency_key: `topup:${order.id}:credit` }]);
    expect((await confirm(order.id, operator, 7_000, undefined, tokyoDay(0), shortApi)).body).toMatchObject({ duplicate: true });
  });

  it('sends money that arrived after the deadline day to review, where it is credited once, however it is confirmed', async () => {
    const acct = await signUp(shortApi, { language: 'en' });
    const operator = await staffLogin(shortApi, 'operator');
    const order = await orderTopup(shortApi, acct.token, { method: 'bank_transfer', amount: 6_000 });
    await waitForStatus(shortApi, acct.token, order.id, 'expired', 20_000);
    // The order was placed nine days ago; its deadline was two days ago.
    await shortApi.deps
      .db('topups')
      .where({ order_id: order.id })
      .update({
        created_at: new Date(Date.now() - 9 * 86_400_000),
        deadline_at: new Date(Date.now() - 2 * 86_400_000),
      });
    const res = await confirm(order.id, operator, 6_000, undefined, tokyoDay(0), shortApi);
    expect(res.body).toMatchObject({ outcome: 'late_review', duplicate: false });
    const review = await waitForReview(shortApi, operator, order.id);
    expect(review).toMatchObject({ reason: 'late_payment', receivedAmount: 6_000, statementLine: null });
    const resolved = await shortApi.request('POST', `/v1/operator/reviews/${review.id}/resolve`, {
      token: operator,
      body: { action: 'credit', note: 'Customer phoned: the transfer was delayed by their bank.' },
    });
    expect(resolved.body).toMatchObject({ status: 'credited', note: 'Customer phoned: the transfer was delayed by their bank.' });
    expect((await waitForStatus(shortApi, acct.token, order.id, 'credited')).creditedAmount).toBe(6_000);
    expect(await topupCredits(shortApi, acct.accountId)).toHaveLength(1);
    const decided = await allPages(shortApi, '/v1/operator/reviews?status=resolved', operator);
    expect(decided.find((r: { id: string }) => r.id === review.id)).toMatchObject({ note: expect.stringContaining('delayed') });
  });
});

/** Waits for the open review of an order. */
async function waitForReview(on: TestApi, operator: string, orderId: string): Promise<any> {
  for (let i = 0; i < 100; i++) {
    const items = (await allPages(on, '/v1/operator/reviews', operator)) as Array<{ orderId: string }>;
    const found = items.find((r) => r.orderId === orderId);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`no review for ${orderId}`);
}
