import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, startTestApi, staffLogin, type TestApi } from '../support/api';
import { waitForMail } from '../support/mail';
import { CARDS, processorUrl, sandboxPost, tokenize } from '../support/topup';
import { placeOrder, shipOrder, stockOf, taskIdOf, testModel, waitForOrderStatus } from './devices-fixtures';

let api: TestApi;
let staff: string;
beforeAll(async () => {
  api = await startTestApi();
  staff = await staffLogin(api, 'warehouse');
});
afterAll(() => api.close());

const balanceOf = async (token: string) => (await api.request('GET', '/v1/prepaid/balance', { token })).body.balance as number;

/** The account's ledger in order: the top-up's credit, then the order's debit (and refund), each once. */
const ledgerOf = (accountId: string) =>
  api.deps.db('ledger_entries').where({ account_id: accountId }).orderBy('created_at').orderBy('id').select('kind', 'amount');

/** A new account with nothing on its balance, and a model of its own (¥1,000 + tax = ¥1,100 a unit). */
async function newCustomer(stock = 5) {
  const acct = await signUp(api, { language: 'en' });
  const model = await testModel(api, stock);
  return { acct, model };
}

describe('device checkout takes payment directly', () => {
  it('a customer with no balance buys a phone by card with 3-D Secure and it ships', async () => {
    const { acct, model } = await newCustomer();
    // From the balance, the order is still refused up front.
    const refused = await api.request('POST', '/v1/device-orders', {
      token: acct.token,
      body: { model, quantity: 2, shipTo: { name: 'Test', postalCode: '150-0002', address: 'Tokyo', phone: '03-1234-5678' } },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('insufficient_balance');

    const order = await placeOrder(api, acct.token, {
      model,
      quantity: 2,
      payment: { method: 'card', cardToken: await tokenize(CARDS.visa) },
    });
    // The answer comes with the stock reserved and the 3-D Secure step, which leads back to this order.
    expect(order).toMatchObject({ status: 'awaiting_payment', total: 2_200, payment: { method: 'card', status: 'awaiting_3ds' } });
    const next = (order as any).nextAction;
    expect(next).toMatchObject({ type: 'three_d_secure', url: expect.stringContaining('/processor/3ds/') });
    expect(new URL(next.url).searchParams.get('return_url')).toMatch(new RegExp(`/orders/${order.id}$`));
    expect(await stockOf(api, model)).toBe(3);
    // The payment is a top-up of exactly the total.
    const topup = await api.request('GET', `/v1/prepaid/topups/${(order as any).payment.topupId}`, { token: acct.token });
    expect(topup.body).toMatchObject({ method: 'card', amount: 2_200, status: 'awaiting_3ds' });

    expect((await sandboxPost(next.url, { result: 'pass' })).status).toBe(200);
    await taskIdOf(api, order.id);
    const paid = await waitForOrderStatus(api, acct.token, order.id, 'picking');
    expect(paid).toMatchObject({ nextAction: null, payment: { method: 'card', status: 'credited' } });
    // The money went through the balance once: credited by the top-up, debited by the order.
    expect(await balanceOf(acct.token)).toBe(0);
    expect(await ledgerOf(acct.accountId)).toEqual([
      { kind: 'topup', amount: 2_200 },
      { kind: 'purchase', amount: -2_200 },
    ]);
    await waitForMail(acct.email, 'Top-up receipt');

    await shipOrder(api, staff, order.id);
    expect((await waitForOrderStatus(api, acct.token, order.id, 'shipped')).shipment).not.toBeNull();
  });

  it('a customer pays by a registered card', async () => {
    const { acct, model } = await newCustomer();
    const card = await api.request('POST', '/v1/prepaid/cards', { token: acct.token, body: { cardToken: await tokenize(CARDS.visa) } });
    expect(card.status).toBe(201);
    const order = await placeOrder(api, acct.token, { model, quantity: 1, payment: { method: 'registered_card', cardId: card.body.id } });
    expect((order as any).payment).toMatchObject({ method: 'registered_card' });
    await taskIdOf(api, order.id);
    await waitForOrderStatus(api, acct.token, order.id, 'picking');
    expect(await balanceOf(acct.token)).toBe(0);
    expect(await ledgerOf(acct.accountId)).toEqual([
      { kind: 'topup', amount: 1_100 },
      { kind: 'purchase', amount: -1_100 },
    ]);
  });

  it('by convenience store: the order waits for the payment, then goes to the warehouse', async () => {
    const { acct, model } = await newCustomer();
    // A slip takes ¥2,000 or more: two units.
    const order = await placeOrder(api, acct.token, { model, quantity: 2, payment: { method: 'konbini' } });
    const slip = (order as any).nextAction;
    expect(order).toMatchObject({ status: 'awaiting_payment', payment: { method: 'konbini', status: 'awaiting_payment' } });
    expect(slip).toMatchObject({ type: 'konbini', paymentNumber: expect.stringMatching(/^\d{12}$/), amount: 2_200 });
    expect(slip.deadline).toMatch(/\+09:00$/);

    // Nothing reaches the warehouse while the slip is unpaid.
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await api.deps.stores.warehouse.forOrder(order.id)).toBeUndefined();
    const waiting = await api.request('GET', `/v1/device-orders/${order.id}`, { token: acct.token });
    expect(waiting.body).toMatchObject({ status: 'awaiting_payment', nextAction: { type: 'konbini', paymentNumber: slip.paymentNumber } });

    const paid = await sandboxPost(`${processorUrl()}/sandbox/konbini-payments/${slip.paymentNumber}/pay`, { store: 'Lawson' });
    expect(paid.body.webhookStatus).toBe(200);
    await taskIdOf(api, order.id);
    await waitForOrderStatus(api, acct.token, order.id, 'picking');
    expect(await balanceOf(acct.token)).toBe(0);
  });

  it('a payment that fails releases the stock: stock count back, order failed, mail', async () => {
    const { acct, model } = await newCustomer(4);
    const order = await placeOrder(api, acct.token, {
      model,
      quantity: 3,
      payment: { method: 'card', cardToken: await tokenize(CARDS.visa) },
    });
    expect(await stockOf(api, model)).toBe(1);
    await sandboxPost((order as any).nextAction.url, { result: 'fail' });
    const failed = await waitForOrderStatus(api, acct.token, order.id, 'failed');
    expect(failed).toMatchObject({ failureReason: 'three_ds_failed', payment: { status: 'failed' } });
    expect(await stockOf(api, model)).toBe(4);
    expect(await ledgerOf(acct.accountId)).toEqual([]);
    expect((await waitForMail(acct.email, 'could not be completed')).text).toContain('3-D Secure');
  });

  it('the customer may cancel while the payment is awaited: the slip is cancelled and the stock released', async () => {
    const { acct, model } = await newCustomer(2);
    const order = await placeOrder(api, acct.token, { model, quantity: 2, payment: { method: 'konbini' } });
    expect(await stockOf(api, model)).toBe(0);
    const cancelled = await api.request('POST', `/v1/device-orders/${order.id}/cancel`, { token: acct.token });
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');
    expect(await stockOf(api, model)).toBe(2);
    const topup = await api.request('GET', `/v1/prepaid/topups/${(order as any).payment.topupId}`, { token: acct.token });
    expect(topup.body.status).toBe('cancelled');
    expect(await ledgerOf(acct.accountId)).toEqual([]);
  });

  it("refuses a direct payment outside the method's range, naming the payment field", async () => {
    const { acct } = await newCustomer();
    const model = await testModel(api, 5, 900_000);
    const res = await api.request('POST', '/v1/device-orders', {
      token: acct.token,
      body: {
        model,
        quantity: 1,
        shipTo: { name: 'Test', postalCode: '150-0002', address: 'Tokyo', phone: '03-1234-5678' },
        payment: { method: 'konbini' },
      },
    });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: 'topup_amount_out_of_range', field: 'body.payment' });
    expect(await stockOf(api, model)).toBe(5);
  });
});

describe('a direct payment that expires', () => {
  let short: TestApi;
  beforeAll(async () => {
    // A slip valid for a few seconds, so that the deadline passes within the test.
    short = await startTestApi({ TOPUP_PAYMENT_WAIT_DAYS: String(4 / 86_400), TOPUP_REMINDER_HOURS_BEFORE: String(1 / 3_600) });
  });
  afterAll(() => short?.close());

  it('releases the stock (stock count back, order failed, mail)', async () => {
    const acct = await signUp(short, { language: 'en' });
    const model = await testModel(short, 3);
    const order = await placeOrder(short, acct.token, { model, quantity: 2, payment: { method: 'konbini' } });
    expect(await stockOf(short, model)).toBe(1);
    const failed = await waitForOrderStatus(short, acct.token, order.id, 'failed', 30_000);
    expect(failed).toMatchObject({ failureReason: 'payment_deadline_passed', payment: { method: 'konbini', status: 'expired' } });
    expect(await stockOf(short, model)).toBe(3);
    expect(await short.deps.db('ledger_entries').where({ account_id: acct.accountId })).toEqual([]);
    const mail = await waitForMail(acct.email, 'could not be completed');
    expect(mail.text).toContain('The payment was not made by its deadline.');
  });
});
