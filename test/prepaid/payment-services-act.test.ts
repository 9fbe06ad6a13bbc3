import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LedgerKind } from '../../db/prepaid/ledger.store';
import { requiredDeposit } from '../../domain/prepaid/payment-services-act';
import { signUp, startTestApi, staffLogin, type TestApi } from '../support/api';

// The figures are absolute: the suite's database is new on each run, and the only other test that
// dates entries in the past (staff-unused-balance) brings its accounts back to zero by 2025-10-01.
// Every movement here is dated 2026-03-10 or later.
let api: TestApi;
let operator: string;

/** Books movements with the dates they happened on, keeping each entry's balance_after and the cached balance true. */
async function bookDated(accountId: string, movements: Array<{ at: string; amount: number; kind: LedgerKind }>) {
  await api.deps.db.transaction(async (trx) => {
    const account = await trx('accounts').where({ id: accountId }).forUpdate().first('balance');
    let balance = Number(account.balance);
    for (const m of [...movements].sort((a, b) => Date.parse(a.at) - Date.parse(b.at))) {
      balance += m.amount;
      await trx('ledger_entries').insert({
        account_id: accountId,
        amount: m.amount,
        kind: m.kind,
        reference: 'payment-services-act-test',
        idempotency_key: `payment-services-act-test:${randomUUID()}`,
        balance_after: balance,
        created_at: new Date(m.at),
      });
    }
    await trx('accounts').where({ id: accountId }).update({ balance });
  });
}

const report = (baseDate: string, token = operator, lang: 'en' | 'ja' = 'en') =>
  api.request('GET', `/v1/operator/reports/unused-balance?baseDate=${baseDate}`, { token, headers: { 'accept-language': lang } });

beforeAll(async () => {
  api = await startTestApi();
  operator = await staffLogin(api, 'operator');
  const [a, b, c, d] = [await signUp(api), await signUp(api), await signUp(api), await signUp(api)];
  await bookDated(a.accountId, [
    { at: '2026-03-10T10:00:00+09:00', amount: 1_500_000, kind: 'topup' },
    { at: '2026-03-31T23:59:59.999+09:00', amount: -2_345, kind: 'call_charge' },
    { at: '2026-09-10T10:00:00+09:00', amount: 4_500_000, kind: 'topup' },
    { at: '2026-09-30T23:59:59.999+09:00', amount: -121_112, kind: 'call_charge' },
    // At 24:00 exactly the base date has ended: this belongs to the next half-year.
    { at: '2026-10-01T00:00:00+09:00', amount: 9_999_999, kind: 'topup' },
  ]);
  await bookDated(b.accountId, [{ at: '2026-04-01T00:00:00+09:00', amount: 4_200_000, kind: 'topup' }]);
  // Calls took this account below zero; it is topped up only after the base date.
  await bookDated(c.accountId, [
    { at: '2026-03-20T10:00:00+09:00', amount: 1_000, kind: 'topup' },
    { at: '2026-03-25T10:00:00+09:00', amount: -3_500, kind: 'call_charge' },
    { at: '2026-10-02T10:00:00+09:00', amount: 10_000, kind: 'topup' },
  ]);
  await bookDated(d.accountId, [{ at: '2026-10-01T00:00:00+09:00', amount: 5_000, kind: 'topup' }]);
});
afterAll(() => api?.close());

describe('Payment Services Act: the unused balance on a base date', () => {
  it('the unused balance is the ledger at 24:00 Japan time on the base date, not today’s balances, to the yen', async () => {
    const res = await report('2026-09-30');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    // A: 1,500,000 - 2,345 + 4,500,000 - 121,112; B: 4,200,000. Today they hold 15,876,542 and 4,200,000.
    expect(res.body).toMatchObject({
      baseDate: '2026-09-30',
      asOf: '2026-10-01T00:00:00+09:00',
      currency: 'JPY',
      unusedBalance: 10_076_543,
      positiveAccounts: 2,
    });
    const march = await report('2026-03-31');
    expect(march.body).toMatchObject({
      baseDate: '2026-03-31',
      asOf: '2026-04-01T00:00:00+09:00',
      unusedBalance: 1_497_655,
      positiveAccounts: 1,
    });
  });

  it('an account below zero does not reduce the unused balance of the others', async () => {
    const res = await report('2026-09-30');
    // Netting C's -2,500 would give 10,074,043: it is shown apart instead.
    expect(res.body).toMatchObject({ unusedBalance: 10_076_543, negativeAccounts: 1, negativeBalance: -2_500 });
  });

  it('above ¥10,000,000 a deposit of at least half the unused balance, rounded up to the yen, is due by November 30', async () => {
    const res = await report('2026-09-30');
    expect(res.body).toMatchObject({
      threshold: 10_000_000,
      exceedsThreshold: true,
      requiredDeposit: 5_038_272,
      filingDeadline: '2026-11-30',
    });
  });

  it('at or below ¥10,000,000 no deposit is due; the report for March 31 is due by May 31', async () => {
    const res = await report('2026-03-31');
    expect(res.body).toMatchObject({ exceedsThreshold: false, requiredDeposit: 0, filingDeadline: '2026-05-31' });
    expect([requiredDeposit(10_000_000), requiredDeposit(10_000_001), requiredDeposit(10_000_002)]).toEqual([0, 5_000_001, 5_000_001]);
  });

  it('only March 31 and September 30 are base dates: another date is refused with 422 naming the allowed dates', async () => {
    const res = await report('2026-06-30');
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: 'not_a_base_date', field: 'query.baseDate' });
    expect(res.body.detail).toContain('March 31 and September 30');
    expect(res.body.detail).toContain('YYYY-03-31 or YYYY-09-30');
    const ja = await report('2026-12-31', operator, 'ja');
    expect(ja.status).toBe(422);
    expect(ja.body.detail).toContain('毎年3月31日と9月30日');
    const malformed = await report('2026-02-30');
    expect(malformed.status).toBe(422);
    expect(malformed.body.code).toBe('validation_failed');
  });

  it('a base date that has not ended is refused with 422: its figure is not yet known', async () => {
    const res = await report(`${new Date().getUTCFullYear() + 1}-09-30`);
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('base_date_not_ended');
    expect(res.body.detail).toContain('24:00 Japan time');
  });

  it('only operators and administrators see the report: a customer or the warehouse gets 403', async () => {
    const customer = await signUp(api);
    expect((await report('2026-09-30', customer.token)).status).toBe(403);
    expect((await report('2026-09-30', await staffLogin(api, 'warehouse'))).status).toBe(403);
    expect((await api.request('GET', '/v1/operator/reports/unused-balance?baseDate=2026-09-30')).status).toBe(401);
    const admin = await report('2026-09-30', await staffLogin(api, 'admin'));
    expect(admin.status).toBe(200);
    expect(admin.body.unusedBalance).toBe(10_076_543);
  });
});
