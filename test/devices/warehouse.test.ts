import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signWebhook } from '../../lib/webhook-signature';
import { staffLogin, startTestApi, type TestApi } from '../support/api';
import { waitForMail } from '../support/mail';
import {
  activeUnique,
  addCircle,
  extraWarehouseStaff,
  fundedAccount,
  placeOrder,
  randomMac,
  randomSerial,
  randomTracking,
  shipOrder,
  taskIdOf,
  waitForOrderStatus,
} from './devices-fixtures';

let api: TestApi;
let staff: string;
beforeAll(async () => {
  api = await startTestApi();
  staff = await staffLogin(api, 'warehouse');
});
afterAll(() => api.close());

const step = (taskId: string, name: string, body?: unknown, token = staff) =>
  api.request('POST', `/v1/warehouse/tasks/${taskId}/${name}`, { token, body, headers: { 'accept-language': 'en' } });

/** Orders the GXP1620 (the real catalog entry) from a funded account. */
async function gxpOrder(quantity = 1, language: 'ja' | 'en' = 'en') {
  const acct = await fundedAccount(api, 200_000, language);
  const order = await placeOrder(api, acct.token, { model: 'GXP1620', quantity });
  const taskId = await taskIdOf(api, order.id);
  return { acct, order, taskId };
}

describe('warehouse fulfilment', () => {
  it('takes a pre-configured order from pick to delivery: scan, pack slip credentials, ship mail with tracking, carrier webhook, delivery mail', async () => {
    const acct = await fundedAccount(api, 200_000, 'en');
    const circleId = await addCircle(api, acct.token);
    const u1 = await activeUnique(api, acct.accountId, circleId, { name: 'Reception' });
    const u2 = await activeUnique(api, acct.accountId, circleId);
    const order = await placeOrder(api, acct.token, {
      model: 'GXP1620',
      quantity: 1,
      settings: { mode: 'preconfigured', circleId, devices: [{ uniqueId: u1.id, secondUniqueId: u2.id }] },
    });
    await waitForOrderStatus(api, acct.token, order.id, 'picking');

    const mac = randomMac();
    const { taskId, packSlip, trackingNumber } = await shipOrder(api, staff, order.id, [
      { mac: mac.toLowerCase().replace(/:/g, '-'), serial: randomSerial().toLowerCase() },
    ]);
    const unit = packSlip.devices[0];
    const bareMac = mac.toLowerCase().replace(/:/g, '');
    expect(unit).toMatchObject({
      mac: bareMac,
      status: 'scanned',
      uniques: [
        { slot: 1, code: u1.code },
        { slot: 2, code: u2.code },
      ],
    });
    expect(unit.serial).toMatch(/^GS[0-9A-F]{12}$/);
    expect(unit.provisioning).toMatchObject({
      fileUrl: expect.stringMatching(new RegExp(`/provisioning/cfg${bareMac}\\.xml$`)),
      username: expect.stringMatching(/^gs/),
    });
    expect(unit.provisioning.password.length).toBeGreaterThanOrEqual(16);

    const shipped = await waitForOrderStatus(api, acct.token, order.id, 'shipped');
    expect(shipped.shipment).toMatchObject({ carrier: 'yamato', trackingNumber, deliveredAt: null });
    // A date the customer reads: Japan time.
    expect(shipped.shipment.shippedAt).toMatch(/\+09:00$/);
    const mail = await waitForMail(acct.email, 'Your devices have shipped');
    expect(mail.text).toContain(trackingNumber);
    expect(mail.text).toContain('Yamato Transport');

    // The phone fetches its configuration with the credentials printed on the pack slip.
    const cfg = await fetch(`${api.url}/provisioning/cfg${bareMac.toUpperCase()}.xml`, {
      headers: { authorization: `Basic ${Buffer.from(`${unit.provisioning.username}:${unit.provisioning.password}`).toString('base64')}` },
    });
    expect(cfg.status).toBe(200);
    expect(await cfg.text()).toContain(`<P35>${u1.code}</P35>`);

    const delivered = await fetch(`${inject('sandboxUrl')}/parcel/_control/deliver`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ trackingNumber }),
    });
    expect(delivered.status).toBe(202);
    const done = await waitForOrderStatus(api, acct.token, order.id, 'delivered');
    expect(done.closedAt).not.toBeNull();
    expect(done.devices[0]).toMatchObject({ status: 'delivered', online: true, fetchCount: 1 });
    expect((await waitForMail(acct.email, 'Your devices were delivered')).text).toContain('6 months');
    const task = await api.request('GET', `/v1/warehouse/tasks/${taskId}`, { token: staff });
    expect(task.body).toMatchObject({ status: 'done', step: 'none', shipment: { carrier: 'yamato', trackingNumber } });
    expect(task.body.shipment.deliveredAt).toMatch(/\+09:00$/);
    expect(task.body.shipTo).toMatchObject({ phone: '+81312345678', phoneDisplay: '03-1234-5678' });
  });

  it('takes a plain order (shipped as is) to delivery marked by staff, with no provisioning profile', async () => {
    const { acct, order, taskId } = await gxpOrder(2, 'ja');
    const { view } = await shipOrder(api, staff, order.id);
    expect(view.status).toBe('in_transit');
    expect(view.devices.every((d: { provisioning: unknown }) => d.provisioning === null)).toBe(true);
    await waitForMail(acct.email, '機器を発送しました');
    const res = await step(taskId, 'deliver');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('done');
    const done = await waitForOrderStatus(api, acct.token, order.id, 'delivered');
    expect(done.devices.map((d: { status: string }) => d.status)).toEqual(['delivered', 'delivered']);
    await waitForMail(acct.email, '機器のお届けが完了しました');
    // Every step of a delivered order is done: repeating one answers the same.
    expect((await step(taskId, 'deliver')).status).toBe(200);
    const cfg = await fetch(`${api.url}/provisioning/cfg${String(done.devices[0].mac)}.xml`);
    expect(cfg.status).toBe(404);
  });

  it('refuses steps out of order with 409 and answers a repeated step again', async () => {
    const { taskId, order } = await gxpOrder(1);
    expect((await api.request('POST', `/v1/warehouse/tasks/${taskId}/claim`, { token: staff })).status).toBe(200);
    for (const name of ['pack', 'deliver']) {
      const res = await step(taskId, name);
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({ code: 'step_out_of_order', params: { step: name, expected: 'pick' } });
    }
    const view = (await step(taskId, 'pick')).body;
    const deviceId = view.devices[0].id;
    expect((await step(taskId, 'pick')).status).toBe(200);
    expect((await step(taskId, 'ship', { carrier: 'yamato', trackingNumber: randomTracking() })).body).toMatchObject({
      code: 'step_out_of_order',
      params: { expected: 'scan' },
    });
    const unit = { deviceId, mac: randomMac(), serial: randomSerial() };
    expect((await step(taskId, 'scan', unit)).status).toBe(200);
    expect((await step(taskId, 'scan', unit)).status).toBe(200);
    const other = await step(taskId, 'scan', { ...unit, mac: randomMac() });
    expect(other.status).toBe(409);
    expect(other.body.code).toBe('device_already_scanned');
    expect((await step(taskId, 'scan', { ...unit, deviceId: randomUUID() })).status).toBe(404);
    expect((await step(taskId, 'deliver')).body.code).toBe('step_out_of_order');
    expect((await step(taskId, 'pack')).body.step).toBe('ship');
    expect((await step(taskId, 'pack')).status).toBe(200);
    expect((await api.deps.stores.orders.get(order.id))?.status).not.toBe('cancelled');
  });

  it('refuses MAC addresses and serial numbers that are malformed (422) or already in the system (409)', async () => {
    const first = await gxpOrder(1);
    const shippedUnit = { mac: randomMac(), serial: randomSerial() };
    await shipOrder(api, staff, first.order.id, [shippedUnit]);

    const { taskId } = await gxpOrder(1);
    await api.request('POST', `/v1/warehouse/tasks/${taskId}/claim`, { token: staff });
    const deviceId = (await step(taskId, 'pick')).body.devices[0].id;
    for (const mac of [
      '00:0b:82:12:34',
      '000b8212345g',
      '00:0b:82:12:34:56:78',
      '00-0b:82-12:34-56',
      'ff:ff:ff:ff:ff:ff',
      '00:00:00:00:00:00',
      '01:00:5e:00:00:01',
      '000b82 123456',
    ]) {
      const res = await step(taskId, 'scan', { deviceId, mac, serial: randomSerial() });
      expect(res.status, mac).toBe(422);
      expect(res.body).toMatchObject({ code: 'invalid_mac', field: 'body.mac' });
    }
    for (const serial of ['SHORT', 'GS-1234-5678', 'シリアル12345678', 'A'.repeat(21)]) {
      const res = await step(taskId, 'scan', { deviceId, mac: randomMac(), serial });
      expect(res.status, serial).toBe(422);
      expect(res.body.code).toBe('invalid_serial');
    }
    const dupMac = await step(taskId, 'scan', { deviceId, mac: shippedUnit.mac.toLowerCase().replace(/:/g, ''), serial: randomSerial() });
    expect(dupMac.status).toBe(409);
    expect(dupMac.body.code).toBe('mac_taken');
    const dupSerial = await step(taskId, 'scan', { deviceId, mac: randomMac(), serial: shippedUnit.serial });
    expect(dupSerial.status).toBe(409);
    expect(dupSerial.body.code).toBe('serial_taken');
    const ok = await step(taskId, 'scan', {
      deviceId,
      mac: `000B.8212.${randomBytes(2).toString('hex').toUpperCase()}`,
      serial: randomSerial(),
    });
    expect(ok.status).toBe(200);
    expect(ok.body.devices[0].mac).toMatch(/^000b8212[0-9a-f]{4}$/);
  });

  it('refuses cancelling after shipment (409) and keeps the payment and stock as they are', async () => {
    const { acct, order } = await gxpOrder(1);
    await shipOrder(api, staff, order.id);
    const balance = await api.deps.stores.ledger.balance(acct.accountId);
    const res = await api.request('POST', `/v1/device-orders/${order.id}/cancel`, { token: acct.token });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('order_already_shipped');
    expect(await api.deps.stores.ledger.balance(acct.accountId)).toBe(balance);
    expect(await api.deps.stores.ledger.findByKey(`devices:${order.id}:refund`)).toBeUndefined();
  });

  it('refuses staff steps on a cancelled order', async () => {
    const { acct, order, taskId } = await gxpOrder(1);
    await api.request('POST', `/v1/warehouse/tasks/${taskId}/claim`, { token: staff });
    expect((await step(taskId, 'pick')).status).toBe(200);
    expect((await api.request('POST', `/v1/device-orders/${order.id}/cancel`, { token: acct.token })).status).toBe(200);
    const res = await step(taskId, 'pack');
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('order_cancelled');
  });
});

describe('parcel webhook', () => {
  it('refuses an unsigned or wrongly signed delivery event (401) and acknowledges a redelivery once', async () => {
    const body = JSON.stringify({
      id: `evt_${randomUUID()}`,
      type: 'parcel.delivered',
      createdAt: new Date().toISOString(),
      data: { reference: randomUUID(), trackingNumber: '123456789012' },
    });
    const post = (signature?: string) =>
      api.request('POST', '/v1/webhooks/parcel', {
        rawBody: body,
        headers: { 'content-type': 'application/json', ...(signature ? { 'x-pbx-signature': signature } : {}) },
      });
    expect((await post()).status).toBe(401);
    expect((await post(signWebhook('not-the-parcel-secret', body))).status).toBe(401);
    const signed = signWebhook(api.deps.config.parties.parcel.webhookSecret, body);
    expect((await post(signed)).body).toEqual({ received: true, duplicate: false });
    expect((await post(signed)).body).toEqual({ received: true, duplicate: true });
  });
});

describe('warehouse tasks and claims', () => {
  it('lists open tasks oldest first', async () => {
    const a = await gxpOrder(1);
    const b = await gxpOrder(1);
    const res = await api.request('GET', '/v1/warehouse/tasks?limit=200', { token: staff });
    expect(res.status).toBe(200);
    const ids = res.body.items.map((t: { id: string }) => t.id);
    expect(ids.indexOf(a.taskId)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(a.taskId)).toBeLessThan(ids.indexOf(b.taskId));
    const created = res.body.items.map((t: { createdAt: string }) => t.createdAt);
    expect([...created].sort()).toEqual(created);
    const customer = await fundedAccount(api, 0);
    expect((await api.request('GET', '/v1/warehouse/tasks', { token: customer.token })).status).toBe(403);
  });

  it('lets one person hold a task at a time; steps need the claim', async () => {
    const other = await extraWarehouseStaff(api);
    const { taskId } = await gxpOrder(1);
    expect((await step(taskId, 'pick')).body.code).toBe('task_not_claimed');
    const mine = await api.request('POST', `/v1/warehouse/tasks/${taskId}/claim`, { token: staff });
    expect(mine.body.claim).toMatchObject({ staffName: 'Demo Warehouse' });
    const theirs = await api.request('POST', `/v1/warehouse/tasks/${taskId}/claim`, { token: other });
    expect(theirs.status).toBe(409);
    expect(theirs.body.code).toBe('task_claimed');
    expect((await step(taskId, 'pick', undefined, other)).body.code).toBe('task_claimed');
    expect((await api.request('DELETE', `/v1/warehouse/tasks/${taskId}/claim`, { token: staff })).status).toBe(204);
    expect((await api.request('POST', `/v1/warehouse/tasks/${taskId}/claim`, { token: other })).status).toBe(200);
    expect((await step(taskId, 'pick', undefined, other)).status).toBe(200);
  });

  it('lets someone else take over a claim that was abandoned (expired)', async () => {
    const shortClaims = await startTestApi({ WAREHOUSE_CLAIM_SECONDS: '1' });
    try {
      const other = await extraWarehouseStaff(shortClaims);
      const { taskId } = await gxpOrder(1);
      expect((await shortClaims.request('POST', `/v1/warehouse/tasks/${taskId}/claim`, { token: staff })).status).toBe(200);
      expect((await shortClaims.request('POST', `/v1/warehouse/tasks/${taskId}/claim`, { token: other })).status).toBe(409);
      await new Promise((r) => setTimeout(r, 1_300));
      const listed = await shortClaims.request('GET', '/v1/warehouse/tasks?limit=200', { token: other });
      expect(listed.body.items.find((t: { id: string }) => t.id === taskId).claim).toBeNull();
      expect((await shortClaims.request('POST', `/v1/warehouse/tasks/${taskId}/claim`, { token: other })).status).toBe(200);
      const late = await shortClaims.request('POST', `/v1/warehouse/tasks/${taskId}/pick`, { token: staff });
      expect(late.status).toBe(409);
      expect(late.body.code).toBe('task_claimed');
    } finally {
      await shortClaims.close();
    }
  });
});

describe('warehouse answers in words', () => {
  it('says in words which step comes next when a step is out of order, in English and Japanese', async () => {
    const { taskId } = await gxpOrder(1);
    await api.request('POST', `/v1/warehouse/tasks/${taskId}/claim`, { token: staff });
    const en = await step(taskId, 'pack');
    expect(en.status).toBe(409);
    expect(en.body.detail).toBe('You cannot pack the parcel now. Next: pick the units from the shelf.');
    const ja = await api.request('POST', `/v1/warehouse/tasks/${taskId}/ship`, {
      token: staff,
      body: { carrier: 'yamato', trackingNumber: randomTracking() },
      headers: { 'accept-language': 'ja' },
    });
    expect(ja.body.detail).toBe('「追跡番号を登録して配送業者に引き渡す」はまだ行えません。次の作業: 棚から機器を取り出す（ピッキング）。');
  });

  it('says who holds a task since when, and keeps the start of a claim its holder extends', async () => {
    const other = await extraWarehouseStaff(api);
    const { taskId } = await gxpOrder(1);
    const first = (await api.request('POST', `/v1/warehouse/tasks/${taskId}/claim`, { token: staff })).body.claim;
    expect(first).toMatchObject({
      staffName: 'Demo Warehouse',
      claimedAt: expect.any(String),
      expiresAt: expect.stringMatching(/\+09:00$/),
    });
    // The expiry is shown to the second (Japan time), so the extension must come a second later to show.
    await new Promise((r) => setTimeout(r, 1100));
    const again = (await step(taskId, 'pick')).body.claim;
    expect(again.claimedAt).toBe(first.claimedAt);
    expect(Date.parse(again.expiresAt)).toBeGreaterThan(Date.parse(first.expiresAt));
    const refused = await api.request('POST', `/v1/warehouse/tasks/${taskId}/claim`, {
      token: other,
      headers: { 'accept-language': 'en' },
    });
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toMatch(/^Demo Warehouse has held this task since \d\d\/\d\d, \d\d:\d\d JST; it is free again at/);
    const listed = await api.request('GET', '/v1/warehouse/tasks?limit=200', { token: other });
    expect(listed.body.items.find((t: { id: string }) => t.id === taskId).claim).toMatchObject({ claimedAt: first.claimedAt });
    expect((await api.request('DELETE', `/v1/warehouse/tasks/${taskId}/claim`, { token: staff })).status).toBe(204);
    const taken = (await api.request('POST', `/v1/warehouse/tasks/${taskId}/claim`, { token: other })).body.claim;
    expect(Date.parse(taken.claimedAt)).toBeGreaterThan(Date.parse(first.claimedAt));
  });

  it('accepts a MAC in any usual notation and says why one is refused', async () => {
    const { taskId } = await gxpOrder(1);
    await api.request('POST', `/v1/warehouse/tasks/${taskId}/claim`, { token: staff });
    const deviceId = (await step(taskId, 'pick')).body.devices[0].id;
    const multicast = await step(taskId, 'scan', { deviceId, mac: '01:00:5E:00:00:01', serial: randomSerial() });
    expect(multicast.body.detail).toBe(
      'Not a usable MAC address (a multicast address, not a device); scan the label again, e.g. 00:0B:82:12:34:56.',
    );
    const hex = randomBytes(5).toString('hex');
    const ok = await step(taskId, 'scan', { deviceId, mac: `02-${hex.toUpperCase().match(/../g)!.join('-')}`, serial: randomSerial() });
    expect(ok.status).toBe(200);
    expect(ok.body.devices[0].mac).toBe(`02${hex}`);
  });
});
