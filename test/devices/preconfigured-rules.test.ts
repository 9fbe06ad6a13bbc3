import { randomInt, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, staffLogin, type TestApi } from '../support/api';
import {
  activeUnique,
  addCircle,
  benchFetch,
  fundedAccount,
  placeOrder,
  randomMac,
  randomSerial,
  SHIP_TO,
  taskIdOf,
} from './devices-fixtures';

let api: TestApi;
let staff: string;
beforeAll(async () => {
  api = await startTestApi();
  staff = await staffLogin(api, 'warehouse');
});
afterAll(() => api.close());

/** An active unique of another kind than a SIP terminal, as a completed services order leaves it. */
async function otherUnique(accountId: string, circleId: string, kind: 'cloud_fax' | 'ymobile'): Promise<string> {
  const id = randomUUID();
  await api.deps.db('uniques').insert({
    id,
    account_id: accountId,
    circle_id: circleId,
    kind,
    status: 'active',
    monthly_fee: 1100,
    code: `81${randomInt(10 ** 7, 10 ** 8)}`,
    activated_at: new Date(),
  });
  return id;
}

/** A pre-configured order of two units, picked and scanned: the task waits for packing. */
async function scannedOrder() {
  const acct = await fundedAccount(api);
  const circleId = await addCircle(api, acct.token);
  const [u1, u2] = [await activeUnique(api, acct.accountId, circleId), await activeUnique(api, acct.accountId, circleId)];
  const order = await placeOrder(api, acct.token, {
    model: 'GXP1620',
    quantity: 2,
    settings: { mode: 'preconfigured', circleId, devices: [{ uniqueId: u1.id }, { uniqueId: u2.id }] },
  });
  const taskId = await taskIdOf(api, order.id);
  const step = (name: string, body?: unknown) => api.request('POST', `/v1/warehouse/tasks/${taskId}/${name}`, { token: staff, body });
  expect((await step('claim')).status).toBe(200);
  let view = (await step('pick')).body;
  for (const d of view.devices as Array<{ id: string }>)
    view = (await step('scan', { deviceId: d.id, mac: randomMac(), serial: randomSerial() })).body;
  return { acct, order, taskId, step, view };
}

describe('pre-configured devices', () => {
  it('a cloud FAX or Y!mobile unique cannot be put on a phone (422)', async () => {
    const acct = await fundedAccount(api, 200_000, 'en');
    const circleId = await addCircle(api, acct.token);
    for (const kind of ['cloud_fax', 'ymobile'] as const) {
      const uniqueId = await otherUnique(acct.accountId, circleId, kind);
      const body = {
        model: 'GXP1620',
        quantity: 1,
        shipTo: SHIP_TO,
        settings: { mode: 'preconfigured', circleId, devices: [{ uniqueId }] },
      };
      for (const path of ['/v1/device-orders/quote', '/v1/device-orders']) {
        const res = await api.request('POST', path, { token: acct.token, body, headers: { 'accept-language': 'en' } });
        expect(res.status, `${kind} ${path}`).toBe(422);
        expect(res.body).toMatchObject({ code: 'unique_not_sip_terminal', field: 'body.settings.devices' });
        expect(res.body.detail).toContain('Only a SIP terminal unique');
      }
    }
    // In Japanese too.
    const fax = await otherUnique(acct.accountId, circleId, 'cloud_fax');
    const ja = await api.request('POST', '/v1/device-orders/quote', {
      token: acct.token,
      headers: { 'accept-language': 'ja' },
      body: { model: 'GXP1620', quantity: 1, shipTo: SHIP_TO, settings: { mode: 'preconfigured', circleId, devices: [{ uniqueId: fax }] } },
    });
    expect(ja.body.detail).toContain('クラウドFAX');
    // A SIP terminal unique is fine.
    const sip = await activeUnique(api, acct.accountId, circleId);
    const ok = await api.request('POST', '/v1/device-orders/quote', {
      token: acct.token,
      body: {
        model: 'GXP1620',
        quantity: 1,
        shipTo: SHIP_TO,
        settings: { mode: 'preconfigured', circleId, devices: [{ uniqueId: sip.id }] },
      },
    });
    expect(ok.status).toBe(200);
  });

  it('a pre-configured unit cannot be packed before its phone fetched its configuration at the test bench', async () => {
    const { step, view } = await scannedOrder();
    expect(view.devices.map((d: any) => [d.needsConfigFetch, d.configFetchedAt, d.configOverride])).toEqual([
      [true, null, null],
      [true, null, null],
    ]);
    const refused = await step('pack');
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'config_not_fetched' });
    expect(refused.body.detail).toContain('1, 2');

    // One phone fetched: the other still holds the parcel back.
    await benchFetch(api, view.devices[0].mac, view.devices[0].provisioning);
    const half = await step('pack');
    expect(half.status).toBe(409);
    expect(half.body.detail).toMatch(/^2台目の機器がまだ設定を取得していません/);

    await benchFetch(api, view.devices[1].mac, view.devices[1].provisioning);
    const packed = await step('pack');
    expect(packed.status, JSON.stringify(packed.body)).toBe(200);
    expect(packed.body.step).toBe('ship');
    for (const d of packed.body.devices) {
      expect(d.configFetchedAt).toMatch(/Z$/);
      expect(d.configOverride).toBeNull();
    }
  });

  it("the bench fetch is the warehouse's: the customer's phone shows online only once it fetches after packing", async () => {
    const { acct, order, step, view } = await scannedOrder();
    for (const d of view.devices) await benchFetch(api, d.mac, d.provisioning);
    expect((await step('pack')).status).toBe(200);
    const mine = await api.request('GET', `/v1/device-orders/${order.id}`, { token: acct.token });
    expect(mine.body.devices.map((d: any) => [d.online, d.fetchCount])).toEqual([
      [false, 0],
      [false, 0],
    ]);
    await benchFetch(api, view.devices[0].mac, view.devices[0].provisioning);
    const after = await api.request('GET', `/v1/device-orders/${order.id}`, { token: acct.token });
    expect(after.body.devices[0]).toMatchObject({ online: true, fetchCount: 1 });
  });

  it('the warehouse can override with a reason, which is kept', async () => {
    const { taskId, step, view } = await scannedOrder();
    await benchFetch(api, view.devices[0].mac, view.devices[0].provisioning);

    const tooShort = await step('pack', { override: { reason: 'ok' } });
    expect(tooShort.status).toBe(422);
    expect(tooShort.body.field).toBe('body.override.reason');

    const reason = 'Test bench network down; configuration checked by hand on the phone screen';
    const packed = await step('pack', { override: { reason } });
    expect(packed.status, JSON.stringify(packed.body)).toBe(200);
    expect(packed.body.step).toBe('ship');
    const [fetched, overridden] = packed.body.devices;
    // Only the unit that had not fetched carries the override.
    expect(fetched.configOverride).toBeNull();
    expect(overridden.configFetchedAt).toBeNull();
    expect(overridden.configOverride).toMatchObject({ reason, staffName: expect.any(String), staffId: expect.any(String) });
    expect(Date.now() - Date.parse(overridden.configOverride.at)).toBeLessThan(60_000);
    // It is kept: the task shows it later, and on the unit's row.
    const later = await api.request('GET', `/v1/warehouse/tasks/${taskId}`, { token: staff });
    expect(later.body.devices[1].configOverride).toEqual(overridden.configOverride);
    const row = await api.deps.db('devices').where({ id: overridden.id }).first();
    expect(row).toMatchObject({ config_override_reason: reason, config_override_by: overridden.configOverride.staffId });
    // Packing again is answered as done, and the override is not rewritten.
    const again = await step('pack', { override: { reason: 'A different reason written later' } });
    expect(again.status).toBe(200);
    expect(again.body.devices[1].configOverride.reason).toBe(reason);
  });
});
