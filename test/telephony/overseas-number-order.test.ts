import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { waitForMail } from '../support/mail';
import { customerWithCircle, waitForOrder } from '../support/services';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const en = { 'accept-language': 'en' };
const order = (c: { token: string }, body: Record<string, unknown>, key = randomUUID()) =>
  api.request('POST', '/v1/overseas-number-orders', { token: c.token, body, headers: { ...en, 'idempotency-key': key } });

describe('overseas numbers, bought by their own purchase (manual §3)', () => {
  it("an overseas number is bought by its own order, at its country's price, and is active after the lead time", async () => {
    const c = await customerWithCircle(api, 100_000);
    const leadDays = api.deps.config.services.overseasLeadDays;

    // The purchase screen: each country with its price (initial + first month, 10% tax once) and the lead time.
    const countries = await api.request('GET', '/v1/overseas-numbers/countries', { token: c.token });
    expect(countries.status).toBe(200);
    expect(countries.body.nextCursor).toBeNull();
    const us = countries.body.items.find((i: { country: string }) => i.country === 'US');
    expect(us).toMatchObject({
      id: 'US',
      monthlyFee: 1650,
      initialFee: 3300,
      subtotal: 4950,
      tax: 495,
      total: 5445,
      currency: 'JPY',
      leadTimeDays: leadDays,
      areaCodes: ['415'],
    });
    expect(countries.body.items.map((i: { country: string }) => i.country)).not.toContain('AU');

    const key = randomUUID();
    const placed = await order(c, { circleId: c.circleId, country: 'US', areaCode: '415' }, key);
    expect(placed.status, JSON.stringify(placed.body)).toBe(201);
    expect(placed.headers.get('location')).toBe(`/v1/orders/${placed.body.id}`);
    expect(placed.body).toMatchObject({ kind: 'overseas_number', subtotal: 4950, tax: 495, total: 5445, refunded: 0, currency: 'JPY' });
    expect(placed.body.detail).toMatchObject({
      country: 'US',
      areaCode: '415',
      monthlyFee: 1650,
      initialFee: 3300,
      leadTimeDays: leadDays,
    });
    const readyBy: string = placed.body.detail.readyBy;
    expect(readyBy).toMatch(/\+09:00$/);
    expect(placed.body.status).not.toBe('completed');
    // A retry of the same request is the same order.
    const again = await order(c, { circleId: c.circleId, country: 'US', areaCode: '415' }, key);
    expect(again.body.id).toBe(placed.body.id);

    // Paid at once, from the balance; the number is taken from stock and waits for the carrier.
    expect(await api.deps.stores.ledger.balance(c.accountId)).toBe(100_000 - 5445);
    const numberId: string = placed.body.detail.numberId;
    expect(await api.deps.db('phone_numbers').where({ id: numberId }).first()).toMatchObject({
      kind: 'overseas',
      country: 'US',
      area_code: '415',
      status: 'pending',
      order_id: placed.body.id,
    });
    const list = await api.request('GET', '/v1/orders?kind=overseas_number', { token: c.token });
    expect(list.body.items.map((o: { id: string; kind: string }) => [o.id, o.kind])).toEqual([[placed.body.id, 'overseas_number']]);

    const done = await waitForOrder(api, c.token, placed.body.id);
    expect(done.status).toBe('completed');
    expect(Date.now()).toBeGreaterThanOrEqual(Date.parse(readyBy));
    const numbers = await api.request('GET', '/v1/numbers', { token: c.token });
    expect(numbers.body.items).toEqual([
      expect.objectContaining({
        id: numberId,
        kind: 'overseas',
        status: 'active',
        circleId: c.circleId,
        monthlyFee: 1650,
        currency: 'JPY',
      }),
    ]);
    const entries = await api.deps.stores.ledger.history(c.accountId, { limit: 10 });
    expect(entries.map((e) => [e.kind, e.amount])).toEqual([
      ['purchase', -5445],
      ['adjustment', 100_000],
    ]);
    const mail = await waitForMail(c.email, 'Your overseas number is ready');
    expect(mail.text).toContain(`Overseas number: ${placed.body.detail.number} (US)`);
    expect(mail.text).toContain('Total: ¥5,445 (paid from the prepaid balance)');
  });

  it('an overseas number inside a normal order is refused with 422 pointing to the overseas order', async () => {
    const c = await customerWithCircle(api, 100_000);
    const onSale = await api.deps.stores.numbers.search({ kind: 'overseas', country: 'GB', limit: 50 });
    const stock = onSale[Math.floor(Math.random() * onSale.length)];
    const cart = await api.request('POST', '/v1/numbers/holds', { token: c.token, body: { numberId: stock!.id }, headers: en });
    expect(cart.status).toBe(422);
    expect(cart.body).toMatchObject({ code: 'overseas_number_separate_order', field: 'body.numberId' });
    expect(cart.body.detail).toContain('POST /v1/overseas-number-orders');
    // A number held before the cart refused overseas numbers is still refused by the order.
    const gb = await api.deps.stores.numbers.hold(c.accountId, stock!.id, randomUUID(), 600);
    for (const path of ['/v1/service-orders/quote', '/v1/service-orders']) {
      const res = await api.request('POST', path, { token: c.token, body: { circleId: c.circleId, numberIds: [gb.id] }, headers: en });
      expect(res.status).toBe(422);
      expect(res.body).toMatchObject({ code: 'overseas_number_separate_order', field: 'body.numberIds' });
      expect(res.body.detail).toContain('POST /v1/overseas-number-orders');
    }
    expect(await api.deps.stores.ledger.balance(c.accountId)).toBe(100_000);
    expect((await api.request('GET', '/v1/orders', { token: c.token })).body.items).toEqual([]);
  });

  it('refuses a country without a price (listing those on sale), an area without numbers and a balance that cannot pay; nothing is taken', async () => {
    const c = await customerWithCircle(api, 1_000);
    const au = await order(c, { circleId: c.circleId, country: 'AU' });
    expect(au.status).toBe(422);
    expect(au.body).toMatchObject({ code: 'overseas_country_not_sold', field: 'body.country' });
    expect(au.body.detail).toContain('AU');
    expect(au.body.detail).toContain('GB, SG, US');
    const area = await order(c, { circleId: c.circleId, country: 'US', areaCode: '212' });
    expect(area.status).toBe(409);
    expect(area.body).toMatchObject({ code: 'overseas_number_unavailable', field: 'body.areaCode' });
    const poor = await order(c, { circleId: c.circleId, country: 'GB' });
    expect(poor.status).toBe(422);
    expect(poor.body).toMatchObject({ code: 'insufficient_balance' });
    expect(await api.deps.stores.ledger.balance(c.accountId)).toBe(1_000);
    expect((await api.request('GET', '/v1/orders', { token: c.token })).body.items).toEqual([]);
  });

  it('when the carrier refuses the overseas number, the order fails, the money goes back and the number stays out of stock', async () => {
    const c = await customerWithCircle(api, 100_000);
    // The order takes the lowest free number of the area: make the carrier refuse that one.
    const next = await api.deps.stores.numbers.search({ kind: 'overseas', country: 'GB', limit: 1 });
    await fetch(`${inject('sandboxUrl')}/carrier/_control/fail`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ number: next[0]!.number, reason: 'number_blocked' }),
    });
    const placed = await order(c, { circleId: c.circleId, country: 'GB' });
    expect(placed.status).toBe(201);
    expect(placed.body.detail.numberId).toBe(next[0]!.id);
    const done = await waitForOrder(api, c.token, placed.body.id);
    expect(done).toMatchObject({ status: 'failed', total: 5808, refunded: 5808 });
    expect(done.failureReason).toContain('NumberActivationFailed');
    expect(await api.deps.stores.ledger.balance(c.accountId)).toBe(100_000);
    expect(await api.deps.db('phone_numbers').where({ id: next[0]!.id }).first()).toMatchObject({ status: 'failed', account_id: null });
    await waitForMail(c.email, 'could not be completed');
  });
});
