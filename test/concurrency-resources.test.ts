import { randomInt, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, staffLogin, startTestApi, type TestApi } from './support/api';
import { customerWithCircle } from './support/services';
import { credit, customerWithUnique, eventually } from './billing/billing-fixtures';
import { SHIP_TO } from './devices/devices-fixtures';

// Issue 8 §4: at least 50 concurrent clients race for one scarce thing, and the outcome is exact.
const CLIENTS = 50;

let api: TestApi;
let accounts: Array<{ accountId: string; token: string }>;
beforeAll(async () => {
  // One-minute calls make a call's hold small and fixed (¥18 to a mobile), so balances are easy to size.
  api = await startTestApi({ CALL_MAX_SECONDS: '60' });
  accounts = await Promise.all(Array.from({ length: CLIENTS }, () => signUp(api, { language: 'en' })));
});
afterAll(() => api.close());

const count = <T>(items: T[], pred: (x: T) => boolean) => items.filter(pred).length;

/** A sellable local number of our own, so no other test file can race for it. */
async function freshNumber(): Promise<{ id: string; number: string }> {
  for (;;) {
    const number = `03${randomInt(10 ** 7, 10 ** 8)}`;
    const [row] = await api.deps
      .db('phone_numbers')
      .insert({ number, kind: 'local', area_code: '03', country: 'JP', status: 'available' })
      .onConflict('number')
      .ignore()
      .returning('id');
    if (row) return { id: row.id as string, number };
  }
}

describe('race for the same phone number', () => {
  it('lets exactly one of 50 accounts hold a number; the other 49 get 409 and nobody finds it in search', async () => {
    const target = await freshNumber();
    const found = await api.request('GET', `/v1/numbers/search?contains=${target.number}`, { token: accounts[0]!.token });
    expect(found.body.items.map((n: { id: string }) => n.id)).toEqual([target.id]);

    const answers = await Promise.all(
      accounts.map((a) => api.request('POST', '/v1/numbers/holds', { token: a.token, body: { numberId: target.id } })),
    );

    expect(count(answers, (r) => r.status === 201)).toBe(1);
    expect(count(answers, (r) => r.status === 409 && r.body.code === 'number_unavailable')).toBe(CLIENTS - 1);
    const winner = accounts[answers.findIndex((r) => r.status === 201)]!;
    const row = await api.deps.db('phone_numbers').where({ id: target.id }).first();
    expect(row).toMatchObject({ status: 'held', held_by_account_id: winner.accountId });
    const searches = await Promise.all(
      accounts.map((a) => api.request('GET', `/v1/numbers/search?contains=${target.number}`, { token: a.token })),
    );
    expect(searches.every((s) => s.status === 200 && s.body.items.length === 0)).toBe(true);
    const holdId = answers.find((r) => r.status === 201)!.body.id as string;
    expect((await api.request('DELETE', `/v1/numbers/holds/${holdId}`, { token: winner.token })).status).toBe(204);
  });
});

describe('race for the same stock unit', () => {
  it('with 7 units in stock accepts exactly 7 of 50 concurrent orders, refuses 43 out_of_stock, and debits 7 totals', async () => {
    const stock = 7;
    const code = `T${randomUUID().slice(0, 8).toUpperCase()}`;
    await api.deps.db('device_models').insert({
      code,
      maker: 'Test',
      name: code,
      features: JSON.stringify({ ja: ['テスト'], en: ['test'] }),
      sip_accounts: 2,
      warranty_months: 6,
      price: 1_000,
      stock,
      sort_order: 99,
    });
    await Promise.all(accounts.map((a) => credit(api, a.accountId, 5_000)));
    const stockNow = async () => Number((await api.deps.db('device_models').where({ code }).first('stock')).stock);
    const before = new Map(
      await Promise.all(accounts.map(async (a) => [a.accountId, await api.deps.stores.ledger.balance(a.accountId)] as const)),
    );

    // Sample the stock while the orders race: it must never be seen below zero.
    let racing = true;
    const samples: number[] = [];
    const sampler = (async () => {
      while (racing) {
        samples.push(await stockNow());
        await new Promise((r) => setTimeout(r, 5));
      }
    })();
    const answers = await Promise.all(
      accounts.map((a) =>
        api.request('POST', '/v1/device-orders', { token: a.token, body: { model: code, quantity: 1, shipTo: SHIP_TO } }),
      ),
    );
    racing = false;
    await sampler;

    const accepted = answers.filter((r) => r.status === 201);
    expect(accepted).toHaveLength(stock);
    expect(count(answers, (r) => r.status === 409 && r.body.code === 'out_of_stock')).toBe(CLIENTS - stock);
    expect(Math.min(...samples)).toBeGreaterThanOrEqual(0);
    expect(await stockNow()).toBe(0);
    const units = await api.deps.db('devices').where({ model_code: code }).count({ n: '*' }).first();
    expect(Number(units?.n)).toBe(stock);

    const total = accepted[0]!.body.total as number;
    expect(total).toBe(1_100);
    expect(accepted.every((r) => r.body.total === total)).toBe(true);
    // Each accepted order is debited once; the refused ones never touched a balance.
    const debits = await eventually(async () => {
      const rows = await api.deps
        .db('ledger_entries')
        .whereIn(
          'idempotency_key',
          accepted.map((r) => `devices:${r.body.id}:debit`),
        )
        .select('amount');
      return rows.length === stock ? rows : undefined;
    }, 25_000);
    expect(debits.reduce((s, d) => s + Number(d.amount), 0)).toBe(-stock * total);
    const after = await Promise.all(
      accounts.map(async (a) => before.get(a.accountId)! - (await api.deps.stores.ledger.balance(a.accountId))),
    );
    expect(after.reduce((s, d) => s + d, 0)).toBe(stock * total);
    expect(await api.deps.stores.ledger.findImbalances(accounts.map((a) => a.accountId))).toEqual([]);
  });
});

describe('race for the same balance', () => {
  it('authorises exactly K of 50 simultaneous calls when the balance pays K full holds, and holds exactly the balance', async () => {
    // A one-minute call to a mobile holds ¥18 (tax included). Each authorisation takes the account's
    // row lock, sees the other calls' holds and holds its longest affordable call; with ¥18 × K,
    // the first K hold a full minute each and nothing is left for the others.
    const K = 12;
    const probe = await customerWithUnique(api, { balance: 1_000 });
    const full = (
      await api.request('POST', '/v1/calls/authorize', {
        token: await operatorToken(),
        body: { uniqueId: probe.uniqueId, destination: '09011112222' },
      })
    ).body;
    expect(full).toMatchObject({ allowed: true, maxSeconds: 60, reserved: 18 });

    const c = await customerWithUnique(api, { balance: K * 18 });
    const operator = await operatorToken();
    const answers = await Promise.all(
      Array.from({ length: CLIENTS }, () =>
        api.request('POST', '/v1/calls/authorize', { token: operator, body: { uniqueId: c.uniqueId, destination: '09011112222' } }),
      ),
    );
    expect(answers.every((a) => a.status === 200)).toBe(true);
    const allowed = answers.filter((a) => a.body.allowed);
    expect(allowed).toHaveLength(K);
    expect(allowed.every((a) => a.body.reserved === 18 && a.body.maxSeconds === 60)).toBe(true);
    expect(count(answers, (a) => !a.body.allowed && a.body.reason === 'insufficient_balance')).toBe(CLIENTS - K);
    expect(new Set(allowed.map((a) => a.body.callId)).size).toBe(K);
    expect(await api.deps.stores.reservations.activeFor(c.accountId)).toBe(K * 18);
    // Holds are not debits: the balance itself is untouched until the CDRs arrive.
    expect(await api.deps.stores.ledger.balance(c.accountId)).toBe(K * 18);
  });

  it('completes exactly K of 50 concurrent purchases (distinct Idempotency-Keys) the balance pays for, debits each once and ends at zero', async () => {
    const K = 4;
    const c = await customerWithCircle(api, 0);
    const order = { circleId: c.circleId, uniques: { sip_terminal: 1 } };
    const quote = await api.request('POST', '/v1/service-orders/quote', { token: c.token, body: order });
    expect(quote.status).toBe(200);
    const total = quote.body.total as number;
    expect(total).toBe(2_420);
    await credit(api, c.accountId, K * total);

    const answers = await Promise.all(
      Array.from({ length: CLIENTS }, () =>
        api.request('POST', '/v1/service-orders', { token: c.token, body: order, headers: { 'idempotency-key': randomUUID() } }),
      ),
    );
    // Refused by the quote up front, or by the workflow's debit itself, which answers the placement:
    // 422 either way, and a refused order leaves no row.
    const started = answers.filter((a) => a.status === 201);
    const refused = answers.filter((a) => a.status === 422 && a.body.code === 'insufficient_balance');
    const others = answers.filter((a) => !started.includes(a) && !refused.includes(a)).map((a) => [a.status, a.body]);
    expect(started.length + refused.length, JSON.stringify(others)).toBe(CLIENTS);
    expect(started).toHaveLength(K);

    const ids = started.map((a) => a.body.id as string);
    const completed = await eventually(async () => {
      const rows = await api.deps.db('orders').whereIn('id', ids).select('id', 'status');
      return rows.length === K && rows.every((r) => r.status === 'completed') ? rows : undefined;
    }, 28_000);
    expect(await api.deps.db('orders').where({ account_id: c.accountId }).select('id')).toHaveLength(K);

    const entries = await api.deps.db('ledger_entries').where({ account_id: c.accountId }).select('amount', 'kind', 'idempotency_key');
    const purchases = entries.filter((e) => e.kind === 'purchase');
    expect(purchases.map((e) => e.idempotency_key).sort()).toEqual(completed.map((r) => `services:${r.id}:debit`).sort());
    expect(purchases.every((e) => Number(e.amount) === -total)).toBe(true);
    expect(entries.filter((e) => e.kind === 'refund')).toEqual([]);
    expect(await api.deps.stores.ledger.balance(c.accountId)).toBe(0);
    expect(entries.reduce((s, e) => s + Number(e.amount), 0)).toBe(0);
    expect(await api.deps.stores.ledger.findImbalances([c.accountId])).toEqual([]);
    // One unique per completed order, each on its own extension; the failed orders left none behind.
    const uniques = await api.deps.db('uniques').where({ circle_id: c.circleId }).select('status', 'incoming_extension');
    expect(uniques.filter((u) => u.status === 'active')).toHaveLength(K);
    expect(new Set(uniques.filter((u) => u.status === 'active').map((u) => u.incoming_extension)).size).toBe(K);
  });
});

let operatorTokenCache: string | undefined;
async function operatorToken(): Promise<string> {
  operatorTokenCache ??= await staffLogin(api, 'operator');
  return operatorTokenCache;
}
