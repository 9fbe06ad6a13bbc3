import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sipPasswordBox } from '../../lib/secret-box';
import { staffLogin, startTestApi, type TestApi } from '../support/api';
import {
  activeUnique,
  addCircle,
  fundedAccount,
  placeOrder,
  randomMac,
  randomSerial,
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

const basic = (username: string, password: string) => `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
const fetchCfg = (file: string, authorization?: string) =>
  fetch(`${api.url}/provisioning/${file}`, {
    headers: authorization ? { authorization, 'user-agent': 'Grandstream GXP1620 1.0.4.140' } : {},
  });

/** A pre-configured order scanned in the warehouse: the unit's MAC, its pack-slip credentials and its uniques. */
async function provisionedUnit(opts: { second?: boolean; ship?: boolean } = {}) {
  const acct = await fundedAccount(api);
  const circleId = await addCircle(api, acct.token);
  const u1 = await activeUnique(api, acct.accountId, circleId, { name: '受付', password: 'first-secret-1' });
  const u2 = opts.second ? await activeUnique(api, acct.accountId, circleId, { password: 'second&<secret>' }) : undefined;
  const order = await placeOrder(api, acct.token, {
    model: 'GXP1620',
    quantity: 1,
    settings: { mode: 'preconfigured', circleId, devices: [{ uniqueId: u1.id, ...(u2 ? { secondUniqueId: u2.id } : {}) }] },
  });
  const mac = randomMac();
  const { packSlip } = await shipOrder(api, staff, order.id, [{ mac, serial: randomSerial() }]);
  const unit = packSlip.devices[0] as { mac: string; provisioning: { username: string; password: string } };
  return {
    acct,
    order,
    u1,
    u2,
    mac: unit.mac,
    auth: basic(unit.provisioning.username, unit.provisioning.password),
    creds: unit.provisioning,
  };
}

describe('device provisioning', () => {
  it('serves the Grandstream gs_provision file for the MAC, in upper or lower case, and the order shows the phone online', async () => {
    const { acct, order, u1, u2, mac, auth } = await provisionedUnit({ second: true });
    for (const file of [`cfg${mac}.xml`, `cfg${mac.toUpperCase()}.xml`, `CFG${mac.toUpperCase()}.XML`]) {
      const res = await fetchCfg(file, auth);
      expect(res.status, file).toBe(200);
      expect(res.headers.get('content-type')).toContain('application/xml');
      const xml = await res.text();
      expect(xml).toContain('<gs_provision version="1">');
      expect(xml).toContain(`<mac>${mac}</mac>`);
      for (const [p, v] of [
        ['P271', '1'],
        ['P270', '受付'],
        ['P47', 'sip.pbx.example.jp'],
        ['P35', u1.code],
        ['P36', u1.code],
        ['P34', 'first-secret-1'],
        ['P3', '受付'],
      ])
        expect(xml).toContain(`<${p}>${v}</${p}>`);
      for (const [p, v] of [
        ['P401', '1'],
        ['P402', 'sip.pbx.example.jp'],
        ['P404', u2!.code],
        ['P405', u2!.code],
        ['P406', 'second&amp;&lt;secret&gt;'],
      ])
        expect(xml).toContain(`<${p}>${v}</${p}>`);
    }
    const view = await waitForOrderStatus(api, acct.token, order.id, 'shipped');
    expect(view.devices[0]).toMatchObject({ online: true, fetchCount: 3 });
    expect(view.devices[0].configFetchedAt).not.toBeNull();
    // Every fetch is logged: the one at the warehouse's test bench, then the customer's three.
    const logged = await api.deps.db('device_config_fetches').where({ device_id: view.devices[0].id });
    expect(logged).toHaveLength(4);
    expect(logged[0].user_agent).toContain('GXP1620');
  });

  it('leaves account 2 inactive when the device has one unique', async () => {
    const { mac, auth } = await provisionedUnit();
    const xml = await (await fetchCfg(`cfg${mac}.xml`, auth)).text();
    expect(xml).toContain('<P401>0</P401>');
    expect(xml).toContain('<P406></P406>');
  });

  it("refuses a fetch without the device's own credentials (401) and does not record it", async () => {
    const a = await provisionedUnit();
    const b = await provisionedUnit();
    const none = await fetchCfg(`cfg${a.mac}.xml`);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Basic realm="provisioning"/);
    expect((await fetchCfg(`cfg${a.mac}.xml`, basic(a.creds.username, 'wrong-password'))).status).toBe(401);
    expect((await fetchCfg(`cfg${a.mac}.xml`, b.auth)).status).toBe(401);
    expect((await fetchCfg(`cfg${a.mac}.xml`, 'Bearer abc')).status).toBe(401);
    const view = await api.request('GET', `/v1/device-orders/${a.order.id}`, { token: a.acct.token });
    expect(view.body.devices[0]).toMatchObject({ online: false, fetchCount: 0 });
  });

  it('answers 404 for an unknown MAC or a file that is not a configuration', async () => {
    const { auth } = await provisionedUnit();
    expect((await fetchCfg(`cfg${randomMac().replace(/:/g, '').toLowerCase()}.xml`, auth)).status).toBe(404);
    for (const file of ['cfg.xml', 'cfg000b8212.xml', 'config.xml', 'cfg000b82123456.txt'])
      expect((await fetchCfg(file, auth)).status, file).toBe(404);
  });

  it("renders the unique's current settings: a new name or SIP password reaches the phone at its next fetch", async () => {
    const { mac, auth, u1 } = await provisionedUnit();
    await api.deps
      .db('uniques')
      .where({ id: u1.id })
      .update({ name: '会議室', sip_password_enc: sipPasswordBox(api.deps.config.secret).seal('rotated-secret-2') });
    const xml = await (await fetchCfg(`cfg${mac}.xml`, auth)).text();
    expect(xml).toContain('<P3>会議室</P3>');
    expect(xml).toContain('<P34>rotated-secret-2</P34>');
    await api.deps.db('uniques').where({ id: u1.id }).update({ status: 'cancelled' });
    const off = await (await fetchCfg(`cfg${mac}.xml`, auth)).text();
    expect(off).toContain('<P271>0</P271>');
    expect(off).not.toContain('rotated-secret-2');
  });

  it('removes the profile when the order is cancelled before shipment', async () => {
    const acct = await fundedAccount(api);
    const circleId = await addCircle(api, acct.token);
    const u = await activeUnique(api, acct.accountId, circleId);
    const order = await placeOrder(api, acct.token, {
      model: 'GXP1620',
      quantity: 1,
      settings: { mode: 'preconfigured', circleId, devices: [{ uniqueId: u.id }] },
    });
    const taskId = await taskIdOf(api, order.id);
    await api.request('POST', `/v1/warehouse/tasks/${taskId}/claim`, { token: staff });
    const deviceId = (await api.request('POST', `/v1/warehouse/tasks/${taskId}/pick`, { token: staff })).body.devices[0].id;
    const mac = randomMac();
    const scanned = await api.request('POST', `/v1/warehouse/tasks/${taskId}/scan`, {
      token: staff,
      body: { deviceId, mac, serial: randomSerial() },
    });
    const creds = scanned.body.devices[0].provisioning;
    const file = `cfg${mac.replace(/:/g, '')}.xml`;
    expect((await fetchCfg(file, basic(creds.username, creds.password))).status).toBe(200);
    expect((await api.request('POST', `/v1/device-orders/${order.id}/cancel`, { token: acct.token })).status).toBe(200);
    expect((await fetchCfg(file, basic(creds.username, creds.password))).status).toBe(404);
  });
});
