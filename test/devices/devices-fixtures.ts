import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { hashPassword } from '../../lib/crypto';
import { sipPasswordBox } from '../../lib/secret-box';
import { signUp, uniqueLoginId, type TestApi } from '../support/api';

/** A delivery address for orders in tests. */
export const SHIP_TO = { name: 'テスト株式会社 総務部', postalCode: '150-0002', address: '東京都渋谷区渋谷2-1-1', phone: '03-1234-5678' };

/** A unicast, locally administered MAC no other test uses, in colon notation. */
export const randomMac = () => ['02', ...randomBytes(5).toString('hex').match(/../g)!].join(':').toUpperCase();

/** A serial number no other test uses. */
export const randomSerial = () => `GS${randomBytes(6).toString('hex').toUpperCase()}`;

/** A tracking number no other test uses. */
export const randomTracking = () => String(randomInt(10 ** 11, 10 ** 12));

/** Signs up an account and gives it prepaid balance. */
export async function fundedAccount(api: TestApi, yen = 200_000, language: 'ja' | 'en' = 'ja') {
  const acct = await signUp(api, { language });
  if (yen > 0)
    await api.deps.stores.ledger.post({
      accountId: acct.accountId,
      amount: yen,
      kind: 'adjustment',
      reference: 'test',
      idempotencyKey: `test-fund:${randomUUID()}`,
    });
  return acct;
}

/** Adds a circle through the API. */
export async function addCircle(api: TestApi, token: string): Promise<string> {
  const res = await api.request('POST', '/v1/circles', {
    token,
    body: { name: '東京オフィス', loginId: uniqueLoginId('circle'), password: 'circle-pass-1' },
  });
  expect(res.status).toBe(201);
  return res.body.id;
}

/** Inserts an active SIP unique into a circle, as a completed services order leaves it. */
export async function activeUnique(api: TestApi, accountId: string, circleId: string, opts: { name?: string; password?: string } = {}) {
  const id = randomUUID();
  const code = `81${randomInt(10 ** 7, 10 ** 8)}`;
  const password = opts.password ?? `sip-${randomBytes(6).toString('hex')}`;
  await api.deps.db('uniques').insert({
    id,
    account_id: accountId,
    circle_id: circleId,
    kind: 'sip_terminal',
    status: 'active',
    monthly_fee: 1100,
    code,
    sip_user: code,
    login_server: 'sip.pbx.example.jp',
    sip_password_enc: sipPasswordBox(api.deps.config.secret).seal(password),
    name: opts.name ?? null,
    activated_at: new Date(),
  });
  return { id, code, password };
}

/** Places an order and expects it created, at its Location, answered as its page shows it. */
export async function placeOrder(
  api: TestApi,
  token: string,
  body: Record<string, unknown>,
): Promise<{ id: string; total: number; status: string; devices: unknown[] }> {
  const res = await api.request('POST', '/v1/device-orders', { token, body: { shipTo: SHIP_TO, ...body } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  expect(res.headers.get('location')).toBe(`/v1/device-orders/${res.body.id}`);
  return res.body;
}

/** Polls until the order reaches a status. */
export async function waitForOrderStatus(api: TestApi, token: string, orderId: string, status: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  let last: any;
  while (Date.now() < deadline) {
    last = await api.request('GET', `/v1/device-orders/${orderId}`, { token });
    if (last.body?.status === status) return last.body;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`order ${orderId} did not reach ${status}; last ${JSON.stringify(last?.body?.status)}`);
}

/** The order's warehouse task, once the order is paid and the task opened. */
export async function taskIdOf(api: TestApi, orderId: string, timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const task = await api.deps.stores.warehouse.forOrder(orderId);
    if (task) return task.id;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no warehouse task for ${orderId}`);
}

/** Creates another warehouse staff user and logs them in. */
export async function extraWarehouseStaff(api: TestApi): Promise<string> {
  const loginId = uniqueLoginId('wh');
  await api.deps.stores.staff.ensure({
    loginId,
    name: `倉庫 ${loginId}`,
    role: 'warehouse',
    passwordHash: await hashPassword('warehouse-pass-2'),
  });
  const res = await api.request('POST', '/v1/auth/login', { body: { kind: 'staff', loginId, password: 'warehouse-pass-2' } });
  expect(res.status).toBe(200);
  return res.body.token;
}

/**
 * A pre-configured phone on the warehouse's test bench fetches its configuration with the
 * credentials on the pack slip, as it must before the unit may be packed.
 */
export async function benchFetch(api: TestApi, mac: string, creds: { username: string; password: string }): Promise<void> {
  const res = await fetch(`${api.url}/provisioning/cfg${mac.replace(/:/g, '')}.xml`, {
    headers: {
      authorization: `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}`,
      'user-agent': 'Grandstream GXP1620 1.0.4.140',
    },
  });
  expect(res.status).toBe(200);
}

/** Claims the task and takes it through pick, scan (each unit), the bench fetch of pre-configured units, pack and ship; returns the task view and tracking number. */
export async function shipOrder(api: TestApi, staff: string, orderId: string, units?: Array<{ mac: string; serial: string }>) {
  const taskId = await taskIdOf(api, orderId);
  const step = async (name: string, body?: unknown) => {
    const res = await api.request('POST', `/v1/warehouse/tasks/${taskId}/${name}`, { token: staff, body });
    expect(res.status, `${name}: ${JSON.stringify(res.body)}`).toBe(200);
    return res.body;
  };
  expect((await api.request('POST', `/v1/warehouse/tasks/${taskId}/claim`, { token: staff })).status).toBe(200);
  let view = await step('pick');
  const scanned: Array<{ mac: string; serial: string }> = [];
  for (const [i, d] of (view.devices as Array<{ id: string }>).entries()) {
    const unit = units?.[i] ?? { mac: randomMac(), serial: randomSerial() };
    scanned.push(unit);
    view = await step('scan', { deviceId: d.id, ...unit });
  }
  const packSlip = view;
  for (const d of packSlip.devices as Array<{ mac: string; provisioning: { username: string; password: string } | null }>)
    if (d.provisioning) await benchFetch(api, d.mac, d.provisioning);
  await step('pack');
  const trackingNumber = randomTracking();
  view = await step('ship', { carrier: 'yamato', trackingNumber });
  return { taskId, view, packSlip, trackingNumber, scanned };
}

/** A model of its own with the given stock, so that stock counts are not shared with other tests. */
export async function testModel(api: TestApi, stock: number, price = 1_000): Promise<string> {
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

/** A model's stock on the shelf now. */
export const stockOf = async (api: TestApi, code: string) =>
  (await api.deps.db('device_models').where({ code }).first('stock')).stock as number;
