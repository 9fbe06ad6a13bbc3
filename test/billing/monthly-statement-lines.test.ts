import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jstMonthOf, jstMonthStart, nextMonth } from '../../domain/billing/months';
import { staffLogin, startTestApi, type TestApi } from '../support/api';
import { buyServices, customerWithCircle } from '../support/services';
import { placeOrder, waitForOrderStatus } from '../devices/devices-fixtures';
import { addUnique, eventually } from './billing-fixtures';

let api: TestApi;
let operator: string;
beforeAll(async () => {
  api = await startTestApi();
  operator = await staffLogin(api, 'operator');
});
afterAll(() => api?.close());

type Line = { id: string; date: string; kind: string; description: string; quantity: number; taxRate: number; amount: number };

/** A device model of its own, so that stock is not shared with other tests. */
async function testModel(price: number): Promise<string> {
  const code = `T${randomUUID().slice(0, 8).toUpperCase()}`;
  await api.deps.db('device_models').insert({
    code,
    maker: 'Test',
    name: `Phone ${code}`,
    features: JSON.stringify({ ja: ['テスト'], en: ['test'] }),
    sip_accounts: 2,
    warranty_months: 6,
    price,
    stock: 10,
    sort_order: 99,
  });
  return code;
}

/** A charge booked in another month: the ledger is append-only, so it is written as it would have been then. */
async function chargeBookedAt(accountId: string, amount: number, at: Date) {
  return api.deps.db.transaction(async (trx) => {
    const { balance } = await trx('accounts').where({ id: accountId }).forUpdate().first('balance');
    const [row] = await trx('ledger_entries')
      .insert({
        account_id: accountId,
        amount: -amount,
        kind: 'manual_adjustment',
        reference: `test:${randomUUID()}`,
        idempotency_key: `test:${randomUUID()}`,
        balance_after: Number(balance) - amount,
        description: '前月の調整',
        created_at: at,
      })
      .returning('id');
    await trx('accounts')
      .where({ id: accountId })
      .update({ balance: Number(balance) - amount });
    return String(row.id);
  });
}

describe('monthly statement lines', () => {
  it("the monthly statement lists every charge of the month with its tax rate, and its total equals the month's ledger debits", async () => {
    const month = jstMonthOf(Date.now());
    const from = new Date(jstMonthStart(month));
    const to = new Date(jstMonthStart(nextMonth(month)));
    const c = await customerWithCircle(api, 200_000);
    const previous = await chargeBookedAt(c.accountId, 777, new Date(from.getTime() - 86_400_000));

    // A services order: a unique and a number, initial fee and first month.
    const { order: services } = await buyServices(api, c, { uniques: { sip_terminal: 1 }, numberQueries: ['kind=local'] });
    expect(services.status).toBe('completed');
    // A device order, and a second one cancelled before shipment (refunded).
    const model = await testModel(9_800);
    const devices = await placeOrder(api, c.token, { model, quantity: 2 });
    await waitForOrderStatus(api, c.token, devices.id, 'picking');
    const cancelled = await placeOrder(api, c.token, { model, quantity: 1 });
    await waitForOrderStatus(api, c.token, cancelled.id, 'picking');
    expect((await api.request('POST', `/v1/device-orders/${cancelled.id}/cancel`, { token: c.token })).status).toBe(200);
    await eventually(async () => api.deps.stores.ledger.findByKey(`devices:${cancelled.id}:refund`));

    // The month's fees run over a unique active since before the month (the one bought now paid its first month).
    const uniqueId = await addUnique(api, c.accountId, c.circleId);
    expect(await api.deps.stores.billing.chargeMonths(c.accountId, [month], null)).toMatchObject({ status: 'paid' });

    // Rated calls as the PBX reports them: two domestic (10%) and one international (exempt).
    const startedAt = new Date(Math.max(from.getTime(), Date.now() - 3_600_000)).toISOString();
    const records = ['0312345678', '09012345678', '+44 20 7946 0000'].map((destination) => ({
      callId: `call-${randomUUID()}`,
      uniqueId,
      destination,
      startedAt,
      durationSeconds: 95,
    }));
    const posted = await api.request('POST', '/v1/calls/cdrs', { token: operator, body: { records } });
    expect(posted.body.accepted).toBe(3);
    for (const r of records) await eventually(async () => (await api.deps.stores.cdrs.get(r.callId))?.ratedAt);

    // An operator's manual debit, with its reason.
    const adjusted = await api.request('POST', `/v1/operator/customers/${c.accountId}/adjustments`, {
      token: operator,
      body: { direction: 'debit', amount: 500, reason: '請求書再発行手数料' },
      headers: { 'idempotency-key': randomUUID() },
    });
    expect(adjusted.status).toBe(201);

    const res = await api.request('GET', `/v1/billing/statements/${month}`, { token: c.token });
    expect(res.status).toBe(200);
    const s = res.body as { lines: Line[]; taxByRate: Array<{ rate: number; taxable: number; tax: number }>; total: number } & Record<
      string,
      unknown
    >;

    // The month's ledger, read straight from its table.
    const entries: Array<{ id: string; kind: string; amount: string }> = await api.deps
      .db('ledger_entries')
      .where({ account_id: c.accountId })
      .where('created_at', '>=', from)
      .where('created_at', '<', to)
      .orderBy('id');
    const charges = entries.filter((e) => Number(e.amount) < 0 || e.kind === 'refund');
    expect(charges.map((e) => e.kind).sort()).toEqual(
      ['call_charge', 'manual_adjustment', 'monthly_fee', 'purchase', 'purchase', 'purchase', 'refund'].sort(),
    );
    const debits = charges.filter((e) => Number(e.amount) < 0).reduce((sum, e) => sum - Number(e.amount), 0);
    const refunds = charges.filter((e) => e.kind === 'refund').reduce((sum, e) => sum + Number(e.amount), 0);
    expect(s.total).toBe(debits - refunds);
    expect(s.lines.reduce((sum, l) => sum + l.amount, 0)).toBe(s.total);
    expect(s.taxByRate.reduce((sum, b) => sum + b.taxable + b.tax, 0)).toBe(s.total);

    // A line for every charge, with its ledger entry's ID, date (Japan time), tax rate and currency.
    const byId = new Map(s.lines.map((l) => [l.id, l]));
    for (const e of charges.filter((x) => x.kind !== 'call_charge')) {
      const line = byId.get(String(e.id));
      expect(line, `${e.kind} ${e.id}`).toBeDefined();
      expect(line!.amount).toBe(-Number(e.amount));
      expect(line!.date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+09:00$/);
      expect(line).toMatchObject({ currency: 'JPY' });
    }
    const kindOf = (id: string) => charges.find((e) => String(e.id) === id)?.kind;
    const purchases = s.lines.filter((l) => l.kind === 'purchase');
    expect(purchases).toHaveLength(3);
    expect(purchases.every((l) => l.taxRate === 10)).toBe(true);
    expect(purchases.find((l) => l.amount === services.total)?.description).toContain('Uniques and numbers');
    expect(purchases.find((l) => l.amount === devices.total)).toMatchObject({ quantity: 2, description: expect.stringContaining(` × 2`) });
    expect(s.lines.find((l) => l.kind === 'refund')).toMatchObject({ amount: -cancelled.total, taxRate: 10 });
    expect(s.lines.find((l) => l.kind === 'monthly_fee')).toMatchObject({ taxRate: 10, amount: 1210 });
    expect(kindOf(s.lines.find((l) => l.kind === 'monthly_fee')!.id)).toBe('monthly_fee');
    expect(s.lines.find((l) => l.kind === 'adjustment')).toMatchObject({
      taxRate: 0,
      amount: 500,
      description: expect.stringContaining('請求書再発行手数料'),
    });
    const calls = s.lines.filter((l) => l.kind === 'calls');
    expect(calls.map((l) => [l.id, l.taxRate, l.quantity])).toEqual([
      ['calls-10', 10, 2],
      ['calls-0', 0, 1],
    ]);
    const callDebits = charges.filter((e) => e.kind === 'call_charge').reduce((sum, e) => sum - Number(e.amount), 0);
    expect(calls.reduce((sum, l) => sum + l.amount, 0)).toBe(callDebits);

    // Tax per rate: each order's tax as it was priced and paid (rounded once per order), plus the
    // month's fees and calls as the accumulator rounded them once; nothing is rounded again.
    const buckets = await api.deps.db('billing_month_totals').where({ account_id: c.accountId, month });
    const bucket = (rate: number) => buckets.find((b) => b.tax_rate === rate) ?? { taxable: 0, tax: 0 };
    const orders = [services, devices].map((o) => ({ subtotal: o.subtotal as number, tax: o.tax as number }));
    expect(s.taxByRate).toEqual([
      {
        rate: 10,
        taxable: orders.reduce((sum, o) => sum + o.subtotal, 0) + Number(bucket(10).taxable),
        tax: orders.reduce((sum, o) => sum + o.tax, 0) + Number(bucket(10).tax),
        currency: 'JPY',
      },
      { rate: 0, taxable: Number(bucket(0).taxable) + 500, tax: 0, currency: 'JPY' },
    ]);

    // The previous month's charge is that month's, not this one's.
    expect(byId.has(previous)).toBe(false);
    const before = await api.request('GET', `/v1/billing/statements/${jstMonthOf(from.getTime() - 1)}`, { token: c.token });
    expect(before.body.lines).toEqual([expect.objectContaining({ id: previous, kind: 'adjustment', amount: 777, taxRate: 0 })]);
    expect(before.body.total).toBe(777);

    // The list of months carries the same totals.
    const list = await api.request('GET', '/v1/billing/statements', { token: c.token });
    expect(list.body.items.map((i: { month: string; total: number }) => [i.month, i.total])).toEqual([
      [month, s.total],
      [jstMonthOf(from.getTime() - 1), 777],
    ]);
  });
});
