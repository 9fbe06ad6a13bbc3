import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, staffLogin, startTestApi, type TestApi } from '../support/api';

// Orders of other test files move the real models' stock; each test here receives into a model of its own.
let api: TestApi;
let operator: string;
beforeAll(async () => {
  api = await startTestApi();
  operator = await staffLogin(api, 'operator');
});
afterAll(() => api.close());

/** A model no order can buy (inactive), with the given stock. */
async function testModel(stock = 0): Promise<string> {
  const code = `STK-${randomUUID().slice(0, 8)}`;
  await api.deps.db('device_models').insert({
    code,
    maker: 'Test',
    name: code,
    features: JSON.stringify({ ja: [], en: [] }),
    sip_accounts: 1,
    warranty_months: 6,
    price: 1000,
    stock,
    active: false,
    sort_order: 99,
  });
  return code;
}

const receive = (code: string, body: unknown, key?: string, token = operator) =>
  api.request('POST', `/v1/devices/models/${code}/stock-receipts`, {
    token,
    body,
    headers: { 'accept-language': 'en', ...(key ? { 'idempotency-key': key } : {}) },
  });
const stockOf = async (code: string) => (await api.deps.db('device_models').where({ code }).first('stock')).stock as number;
const history = async (code: string) => (await api.request('GET', `/v1/devices/models/${code}/stock-receipts`, { token: operator })).body;

describe('device stock receipts', () => {
  it('adds the units to the stock and records who received them, the note and the stock after, newest first', async () => {
    const code = await testModel(3);
    const first = await receive(code, { quantity: 20, note: '納品書 A-100' }, randomUUID());
    expect(first.status).toBe(201);
    expect(first.headers.get('location')).toBe(`/v1/devices/models/${code}/stock-receipts/${first.body.id}`);
    const { duplicate, ...receipt } = first.body;
    expect(duplicate).toBe(false);
    expect((await api.request('GET', first.headers.get('location')!, { token: operator })).body).toEqual(receipt);
    expect(first.body).toMatchObject({
      modelCode: code,
      quantity: 20,
      stockAfter: 23,
      note: '納品書 A-100',
      receivedBy: { name: 'Demo Operator' },
      duplicate: false,
    });
    const second = await receive(code, { quantity: 5 }, randomUUID());
    expect(second.body).toMatchObject({ quantity: 5, stockAfter: 28, note: '' });
    expect(await stockOf(code)).toBe(28);

    const h = await history(code);
    expect(h.items.map((r: { quantity: number }) => r.quantity)).toEqual([5, 20]);
    expect(h.nextCursor).toBeNull();
    const page = await api.request('GET', `/v1/devices/models/${code}/stock-receipts?limit=1`, { token: operator });
    expect(page.body.items.map((r: { quantity: number }) => r.quantity)).toEqual([5]);
    const rest = await api.request('GET', `/v1/devices/models/${code}/stock-receipts?limit=1&cursor=${page.body.nextCursor}`, {
      token: operator,
    });
    expect(rest.body.items.map((r: { quantity: number }) => r.quantity)).toEqual([20]);
    expect(rest.body.nextCursor).toBeNull();
    const levels = (await api.request('GET', '/v1/devices/stock', { token: operator })).body.items;
    expect(levels).toContainEqual(
      expect.objectContaining({ id: code, code, stock: 28, active: false, lastReceivedAt: second.body.receivedAt }),
    );
    const moves = await api.deps.db('device_stock_moves').where({ model_code: code }).orderBy('id');
    expect(moves.map((m) => [m.kind, m.delta])).toEqual([
      ['receipt', 20],
      ['receipt', 5],
    ]);
  });

  it('adds a receipt repeated with its Idempotency-Key once, even after the key has left the API records', async () => {
    const code = await testModel();
    const key = randomUUID();
    const first = await receive(code, { quantity: 12, note: 'pallet 1' }, key);
    const replay = await receive(code, { quantity: 12, note: 'pallet 1' }, key);
    expect(replay.status).toBe(201);
    expect(replay.body.id).toBe(first.body.id);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');

    await api.deps.db('idempotency_keys').where({ key }).delete();
    const late = await receive(code, { quantity: 12, note: 'pallet 1' }, key);
    expect(late.status).toBe(201);
    expect(late.body).toMatchObject({ id: first.body.id, duplicate: true, stockAfter: 12 });
    await api.deps.db('idempotency_keys').where({ key }).delete();
    const other = await receive(code, { quantity: 13, note: 'pallet 1' }, key);
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('idempotency_key_reused');

    expect(await stockOf(code)).toBe(12);
    expect((await history(code)).items).toHaveLength(1);
  });

  it('counts every one of many receipts at once exactly', async () => {
    const code = await testModel(1);
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => receive(code, { quantity: i + 1 }, randomUUID())));
    expect(results.map((r) => r.status)).toEqual(Array(12).fill(201));
    expect(await stockOf(code)).toBe(1 + 78);
    const after = results.map((r) => r.body.stockAfter as number).sort((a, b) => a - b);
    expect(after.at(-1)).toBe(79);
    expect(new Set(after).size).toBe(12);
  });

  it('refuses a quantity that is not 1 to 10,000 whole units, an unknown model, and anyone but an operator', async () => {
    const code = await testModel(4);
    for (const quantity of [0, -3, 1.5, 10_001, '5'])
      expect((await receive(code, { quantity }, randomUUID())).body, String(quantity)).toMatchObject({
        status: 422,
        code: 'validation_failed',
      });
    const long = await receive(code, { quantity: 1, note: 'x'.repeat(501) }, randomUUID());
    expect(long.body.errors[0]).toMatchObject({ field: 'body.note', code: 'too_big' });
    const unknownField = await receive(code, { quantity: 1, price: 5 }, randomUUID());
    expect(unknownField.body.errors[0].code).toBe('unknown_field');
    const missing = await receive('NOPE-404', { quantity: 1 }, randomUUID());
    expect(missing.status).toBe(404);
    expect((await api.request('GET', '/v1/devices/models/NOPE-404/stock-receipts', { token: operator })).status).toBe(404);

    const warehouse = await staffLogin(api, 'warehouse');
    const customer = await signUp(api);
    expect((await receive(code, { quantity: 1 }, randomUUID(), warehouse)).status).toBe(403);
    expect((await receive(code, { quantity: 1 }, randomUUID(), customer.token)).status).toBe(403);
    expect((await api.request('GET', '/v1/devices/stock', { token: customer.token })).status).toBe(403);
    expect(await stockOf(code)).toBe(4);
  });
});
