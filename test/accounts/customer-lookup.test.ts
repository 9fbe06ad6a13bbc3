import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { phoneForms, readCustomerQuery } from '../../api/accounts/customer-lookup.service';
import { toE164, toNationalDisplay } from '../../domain/telephony/e164';
import { addCircle, activeUnique } from '../devices/devices-fixtures';
import { signUp, startTestApi, staffLogin, uniqueLoginId, type TestApi } from '../support/api';

let api: TestApi;
let operator: string;

beforeAll(async () => {
  api = await startTestApi();
  operator = await staffLogin(api, 'operator');
});
afterAll(() => api.close());

/** A customer with a circle, a unique, an active number and a shipped phone with a MAC. */
async function richCustomer() {
  const tag = randomBytes(4).toString('hex');
  const acct = await signUp(api, { name: `検索テスト商事 ${tag}`, email: `Lookup.${tag}@Example.JP` });
  const circleId = await addCircle(api, acct.token);
  const circleLogin = (await api.deps.db('circles').where({ id: circleId }).first('login_id')).login_id as string;
  const unique = await activeUnique(api, acct.accountId, circleId);
  const number = await api.deps.db('phone_numbers').where({ kind: 'local', status: 'available' }).orderByRaw('random()').first();
  await api.deps.db('phone_numbers').where({ id: number.id }).update({
    status: 'active',
    account_id: acct.accountId,
    circle_id: circleId,
    monthly_fee: 1100,
    activated_at: new Date(),
  });
  const orderId = randomUUID();
  const shippingPhone = `090-${randomInt(1000, 10_000)}-${randomInt(1000, 10_000)}`;
  await api.deps.stores.orders.ensure({
    id: orderId,
    accountId: acct.accountId,
    circleId,
    kind: 'devices',
    status: 'placed',
    workflowId: `test-devices:${orderId}`,
    detail: { shipTo: { name: 'テスト', postalCode: '150-0002', address: '東京都', phone: shippingPhone } },
  });
  await api.deps.stores.orders.setStatus(orderId, { status: 'shipped', eventKey: 'shipped', note: 'tracking 1234' });
  const mac = `02${randomBytes(5).toString('hex')}`;
  await api.deps.db('devices').insert({
    id: randomUUID(),
    order_id: orderId,
    account_id: acct.accountId,
    circle_id: circleId,
    model_code: 'GXP1620',
    position: 1,
    status: 'shipped',
    mac,
    serial: `GS${tag.toUpperCase()}`,
  });
  return { ...acct, tag, circleLogin, unique, number: number.number as string, orderId, shippingPhone, mac };
}

const find = (q: string) =>
  api.request('GET', `/v1/operator/customers?q=${encodeURIComponent(q)}`, { token: operator, headers: { 'accept-language': 'en' } });

async function expectFound(q: string, accountId: string, field: string) {
  const res = await find(q);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  const hit = res.body.items.find((i: { id: string }) => i.id === accountId);
  expect(hit, `${q} should find the customer`).toBeDefined();
  expect(hit.matches.map((m: { field: string }) => m.field)).toContain(field);
  return hit;
}

describe('reading a search term', () => {
  it('reads phone numbers in the usual notations into the stored forms', () => {
    expect(phoneForms('03-1234-5678')).toEqual(['0312345678', '+81312345678']);
    expect(phoneForms('+81 3 1234 5678')).toEqual(['0312345678', '+81312345678']);
    expect(phoneForms('81312345678')).toEqual(['0312345678', '+81312345678']);
    expect(phoneForms('(03) 1234.5678')).toEqual(['0312345678', '+81312345678']);
    expect(phoneForms('+1 415 555 0000')).toEqual(['+14155550000']);
    expect(phoneForms('tanaka')).toEqual([]);
  });

  it('reads a UUID as an account or order ID only, and full-width input as ASCII', () => {
    const id = randomUUID();
    expect(readCustomerQuery(id.toUpperCase()).map((t) => t.field)).toEqual(['account_id', 'order_id']);
    const fields = readCustomerQuery('０３－１２３４－５６７８').map((t) => t.field);
    expect(fields).toContain('phone_number');
    expect(readCustomerQuery('00:0B:82:12:34:56')).toContainEqual({ field: 'mac', value: '000b82123456' });
  });
});

describe('customer lookup', () => {
  it('finds a customer by each identifier a caller may quote, and says what matched', async () => {
    const c = await richCustomer();
    await expectFound(c.accountId, c.accountId, 'account_id');
    await expectFound(c.orderId.toUpperCase(), c.accountId, 'order_id');
    await expectFound(c.loginId.toUpperCase(), c.accountId, 'login_id');
    await expectFound(c.loginId.slice(0, -2), c.accountId, 'login_id');
    await expectFound(c.circleLogin, c.accountId, 'circle_login_id');
    await expectFound(`lookup.${c.tag}@example.jp`, c.accountId, 'email');
    await expectFound(c.unique.code, c.accountId, 'unique_code');
    await expectFound(c.mac.toUpperCase().match(/../g)!.join('-'), c.accountId, 'mac');
    await expectFound(c.mac.match(/..../g)!.join('.'), c.accountId, 'mac');
    await expectFound(`検索テスト商事 ${c.tag}`.slice(2), c.accountId, 'name');
    const n = c.number;
    await expectFound(n, c.accountId, 'phone_number');
    await expectFound(`${n.slice(0, 2)}-${n.slice(2, 6)}-${n.slice(6)}`, c.accountId, 'phone_number');
    const hit = await expectFound(`+81 ${n.slice(1, 2)} ${n.slice(2, 6)} ${n.slice(6)}`, c.accountId, 'phone_number');
    expect(hit.matches).toContainEqual({ field: 'phone_number', value: n });
    expect(hit).toMatchObject({ loginId: c.loginId, balance: 0, currency: 'JPY' });
    await expectFound(c.shippingPhone.replace(/-/g, ''), c.accountId, 'shipping_phone');
  });

  it('finds nothing for an unknown term, and refuses an empty one with what is allowed', async () => {
    expect((await find(uniqueLoginId('nobody'))).body.items).toEqual([]);
    const empty = await find('   ');
    expect(empty.status).toBe(422);
    expect(empty.body.errors[0].field).toBe('query.q');
  });

  it('treats % and _ in a term as plain characters', async () => {
    const res = await find('%_');
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([]);
  });

  it('is for operators only', async () => {
    const acct = await signUp(api);
    expect((await api.request('GET', '/v1/operator/customers?q=a', { token: acct.token })).status).toBe(403);
    expect(
      (await api.request('GET', `/v1/operator/customers/${acct.accountId}`, { token: await staffLogin(api, 'warehouse') })).status,
    ).toBe(403);
  });
});

describe('the customer page', () => {
  it('shows balance, ledger, orders with their timeline, uniques, numbers, devices and adjustments', async () => {
    const c = await richCustomer();
    for (let i = 1; i <= 3; i++)
      await api.deps.stores.ledger.post({
        accountId: c.accountId,
        amount: 1000 * i,
        kind: 'adjustment',
        reference: 'test',
        idempotencyKey: `test:${randomUUID()}`,
      });
    await api.request('POST', `/v1/operator/customers/${c.accountId}/adjustments`, {
      token: operator,
      headers: { 'idempotency-key': randomUUID() },
      body: { direction: 'debit', amount: 500, reason: 'Wrong fee' },
    });
    const res = await api.request('GET', `/v1/operator/customers/${c.accountId}?ledgerLimit=2`, { token: operator });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const page = res.body;
    expect(page.id).toBe(c.accountId);
    expect(page.account).toMatchObject({ id: c.accountId, loginId: c.loginId, balance: 5_500, currency: 'JPY' });
    expect(page.ledger.items.map((e: { amount: number }) => e.amount)).toEqual([-500, 3000]);
    expect(page.ledger.nextCursor).toEqual(expect.any(String));
    const older = await api.request('GET', `/v1/operator/customers/${c.accountId}/ledger?limit=5&cursor=${page.ledger.nextCursor}`, {
      token: operator,
    });
    expect(older.body.items.map((e: { amount: number }) => e.amount)).toEqual([2000, 1000]);
    expect(older.body.nextCursor).toBeNull();
    const order = page.orders.find((o: { id: string }) => o.id === c.orderId);
    expect(order.timeline.map((e: { status: string }) => e.status)).toEqual(['placed', 'shipped']);
    expect(order.timeline[1].note).toBe('tracking 1234');
    expect(page.uniques.map((u: { code: string }) => u.code)).toEqual([c.unique.code]);
    // Stored national digits, answered as E.164 with the form a person reads beside it.
    expect(page.numbers.map((n: { number: string }) => n.number)).toEqual([toE164(c.number)]);
    expect(page.numbers.map((n: { numberDisplay: string }) => n.numberDisplay)).toEqual([toNationalDisplay(c.number)]);
    expect(page.devices).toMatchObject([{ orderId: c.orderId, mac: c.mac, modelCode: 'GXP1620' }]);
    expect(page.circles).toHaveLength(1);
    expect(page.adjustments).toMatchObject([{ direction: 'debit', amount: 500, status: 'applied', reason: 'Wrong fee' }]);
    expect(page.approvalLimit).toBe(10_000);
  });

  it('answers 404 for an unknown account', async () => {
    expect((await api.request('GET', `/v1/operator/customers/${randomUUID()}`, { token: operator })).status).toBe(404);
    expect((await api.request('GET', `/v1/operator/customers/${randomUUID()}/ledger`, { token: operator })).status).toBe(404);
  });
});
