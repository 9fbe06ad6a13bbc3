import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signWebhook, SIGNATURE_HEADER } from '../../lib/webhook-signature';
import { topupWorkflowId } from '../../workflows/prepaid/contract';
import { signUp, staffLogin, startTestApi, type TestApi } from '../support/api';
import { waitForMail } from '../support/mail';
import { orderTopup, processorUrl, sandboxPost, topupCredits, waitForStatus } from '../support/topup';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const english = () => signUp(api, { language: 'en' });
const paymentIdOf = async (orderId: string) => (await api.deps.stores.topups.get(orderId))!.paymentId!;

describe('top-up at a convenience store', () => {
  it('issues a slip with the payment number, the stores and the deadline, and credits on the payment notice', async () => {
    const acct = await english();
    const res = await api.request('POST', '/v1/prepaid/topups', { token: acct.token, body: { method: 'konbini', amount: 5_000 } });
    expect(res.status).toBe(201);
    const order = res.body;
    expect(res.headers.get('location')).toBe(`/v1/prepaid/topups/${order.id}`);
    // The answer carries the slip at once, its deadline in Japan time.
    expect(order).toMatchObject({
      status: 'awaiting_payment',
      currency: 'JPY',
      deadlineAt: expect.stringMatching(/\+09:00$/),
      nextAction: { type: 'konbini', amount: 5_000, currency: 'JPY', deadline: order.deadlineAt },
    });
    const waiting = await waitForStatus(api, acct.token, order.id, 'awaiting_payment');
    expect(waiting.nextAction).toMatchObject({ type: 'konbini', paymentNumber: expect.stringMatching(/^\d{12}$/), amount: 5_000 });
    expect(waiting.nextAction.stores).toEqual(['Lawson', 'FamilyMart', 'Circle K Sunkus', 'Ministop', 'Daily Yamazaki', 'Seicomart']);
    const days = (Date.parse(waiting.deadlineAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);
    const instructions = await waitForMail(acct.email, 'How to pay');
    expect(instructions.text).toContain(waiting.nextAction.paymentNumber);
    // The customer pays at the register with the number on the slip.
    const paid = await sandboxPost(`${processorUrl()}/sandbox/konbini-payments/${waiting.nextAction.paymentNumber}/pay`, {
      store: 'Lawson',
    });
    expect(paid.body.webhookStatus).toBe(200);
    expect((await waitForStatus(api, acct.token, order.id, 'credited')).creditedAmount).toBe(5_000);
    await waitForMail(acct.email, 'Top-up receipt');
  });

  it('lets the customer cancel an unpaid slip, which the processor then refuses', async () => {
    const acct = await english();
    const order = await orderTopup(api, acct.token, { method: 'konbini', amount: 2_000 });
    const waiting = await waitForStatus(api, acct.token, order.id, 'awaiting_payment');
    const res = await api.request('POST', `/v1/prepaid/topups/${order.id}/cancel`, { token: acct.token });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'cancelled', failureReason: 'cancelled_by_customer' });
    await waitForMail(acct.email, 'order is cancelled');
    // Cancelling twice is harmless: the second request answers the same.
    const again = await api.request('POST', `/v1/prepaid/topups/${order.id}/cancel`, { token: acct.token });
    expect(again.body.status).toBe('cancelled');
    const pay = await sandboxPost(`${processorUrl()}/sandbox/konbini-payments/${waiting.nextAction.paymentNumber}/pay`);
    expect(pay.status).toBe(409);
  });
});

describe('top-up by net-bank transfer', () => {
  it('opens a virtual account and credits automatically when the exact amount arrives', async () => {
    const acct = await english();
    const order = await orderTopup(api, acct.token, { method: 'net_bank', amount: 12_345 });
    const waiting = await waitForStatus(api, acct.token, order.id, 'awaiting_payment');
    expect(waiting.nextAction).toMatchObject({
      type: 'net_bank',
      accountNumber: expect.stringMatching(/^\d{7}$/),
      transferReference: expect.any(String),
      amount: 12_345,
    });
    expect(waiting.reference).toBe(waiting.nextAction.transferReference);
    await waitForMail(acct.email, 'How to pay');
    await sandboxPost(`${processorUrl()}/sandbox/virtual-accounts/${waiting.nextAction.accountNumber}/transfer`, { amount: 12_345 });
    expect(await waitForStatus(api, acct.token, order.id, 'credited')).toMatchObject({
      creditedAmount: 12_345,
      receivedAmount: 12_345,
    });
  });

  it('does not credit a different amount automatically: an operator credits what arrived', async () => {
    const acct = await english();
    const operator = await staffLogin(api, 'operator');
    const order = await orderTopup(api, acct.token, { method: 'net_bank', amount: 10_000 });
    const waiting = await waitForStatus(api, acct.token, order.id, 'awaiting_payment');
    await sandboxPost(`${processorUrl()}/sandbox/virtual-accounts/${waiting.nextAction.accountNumber}/transfer`, { amount: 9_500 });
    const review = await waitForStatus(api, acct.token, order.id, 'in_review');
    expect(await topupCredits(api, acct.accountId)).toEqual([]);
    const queue = (await api.request('GET', '/v1/operator/reviews', { token: operator })).body.items;
    const item = queue.find((r: { orderId: string }) => r.orderId === order.id);
    expect(item).toMatchObject({ reason: 'amount_mismatch', expectedAmount: 10_000, receivedAmount: 9_500, status: 'open' });
    expect(review.receivedAmount).toBe(9_500);
    const resolved = await api.request('POST', `/v1/operator/reviews/${item.id}/resolve`, { token: operator, body: { action: 'credit' } });
    expect(resolved.status).toBe(200);
    expect(resolved.body).toMatchObject({ status: 'credited', creditedAmount: 9_500 });
    expect((await waitForStatus(api, acct.token, order.id, 'credited')).creditedAmount).toBe(9_500);
    expect((await api.request('GET', '/v1/prepaid/balance', { token: acct.token })).body.balance).toBe(9_500);
  });

  it('refunds a different amount when the operator decides so: recorded, nothing credited', async () => {
    const acct = await english();
    const operator = await staffLogin(api, 'operator');
    const order = await orderTopup(api, acct.token, { method: 'net_bank', amount: 10_000 });
    const waiting = await waitForStatus(api, acct.token, order.id, 'awaiting_payment');
    await sandboxPost(`${processorUrl()}/sandbox/virtual-accounts/${waiting.nextAction.accountNumber}/transfer`, { amount: 12_000 });
    const review = await waitForStatus(api, acct.token, order.id, 'in_review');
    const reviewId = (await api.request('GET', `/v1/orders/${order.id}`, { token: acct.token })).body.detail.review.reviewId;
    expect(review.status).toBe('in_review');
    const [first, second] = await Promise.all([
      api.request('POST', `/v1/operator/reviews/${reviewId}/resolve`, { token: operator, body: { action: 'refund' } }),
      api.request('POST', `/v1/operator/reviews/${reviewId}/resolve`, { token: operator, body: { action: 'refund' } }),
    ]);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(await waitForStatus(api, acct.token, order.id, 'refunded')).toMatchObject({ refundedAmount: 12_000, creditedAmount: 0 });
    expect(await topupCredits(api, acct.accountId)).toEqual([]);
    await waitForMail(acct.email, 'will be refunded');
  });
});

describe('processor webhooks', () => {
  const secret = () => api.deps.config.parties.processor.webhookSecret;
  const post = (body: string, signature: string | undefined) =>
    api.request('POST', '/v1/webhooks/processor', {
      rawBody: body,
      headers: { 'content-type': 'application/json', ...(signature ? { [SIGNATURE_HEADER]: signature } : {}) },
    });
  const paidEvent = (orderId: string, paymentId: string, amount: number, id = `evt_${randomUUID()}`) =>
    JSON.stringify({
      id,
      type: 'konbini.paid',
      createdAt: new Date().toISOString(),
      data: { paymentId, reference: orderId, amount, store: 'Lawson' },
    });

  it('credits once when the same event is delivered twice', async () => {
    const acct = await english();
    const order = await orderTopup(api, acct.token, { method: 'konbini', amount: 3_000 });
    await waitForStatus(api, acct.token, order.id, 'awaiting_payment');
    const body = paidEvent(order.id, await paymentIdOf(order.id), 3_000);
    const first = await post(body, signWebhook(secret(), body));
    const second = await post(body, signWebhook(secret(), body));
    expect(first.body).toMatchObject({ received: true, duplicate: false, routed: 'order' });
    expect(second.body).toMatchObject({ received: true, duplicate: true });
    await waitForStatus(api, acct.token, order.id, 'credited');
    expect(await topupCredits(api, acct.accountId)).toHaveLength(1);
  });

  it('opens no review when a crash lost the acknowledgement of the payment that credited the order and it arrives again', async () => {
    const acct = await english();
    const order = await orderTopup(api, acct.token, { method: 'konbini', amount: 4_000 });
    await waitForStatus(api, acct.token, order.id, 'awaiting_payment');
    const id = `evt_${randomUUID()}`;
    const body = paidEvent(order.id, await paymentIdOf(order.id), 4_000, id);
    expect((await post(body, signWebhook(secret(), body))).body).toMatchObject({ routed: 'order' });
    await waitForStatus(api, acct.token, order.id, 'credited');
    // The receipt mail follows the status; only then has the order's workflow ended.
    await api.deps.temporal.workflow.getHandle(topupWorkflowId(order.id)).result();
    // As if the process died after signalling the order but before marking the event handled.
    await api.deps
      .db('webhook_events')
      .where({ source: 'processor', event_id: id })
      .update({ processed_at: null, received_at: api.deps.db.raw(`now() - interval '1 minute'`) });
    const again = await post(body, signWebhook(secret(), body));
    expect(again.body).toMatchObject({ received: true, duplicate: true, routed: 'ignored' });
    expect(await api.deps.db('payment_reviews').where({ order_id: order.id })).toEqual([]);
    expect((await waitForStatus(api, acct.token, order.id, 'credited')).status).toBe('credited');
    expect(await topupCredits(api, acct.accountId)).toHaveLength(1);
    // A second payment of the same slip cannot happen; a different payment for the closed order is
    // new money and still goes to review.
    const other = paidEvent(order.id, `pay_${randomUUID()}`, 4_000);
    expect((await post(other, signWebhook(secret(), other))).body).toMatchObject({ routed: 'late_review' });
  });

  it('refuses a bad signature, a missing one and a stale timestamp with 401, changing nothing', async () => {
    const acct = await english();
    const order = await orderTopup(api, acct.token, { method: 'konbini', amount: 3_000 });
    await waitForStatus(api, acct.token, order.id, 'awaiting_payment');
    const body = paidEvent(order.id, await paymentIdOf(order.id), 3_000);
    const wrong = await post(body, signWebhook('not-the-processor-secret-0000', body));
    const missing = await post(body, undefined);
    const stale = await post(body, signWebhook(secret(), body, Math.floor(Date.now() / 1000) - 3600));
    expect([wrong.status, missing.status, stale.status]).toEqual([401, 401, 401]);
    expect(stale.body.params.reason).toBe('stale');
    await new Promise((r) => setTimeout(r, 500));
    expect((await api.request('GET', `/v1/prepaid/topups/${order.id}`, { token: acct.token })).body.status).toBe('awaiting_payment');
  });
});
