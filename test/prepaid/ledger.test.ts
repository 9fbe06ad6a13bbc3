import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, startTestApi, type TestApi } from '../support/api';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const ledger = () => api.deps.stores.ledger;
const topup = (accountId: string, amount: number, key: string = randomUUID()) =>
  ledger().post({ accountId, amount, kind: 'topup', reference: `test:${key}`, idempotencyKey: `topup:${key}` });

describe('prepaid ledger', () => {
  it('applies a movement once however often it is retried', async () => {
    const acct = await signUp(api);
    const first = await topup(acct.accountId, 5000, 'same-key-' + acct.accountId);
    const again = await topup(acct.accountId, 5000, 'same-key-' + acct.accountId);
    expect(first.applied).toBe(true);
    expect(again.applied).toBe(false);
    expect(again.entry.id).toBe(first.entry.id);
    expect(await ledger().balance(acct.accountId)).toBe(5000);
  });

  it('applies a movement once when 30 retries race each other', async () => {
    const acct = await signUp(api);
    const key = randomUUID();
    const results = await Promise.all(Array.from({ length: 30 }, () => topup(acct.accountId, 1234, key)));
    expect(results.filter((r) => r.applied)).toHaveLength(1);
    expect(await ledger().balance(acct.accountId)).toBe(1234);
  });

  it('refuses a key reused for a different amount', async () => {
    const acct = await signUp(api);
    await topup(acct.accountId, 1000, 'k-' + acct.accountId);
    await expect(topup(acct.accountId, 2000, 'k-' + acct.accountId)).rejects.toMatchObject({ code: 'ledger_key_reused' });
  });

  it('never lets concurrent debits spend more than the balance', async () => {
    const acct = await signUp(api);
    await topup(acct.accountId, 10_000);
    const debits = await Promise.allSettled(
      Array.from({ length: 25 }, (_, i) =>
        ledger().post({
          accountId: acct.accountId,
          amount: -1_100,
          kind: 'purchase',
          reference: `order-${i}`,
          idempotencyKey: `debit:${acct.accountId}:${i}`,
        }),
      ),
    );
    expect(debits.filter((d) => d.status === 'fulfilled')).toHaveLength(9);
    const refused = debits.filter((d): d is PromiseRejectedResult => d.status === 'rejected');
    expect(refused).toHaveLength(16);
    expect(refused[0]!.reason).toMatchObject({ code: 'insufficient_balance' });
    expect(await ledger().balance(acct.accountId)).toBe(100);
  });

  it('keeps the cached balance equal to the sum of entries', async () => {
    const acct = await signUp(api);
    await topup(acct.accountId, 3000);
    await ledger().post({
      accountId: acct.accountId,
      amount: -1210,
      kind: 'purchase',
      reference: 'o1',
      idempotencyKey: `p:${acct.accountId}`,
    });
    await ledger().post({
      accountId: acct.accountId,
      amount: 1210,
      kind: 'refund',
      reference: 'o1',
      idempotencyKey: `r:${acct.accountId}`,
    });
    expect(await ledger().findImbalances([acct.accountId])).toEqual([]);
    const sum = await api.deps.db('ledger_entries').where({ account_id: acct.accountId }).sum('amount as s').first();
    expect(Number(sum!.s)).toBe(await ledger().balance(acct.accountId));
  });

  it('is append-only: the database refuses edits and deletes of entries', async () => {
    const acct = await signUp(api);
    const { entry } = await topup(acct.accountId, 1000);
    await expect(api.deps.db('ledger_entries').where({ id: entry.id }).update({ amount: 999999 })).rejects.toThrow(/append-only/);
    await expect(api.deps.db('ledger_entries').where({ id: entry.id }).delete()).rejects.toThrow(/append-only/);
  });
});

describe('prepaid balance and history API', () => {
  it('shows the remaining balance and every movement newest first, paged', async () => {
    const acct = await signUp(api);
    for (const amount of [1000, 2000, 3000]) await topup(acct.accountId, amount);
    const balance = await api.request('GET', '/v1/prepaid/balance', { token: acct.token });
    expect(balance.body).toEqual({ balance: 6000, currency: 'JPY' });
    const page1 = await api.request('GET', '/v1/prepaid/ledger?limit=2', { token: acct.token });
    expect(page1.body.items.map((e: { amount: number }) => e.amount)).toEqual([3000, 2000]);
    expect(page1.body.items[0]).toMatchObject({ balanceAfter: 6000, currency: 'JPY' });
    expect(page1.body.nextCursor).toEqual(expect.any(String));
    const page2 = await api.request('GET', `/v1/prepaid/ledger?limit=2&cursor=${page1.body.nextCursor}`, { token: acct.token });
    expect(page2.body.items.map((e: { amount: number }) => e.amount)).toEqual([1000]);
    expect(page2.body.nextCursor).toBeNull();
  });

  it('refuses a page size above 200 naming the limit', async () => {
    const acct = await signUp(api);
    const res = await api.request('GET', '/v1/prepaid/ledger?limit=201', { token: acct.token, headers: { 'accept-language': 'en' } });
    expect(res.status).toBe(422);
    expect(res.body.errors[0]).toMatchObject({ field: 'query.limit', message: 'limit must be at most 200.' });
  });
});
