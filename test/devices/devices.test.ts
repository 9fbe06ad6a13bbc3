import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, startTestApi, type TestApi } from '../support/api';
import { activeUnique, addCircle, fundedAccount, placeOrder, SHIP_TO, taskIdOf, waitForOrderStatus } from './devices-fixtures';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const stockOf = async (code: string) => (await api.deps.db('device_models').where({ code }).first('stock')).stock as number;

/** A model of its own, so that stock counts are not shared with other tests. */
async function testModel(stock: number, price = 1_000): Promise<string> {
  const code = `T${randomUUID().slice(0, 8).toUpperCase()}`;
  await api.deps.db('device_models').insert({
    code,
    maker: 'Test',
    name: code,
    features: JSON.stringify({ ja: ['テスト'], en: ['test'] }),
    sip_accounts: 2,
    warranty_months: 6,
    price,
    stock,
    sort_order: 99,
  });
  return code;
}

describe('device catalog', () => {
  it('lists the GXP1620 with the features of the manual, its price and its stock', async () => {
    const res = await api.request('GET', '/v1/devices/catalog', { headers: { 'accept-language': 'en' } });
    expect(res.status).toBe(200);
    const gxp = res.body.items.find((m: { code: string }) => m.code === 'GXP1620');
    expect(res.body.nextCursor).toBeNull();
    expect(gxp).toMatchObject({
      id: 'GXP1620',
      maker: 'Grandstream',
      sipAccounts: 2,
      warrantyMonths: 6,
      price: 9_800,
      priceWithTax: 10_780,
      currency: 'JPY',
      inStock: true,
    });
    expect(gxp.features).toEqual([
      'VoIP phone',
      '2 SIP accounts',
      'backlit LCD',
      'Japanese display',
      '3 XML programmable keys',
      'two 10/100 Mbps Ethernet ports',
      '6-month warranty',
    ]);
    const ja = await api.request('GET', '/v1/devices/catalog');
    expect(ja.body.items.find((m: { code: string }) => m.code === 'GXP1620').features).toContain('日本語表示');
  });
});

describe('device purchase', () => {
  it('debits price plus 10% tax from the prepaid balance and reserves the stock at order', async () => {
    const model = await testModel(10, 9_800);
    const acct = await fundedAccount(api, 50_000);
    const order = await placeOrder(api, acct.token, { model, quantity: 3 });
    expect(order).toMatchObject({ kind: 'devices', subtotal: 29_400, tax: 2_940, total: 32_340, currency: 'JPY', shipment: null });
    // The order is created with its units reserved: the answer is the order's own page.
    expect(order.devices).toHaveLength(3);
    // The answer shows the row as it is by then: the workflow may already have debited the balance.
    expect(['accepted', 'paid']).toContain(order.status);
    expect(await stockOf(model)).toBe(7);
    await waitForOrderStatus(api, acct.token, order.id, 'picking');
    expect(await api.deps.stores.ledger.balance(acct.accountId)).toBe(50_000 - 32_340);
    const entry = await api.deps.stores.ledger.findByKey(`devices:${order.id}:debit`);
    expect(entry).toMatchObject({ amount: -32_340, kind: 'purchase' });
    const view = await api.request('GET', `/v1/device-orders/${order.id}`, { token: acct.token });
    expect(view.body.devices).toHaveLength(3);
    expect(view.body.devices[0]).toMatchObject({ position: 1, status: 'reserved', mac: null, preconfigured: false, online: false });
  });

  it('answers a retry whose first attempt placed the order (key released after a server failure) with that order', async () => {
    const model = await testModel(1, 9_800);
    const acct = await fundedAccount(api, 10_780);
    const key = randomUUID();
    const body = { model, quantity: 1, shipTo: SHIP_TO };
    const first = await api.request('POST', '/v1/device-orders', { token: acct.token, body, headers: { 'idempotency-key': key } });
    expect(first.status).toBe(201);
    expect(first.headers.get('location')).toBe(`/v1/device-orders/${first.body.id}`);
    await waitForOrderStatus(api, acct.token, first.body.id, 'picking');
    // The retry after a released key finds the stock taken and the balance spent by its own order.
    await api.deps.db('idempotency_keys').where({ key }).delete();
    const retry = await api.request('POST', '/v1/device-orders', { token: acct.token, body, headers: { 'idempotency-key': key } });
    expect(retry.status, JSON.stringify(retry.body)).toBe(201);
    expect(retry.body).toMatchObject({ id: first.body.id, kind: 'devices' });
    expect(await stockOf(model)).toBe(0);
    expect(await api.deps.stores.ledger.balance(acct.accountId)).toBe(0);
    const other = await api.request('POST', '/v1/device-orders', { token: acct.token, body, headers: { 'idempotency-key': randomUUID() } });
    expect(other.status).toBe(422);
    expect(other.body).toMatchObject({ code: 'insufficient_balance' });
  });

  it('refuses an order the balance cannot pay (422) before reserving anything', async () => {
    const model = await testModel(10, 9_800);
    const acct = await fundedAccount(api, 10_000);
    const res = await api.request('POST', '/v1/device-orders', { token: acct.token, body: { model, quantity: 1, shipTo: SHIP_TO } });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: 'insufficient_balance', params: { balance: 10_000, required: 10_780 } });
    expect(await stockOf(model)).toBe(10);
  });

  it('refuses an order larger than the stock with 409 out_of_stock', async () => {
    const model = await testModel(2);
    const acct = await fundedAccount(api);
    const res = await api.request('POST', '/v1/device-orders', {
      token: acct.token,
      body: { model, quantity: 3, shipTo: SHIP_TO },
      headers: { 'accept-language': 'en' },
    });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'out_of_stock', params: { requested: 3, available: 2 } });
  });

  it('never oversells: with 5 in stock, exactly 5 of 20 concurrent orders succeed', async () => {
    const model = await testModel(5);
    const accounts = await Promise.all(Array.from({ length: 4 }, () => fundedAccount(api, 100_000)));
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        api.request('POST', '/v1/device-orders', { token: accounts[i % 4]!.token, body: { model, quantity: 1, shipTo: SHIP_TO } }),
      ),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(5);
    expect(statuses.filter((s) => s === 409)).toHaveLength(15);
    expect(results.filter((r) => r.status === 409).every((r) => r.body.code === 'out_of_stock')).toBe(true);
    expect(await stockOf(model)).toBe(0);
    const reserved = await api.deps.db('devices').where({ model_code: model }).count({ n: '*' }).first();
    expect(Number(reserved?.n)).toBe(5);
  });

  it('refuses an unknown model (422)', async () => {
    const acct = await fundedAccount(api);
    const res = await api.request('POST', '/v1/device-orders', {
      token: acct.token,
      body: { model: 'NOPE', quantity: 1, shipTo: SHIP_TO },
    });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: 'unknown_model', field: 'body.model' });
  });
});

describe('pre-configured purchase', () => {
  it('binds an active unique of the chosen circle to each device, and a unique to at most one device', async () => {
    const model = await testModel(10);
    const acct = await fundedAccount(api);
    const circleId = await addCircle(api, acct.token);
    const [u1, u2, u3] = [
      await activeUnique(api, acct.accountId, circleId),
      await activeUnique(api, acct.accountId, circleId),
      await activeUnique(api, acct.accountId, circleId),
    ];
    const order = await placeOrder(api, acct.token, {
      model,
      quantity: 2,
      settings: { mode: 'preconfigured', circleId, devices: [{ uniqueId: u1.id, secondUniqueId: u2.id }, { uniqueId: u3.id }] },
    });
    expect(order).toMatchObject({ circleId, detail: { preconfigured: true } });
    const view = await api.request('GET', `/v1/device-orders/${order.id}`, { token: acct.token });
    expect(view.body.devices.map((d: { uniques: Array<{ code: string }> }) => d.uniques.map((u) => u.code))).toEqual([
      [u1.code, u2.code],
      [u3.code],
    ]);

    const again = await api.request('POST', '/v1/device-orders', {
      token: acct.token,
      body: { model, quantity: 1, shipTo: SHIP_TO, settings: { mode: 'preconfigured', circleId, devices: [{ uniqueId: u3.id }] } },
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('unique_already_bound');
    const twice = await api.request('POST', '/v1/device-orders', {
      token: acct.token,
      body: {
        model,
        quantity: 2,
        shipTo: SHIP_TO,
        settings: { mode: 'preconfigured', circleId, devices: [{ uniqueId: u1.id }, { uniqueId: u1.id }] },
      },
    });
    expect(twice.status).toBe(422);
  });

  it('lets the database refuse one unique on two devices even when two orders race', async () => {
    const model = await testModel(10);
    const acct = await fundedAccount(api);
    const circleId = await addCircle(api, acct.token);
    const u = await activeUnique(api, acct.accountId, circleId);
    const body = { model, quantity: 1, shipTo: SHIP_TO, settings: { mode: 'preconfigured', circleId, devices: [{ uniqueId: u.id }] } };
    const results = await Promise.all(
      Array.from({ length: 6 }, () => api.request('POST', '/v1/device-orders', { token: acct.token, body })),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409).every((r) => r.body.code === 'unique_already_bound')).toBe(true);
    expect(await stockOf(model)).toBe(9);
  });

  it('asks for one unique per device, of the chosen circle, active', async () => {
    const model = await testModel(10);
    const acct = await fundedAccount(api);
    const circleId = await addCircle(api, acct.token);
    const otherCircle = await addCircle(api, acct.token);
    const elsewhere = await activeUnique(api, acct.accountId, otherCircle);
    const mine = await activeUnique(api, acct.accountId, circleId);
    const order = (settings: unknown, quantity = 1) =>
      api.request('POST', '/v1/device-orders', { token: acct.token, body: { model, quantity, shipTo: SHIP_TO, settings } });
    expect((await order({ mode: 'preconfigured', circleId, devices: [{ uniqueId: elsewhere.id }] })).body.code).toBe('unique_not_usable');
    expect((await order({ mode: 'preconfigured', circleId, devices: [{ uniqueId: mine.id }] }, 2)).body.code).toBe(
      'settings_count_mismatch',
    );
    await api.deps.db('uniques').where({ id: mine.id }).update({ status: 'cancelled' });
    expect((await order({ mode: 'preconfigured', circleId, devices: [{ uniqueId: mine.id }] })).body.code).toBe('unique_not_usable');
    const stranger = await signUp(api);
    const res = await api.request('POST', '/v1/device-orders', {
      token: stranger.token,
      body: { model, quantity: 1, shipTo: SHIP_TO, settings: { mode: 'preconfigured', circleId, devices: [{ uniqueId: mine.id }] } },
    });
    expect(res.status).toBe(404);
  });
});

describe('cancelling a device order', () => {
  it('before shipment refunds the payment, puts the stock back and frees the uniques', async () => {
    const model = await testModel(4);
    const acct = await fundedAccount(api, 30_000);
    const circleId = await addCircle(api, acct.token);
    const u = await activeUnique(api, acct.accountId, circleId);
    const u2 = await activeUnique(api, acct.accountId, circleId);
    const order = await placeOrder(api, acct.token, {
      model,
      quantity: 2,
      settings: { mode: 'preconfigured', circleId, devices: [{ uniqueId: u.id }, { uniqueId: u2.id }] },
    });
    await waitForOrderStatus(api, acct.token, order.id, 'picking');
    expect(await stockOf(model)).toBe(2);
    expect(await api.deps.stores.ledger.balance(acct.accountId)).toBe(30_000 - 2_200);

    const res = await api.request('POST', `/v1/device-orders/${order.id}/cancel`, { token: acct.token });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'cancelled' });
    expect(await api.deps.stores.ledger.balance(acct.accountId)).toBe(30_000);
    expect(await api.deps.stores.ledger.findByKey(`devices:${order.id}:refund`)).toMatchObject({ amount: 2_200, kind: 'refund' });
    expect(await stockOf(model)).toBe(4);
    const task = await api.deps.stores.warehouse.get(await taskIdOf(api, order.id));
    expect(task.status).toBe('cancelled');

    const again = await api.request('POST', `/v1/device-orders/${order.id}/cancel`, { token: acct.token });
    expect(again.status).toBe(200);
    expect(await api.deps.stores.ledger.balance(acct.accountId)).toBe(30_000);
    // The unique is free again for another device.
    await placeOrder(api, acct.token, { model, quantity: 1, settings: { mode: 'preconfigured', circleId, devices: [{ uniqueId: u.id }] } });
  });

  it("shows another account's order as missing (404)", async () => {
    const model = await testModel(4);
    const owner = await fundedAccount(api);
    const order = await placeOrder(api, owner.token, { model, quantity: 1 });
    const stranger = await signUp(api);
    expect((await api.request('GET', `/v1/device-orders/${order.id}`, { token: stranger.token })).status).toBe(404);
    expect((await api.request('POST', `/v1/device-orders/${order.id}/cancel`, { token: stranger.token })).status).toBe(404);
    expect((await api.request('GET', `/v1/orders/${order.id}`, { token: stranger.token })).status).toBe(404);
  });
});
