import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, staffLogin, type TestApi } from '../support/api';
import { customerWithCircle } from '../support/services';
import { activeUnique, placeOrder, shipOrder, taskIdOf } from './devices-fixtures';

let api: TestApi;
let warehouse: string;
beforeAll(async () => {
  api = await startTestApi();
  warehouse = await staffLogin(api, 'warehouse');
});
afterAll(() => api?.close());

const circleLogin = async (c: { circleLogin: string; circlePassword: string }) =>
  (await api.request('POST', '/v1/auth/login', { body: { kind: 'circle', loginId: c.circleLogin, password: c.circlePassword } })).body
    .token as string;

describe("the customer's phones and their parcel", () => {
  it("lists the account's phones, a circle login only its circle's, each with whether it fetched its configuration", async () => {
    const c = await customerWithCircle(api);
    const unique = await activeUnique(api, c.accountId, c.circleId);
    const configured = await placeOrder(api, c.token, {
      model: 'GXP1620',
      quantity: 1,
      settings: { mode: 'preconfigured', circleId: c.circleId, devices: [{ uniqueId: unique.id }] },
    });
    const plain = await placeOrder(api, c.token, { model: 'GXP1620', quantity: 1 });
    await taskIdOf(api, plain.id);

    const all = await api.request('GET', '/v1/devices', { token: c.token });
    expect(all.status).toBe(200);
    expect(all.body.items.map((d: { orderId: string }) => d.orderId).sort()).toEqual([configured.id, plain.id].sort());
    expect(all.body.items.find((d: { orderId: string }) => d.orderId === configured.id)).toMatchObject({
      preconfigured: true,
      online: false,
      lastFetchAt: null,
      uniques: [{ slot: 1, uniqueId: unique.id, code: unique.code }],
    });

    // Newest order first, a page at a time.
    const first = await api.request('GET', '/v1/devices?limit=1', { token: c.token });
    expect(first.body.items.map((d: { orderId: string }) => d.orderId)).toEqual([plain.id]);
    const second = await api.request('GET', `/v1/devices?limit=1&cursor=${first.body.nextCursor}`, { token: c.token });
    expect(second.body).toMatchObject({ items: [expect.objectContaining({ orderId: configured.id })], nextCursor: null });

    const circle = await api.request('GET', '/v1/devices', { token: await circleLogin(c) });
    expect(circle.body.items.map((d: { orderId: string }) => d.orderId)).toEqual([configured.id]);
  });

  it("gives the parcel the carrier's name in the caller's language and its tracking page", async () => {
    const c = await customerWithCircle(api);
    const order = await placeOrder(api, c.token, { model: 'GXP1620', quantity: 1 });
    const { trackingNumber } = await shipOrder(api, warehouse, order.id);
    const en = await api.request('GET', `/v1/device-orders/${order.id}`, { token: c.token, headers: { 'accept-language': 'en' } });
    expect(en.body.shipment).toMatchObject({
      carrier: 'yamato',
      carrierName: 'Yamato Transport',
      trackingNumber,
      trackingUrl: `https://toi.kuronekoyamato.co.jp/cgi-bin/tneko?number00=1&number01=${trackingNumber}`,
    });
    const ja = await api.request('GET', `/v1/device-orders/${order.id}`, { token: c.token, headers: { 'accept-language': 'ja' } });
    expect(ja.body.shipment.carrierName).toBe('ヤマト運輸');
  });
});
