import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signWebhook, SIGNATURE_HEADER } from '../lib/webhook-signature';
import { devicesOrderWorkflowId } from '../workflows/devices/contract';
import { latePaymentWorkflowId, topupWorkflowId } from '../workflows/prepaid/contract';
import { deliverPaymentEvent } from '../api/prepaid/payment-events.service';
import { signUp, staffLogin, startTestApi, type TestApi } from './support/api';
import { startOwnWorker, type OwnWorker } from './support/own-worker';
import { mailsTo, waitForMail } from './support/mail';
import { orderTopup, topupCredits, waitForStatus } from './support/topup';
import { fundedAccount, placeOrder, shipOrder, waitForOrderStatus } from './devices/devices-fixtures';

// Issue 8 §4: the same confirmation or webhook arrives 50 times at once; exactly one takes effect.
const CLIENTS = 50;

// Its own task queue and worker so that a bank-transfer confirmation credits at once whatever the
// hour (business hours are the calendar tests' subject); every other activity is the real one.
let api: TestApi;
let own: OwnWorker;

beforeAll(async () => {
  own = await startOwnWorker('concurrency', { transferCreditTime: async ({ at }: { at: number }) => ({ applyAt: at }) });
  api = await startTestApi({ TEMPORAL_TASK_QUEUE: own.taskQueue });
});
afterAll(async () => {
  await api.close();
  await own.stop();
});

const count = <T>(items: T[], pred: (x: T) => boolean) => items.filter(pred).length;
const settle = (ms = 1_500) => new Promise((r) => setTimeout(r, ms));

/** Transitions recorded for an order with the given status (one row per step key). */
const eventsWithStatus = async (orderId: string, status: string) =>
  Number((await api.deps.db('order_events').where({ order_id: orderId, status }).count({ n: '*' }).first())?.n);

/** Mails actually delivered over SMTP to the address whose subject contains the text. */
const mailCount = async (address: string, subject: string) => (await mailsTo(address)).filter((m) => m.subject.includes(subject)).length;

/** No payment of the order went to operator review, and no late-payment workflow was started. */
async function expectNoReview(orderId: string) {
  expect(await api.deps.db('payment_reviews').where({ order_id: orderId }).select('id')).toEqual([]);
  await expect(api.deps.temporal.workflow.getHandle(latePaymentWorkflowId(orderId)).describe()).rejects.toThrow();
}

/** A bank-transfer top-up waiting for the operator. */
async function awaitingTransfer(amount: number) {
  const acct = await signUp(api, { language: 'en' });
  const order = await orderTopup(api, acct.token, { method: 'bank_transfer', amount });
  await waitForStatus(api, acct.token, order.id, 'awaiting_transfer');
  return { acct, orderId: order.id as string };
}

/** After the race: one credit of the amount, credited once, one receipt mail, nothing in review. */
async function expectCreditedOnce(acct: { accountId: string; token: string; email: string }, orderId: string, amount: number) {
  expect((await waitForStatus(api, acct.token, orderId, 'credited')).creditedAmount).toBe(amount);
  await waitForMail(acct.email, 'Top-up receipt');
  await settle();
  expect(await topupCredits(api, acct.accountId)).toEqual([{ amount, idempotency_key: `topup:${orderId}:credit` }]);
  expect(await api.deps.stores.ledger.balance(acct.accountId)).toBe(amount);
  expect(await eventsWithStatus(orderId, 'credited')).toBe(1);
  expect(await mailCount(acct.email, 'Top-up receipt')).toBe(1);
  await expectNoReview(orderId);
  expect(await api.deps.stores.ledger.findImbalances([acct.accountId])).toEqual([]);
}

describe('duplicate operator confirmations of one bank transfer', () => {
  const confirm = (orderId: string, operator: string, amountReceived: number, key?: string) =>
    api.request('POST', `/v1/operator/bank-transfers/${orderId}/confirm`, {
      token: operator,
      body: { amountReceived },
      headers: key ? { 'idempotency-key': key } : {},
    });

  it('credits once when 50 confirmations without an Idempotency-Key arrive at once: one credit outcome, 49 duplicates', async () => {
    const { acct, orderId } = await awaitingTransfer(40_000);
    const operator = await staffLogin(api, 'operator');
    const answers = await Promise.all(Array.from({ length: CLIENTS }, () => confirm(orderId, operator, 40_000)));
    expect(answers.map((a) => a.status)).toEqual(Array(CLIENTS).fill(202));
    expect(answers.every((a) => a.body.outcome === 'credit' && a.body.orderId === orderId)).toBe(true);
    expect(count(answers, (a) => a.body.duplicate === false)).toBe(1);
    expect(count(answers, (a) => a.body.duplicate === true)).toBe(CLIENTS - 1);
    await expectCreditedOnce(acct, orderId, 40_000);
  });

  it('credits once when 50 confirmations with the same Idempotency-Key arrive at once: one runs, the rest replay it or are told it is in progress', async () => {
    const { acct, orderId } = await awaitingTransfer(25_000);
    const operator = await staffLogin(api, 'operator');
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: CLIENTS }, () => confirm(orderId, operator, 25_000, key)));
    const ran = answers.filter((a) => a.status === 202 && a.headers.get('idempotent-replayed') !== 'true');
    expect(ran).toHaveLength(1);
    expect(ran[0]!.body).toEqual({ orderId, outcome: 'credit', applyAt: null, duplicate: false });
    const others = answers.filter((a) => a !== ran[0]);
    const replayed = others.filter((a) => a.status === 202 && a.headers.get('idempotent-replayed') === 'true');
    const inProgress = others.filter((a) => a.status === 409 && a.body.code === 'idempotency_in_progress');
    expect(replayed.length + inProgress.length).toBe(CLIENTS - 1);
    expect(replayed.map((a) => a.body)).toEqual(replayed.map(() => ran[0]!.body));
    // A retry after the race replays the first answer.
    const retry = await confirm(orderId, operator, 25_000, key);
    expect(retry.status).toBe(202);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.body).toEqual(ran[0]!.body);
    await expectCreditedOnce(acct, orderId, 25_000);
  });
});

describe('duplicate webhooks', () => {
  it('credits a konbini payment once when the processor delivers the same signed event 50 times at once', async () => {
    const acct = await signUp(api, { language: 'en' });
    const order = await orderTopup(api, acct.token, { method: 'konbini', amount: 6_000 });
    await waitForStatus(api, acct.token, order.id, 'awaiting_payment');
    const paymentId = (await api.deps.stores.topups.get(order.id))!.paymentId!;
    // The event exactly as sandbox/processor sends it on a konbini payment.
    const body = JSON.stringify({
      id: `evt_${randomUUID().replace(/-/g, '')}`,
      type: 'konbini.paid',
      createdAt: new Date().toISOString(),
      data: { paymentId, reference: order.id, amount: 6_000, store: 'Lawson', paidAt: new Date().toISOString() },
    });
    const headers = {
      'content-type': 'application/json',
      [SIGNATURE_HEADER]: signWebhook(api.deps.config.parties.processor.webhookSecret, body),
    };
    const answers = await Promise.all(
      Array.from({ length: CLIENTS }, () => api.request('POST', '/v1/webhooks/processor', { rawBody: body, headers })),
    );

    expect(answers.map((a) => a.status)).toEqual(Array(CLIENTS).fill(200));
    // The first delivery hands the event to the order; the copies wait for it and relay nothing.
    const first = answers.filter((a) => a.body.duplicate === false);
    expect(first.map((a) => a.body.routed)).toEqual(['order']);
    expect(count(answers, (a) => a.body.duplicate === true && a.body.routed === 'none')).toBe(CLIENTS - 1);
    await expectCreditedOnce(acct, order.id, 6_000);
    expect(
      Number(
        (
          await api.deps
            .db('webhook_events')
            .where({ source: 'processor', event_id: JSON.parse(body).id })
            .count({ n: '*' })
            .first()
        )?.n,
      ),
    ).toBe(1);
  });

  it('does not take a copy that arrives while the first delivery is still being handed on for a second payment', async () => {
    // The interleaving behind the race above, made certain: delivery A has stored the event and
    // signalled the order, the order credits and closes, and only then does A mark the event handled.
    // Copy B arrives in between; relaying it again would find the order closed and open a review.
    const acct = await signUp(api, { language: 'en' });
    const order = await orderTopup(api, acct.token, { method: 'konbini', amount: 4_000 });
    await waitForStatus(api, acct.token, order.id, 'awaiting_payment');
    const topup = (await api.deps.stores.topups.get(order.id))!;
    const event = {
      id: `evt_${randomUUID().replace(/-/g, '')}`,
      type: 'konbini.paid',
      createdAt: new Date().toISOString(),
      data: { paymentId: topup.paymentId, reference: order.id, amount: 4_000, store: 'Lawson', paidAt: new Date().toISOString() },
    };
    const body = JSON.stringify(event);
    expect(await api.deps.stores.webhookEvents.receive('processor', event.id, event.type, event)).toBe(true);
    expect(
      await deliverPaymentEvent(api.deps, topup, {
        key: event.id,
        kind: 'paid',
        paymentId: topup.paymentId!,
        amount: 4_000,
        source: 'processor',
      }),
    ).toBe('order');
    await waitForStatus(api, acct.token, order.id, 'credited');
    await api.deps.temporal.workflow.getHandle(topupWorkflowId(order.id)).result();

    const copy = api.request('POST', '/v1/webhooks/processor', {
      rawBody: body,
      headers: {
        'content-type': 'application/json',
        [SIGNATURE_HEADER]: signWebhook(api.deps.config.parties.processor.webhookSecret, body),
      },
    });
    await settle(300);
    await api.deps.stores.webhookEvents.markProcessed('processor', event.id);
    expect((await copy).body).toEqual({ received: true, duplicate: true, routed: 'none' });
    await expectCreditedOnce(acct, order.id, 4_000);
  });

  it('marks a parcel delivered once when the parcel service delivers the same signed event 50 times at once', async () => {
    const acct = await fundedAccount(api, 50_000, 'en');
    const model = `T${randomUUID().slice(0, 8).toUpperCase()}`;
    await api.deps.db('device_models').insert({
      code: model,
      maker: 'Test',
      name: model,
      features: JSON.stringify({ ja: ['テスト'], en: ['test'] }),
      sip_accounts: 2,
      warranty_months: 6,
      price: 1_000,
      stock: 1,
      sort_order: 99,
    });
    const order = await placeOrder(api, acct.token, { model, quantity: 1 });
    const warehouse = await staffLogin(api, 'warehouse');
    const { trackingNumber } = await shipOrder(api, warehouse, order.id);
    await waitForOrderStatus(api, acct.token, order.id, 'shipped');
    const body = JSON.stringify({
      id: `evt_${randomUUID().replace(/-/g, '')}`,
      type: 'parcel.delivered',
      createdAt: new Date().toISOString(),
      data: {
        shipmentId: `shp_${randomUUID().replace(/-/g, '')}`,
        reference: order.id,
        carrier: 'yamato',
        trackingNumber,
        deliveredAt: new Date().toISOString(),
      },
    });
    const headers = {
      'content-type': 'application/json',
      [SIGNATURE_HEADER]: signWebhook(api.deps.config.parties.parcel.webhookSecret, body),
    };
    const answers = await Promise.all(
      Array.from({ length: CLIENTS }, () => api.request('POST', '/v1/webhooks/parcel', { rawBody: body, headers })),
    );

    expect(answers.map((a) => a.status)).toEqual(Array(CLIENTS).fill(200));
    expect(count(answers, (a) => a.body.duplicate === false)).toBe(1);
    expect(count(answers, (a) => a.body.duplicate === true)).toBe(CLIENTS - 1);
    await waitForOrderStatus(api, acct.token, order.id, 'delivered');
    expect(await api.deps.temporal.workflow.getHandle(devicesOrderWorkflowId(order.id)).result()).toMatchObject({ status: 'delivered' });
    await waitForMail(acct.email, 'delivered');
    await settle();
    expect(await eventsWithStatus(order.id, 'delivered')).toBe(1);
    expect(await mailCount(acct.email, 'delivered')).toBe(1);
    // Delivery moved no money: the one debit of the order is all there is.
    const entries = await api.deps.db('ledger_entries').where({ account_id: acct.accountId, kind: 'purchase' }).select('idempotency_key');
    expect(entries).toEqual([{ idempotency_key: `devices:${order.id}:debit` }]);
  });
});
