import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, startTestApi, staffLogin, type TestApi, allPages } from '../support/api';

let api: TestApi;
let operator: string;
let operator2: string;

beforeAll(async () => {
  api = await startTestApi({ ADJUSTMENT_APPROVAL_LIMIT: '10000' });
  operator = await staffLogin(api, 'operator');
  operator2 = await staffLogin(api, 'operator2');
});
afterAll(() => api.close());

async function customer(balance = 0) {
  const acct = await signUp(api, { language: 'en' });
  if (balance > 0)
    await api.deps.stores.ledger.post({
      accountId: acct.accountId,
      amount: balance,
      kind: 'adjustment',
      reference: 'test',
      idempotencyKey: `test:${randomUUID()}`,
    });
  return acct;
}

const adjust = (token: string, accountId: string, body: unknown, key: string | null = randomUUID()) =>
  api.request('POST', `/v1/operator/customers/${accountId}/adjustments`, {
    token,
    body,
    headers: { 'accept-language': 'en', ...(key ? { 'idempotency-key': key } : {}) },
  });
const decide = (token: string, id: string, action: 'approve' | 'reject', body?: unknown) =>
  api.request('POST', `/v1/operator/adjustments/${id}/${action}`, { token, body, headers: { 'accept-language': 'en' } });
const balanceOf = (accountId: string) => api.deps.stores.ledger.balance(accountId);
const manualEntries = (accountId: string) =>
  api.deps.db('ledger_entries').where({ account_id: accountId, kind: 'manual_adjustment' }).select('amount', 'reference', 'description');

describe('manual adjustments', () => {
  it('an adjustment at the limit is applied at once as a typed ledger entry carrying the reason', async () => {
    const acct = await customer();
    const res = await adjust(operator, acct.accountId, { direction: 'credit', amount: 10_000, reason: '  Outage on 3 Dec: goodwill  ' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.headers.get('location')).toBe(`/v1/operator/adjustments/${res.body.id}`);
    expect(res.body).toMatchObject({
      status: 'applied',
      direction: 'credit',
      amount: 10_000,
      currency: 'JPY',
      reason: 'Outage on 3 Dec: goodwill',
      approvalRequired: false,
      requestedBy: { name: 'Demo Operator' },
      decidedBy: null,
      balanceAfter: 10_000,
    });
    expect(await balanceOf(acct.accountId)).toBe(10_000);
    expect(await manualEntries(acct.accountId)).toEqual([
      { amount: 10_000, reference: `adjustment:${res.body.id}`, description: 'Outage on 3 Dec: goodwill' },
    ]);
    const customerView = await api.request('GET', '/v1/prepaid/ledger', { token: acct.token });
    expect(customerView.body.items[0]).toMatchObject({
      kind: 'manual_adjustment',
      amount: 10_000,
      description: 'Outage on 3 Dec: goodwill',
    });
    expect(await api.deps.stores.ledger.findImbalances([acct.accountId])).toEqual([]);
    // The Location answers the same adjustment.
    expect((await api.request('GET', `/v1/operator/adjustments/${res.body.id}`, { token: operator })).body).toEqual(res.body);
  });

  it('a repeated request with the same Idempotency-Key moves the money once', async () => {
    const acct = await customer(5_000);
    const key = randomUUID();
    const body = { direction: 'debit', amount: 1_200, reason: 'Duplicate top-up reversed' };
    const [a, b] = await Promise.all([adjust(operator, acct.accountId, body, key), adjust(operator, acct.accountId, body, key)]);
    const again = await adjust(operator, acct.accountId, body, key);
    const ok = [a, b, again].filter((r) => r.status === 201 || r.status === 200);
    expect(ok.length).toBeGreaterThanOrEqual(2);
    expect(new Set(ok.map((r) => r.body.id)).size).toBe(1);
    expect(await balanceOf(acct.accountId)).toBe(3_800);
    expect(await manualEntries(acct.accountId)).toHaveLength(1);
  });

  it('an adjustment without an Idempotency-Key is refused and says why', async () => {
    const acct = await customer();
    const res = await adjust(operator, acct.accountId, { direction: 'credit', amount: 100, reason: 'x' }, null);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('adjustment_key_required');
    expect(res.body.detail).toMatch(/Idempotency-Key/);
    expect(await balanceOf(acct.accountId)).toBe(0);
  });

  it('a blank reason, a zero, fractional or huge amount, and an unknown direction are refused with what is allowed', async () => {
    const acct = await customer();
    for (const body of [
      { direction: 'credit', amount: 100, reason: '   ' },
      { direction: 'credit', amount: 100 },
      { direction: 'credit', amount: 100, reason: 'x'.repeat(501) },
      { direction: 'credit', amount: 0, reason: 'x' },
      { direction: 'credit', amount: 10.5, reason: 'x' },
      { direction: 'credit', amount: 5_000_001, reason: 'x' },
      { direction: 'gift', amount: 100, reason: 'x' },
    ]) {
      const res = await adjust(operator, acct.accountId, body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.body.code).toBe('validation_failed');
      expect(res.body.errors[0].message.length).toBeGreaterThan(0);
    }
    expect(await balanceOf(acct.accountId)).toBe(0);
  });

  it('a debit that would take the balance below zero is refused with the figures', async () => {
    const acct = await customer(3_000);
    const res = await adjust(operator, acct.accountId, { direction: 'debit', amount: 3_001, reason: 'Too much' });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('insufficient_balance');
    expect(res.body.detail).toContain('¥3,001');
    expect(res.body.detail).toContain('¥3,000');
    const pendingTooBig = await adjust(operator, acct.accountId, { direction: 'debit', amount: 20_000, reason: 'Too much' });
    expect(pendingTooBig.status).toBe(422);
    expect(await balanceOf(acct.accountId)).toBe(3_000);
    expect(await api.deps.db('adjustments').where({ account_id: acct.accountId }).count({ n: '*' })).toEqual([{ n: 0 }]);
  });

  it('an unknown account is 404', async () => {
    const res = await adjust(operator, randomUUID(), { direction: 'credit', amount: 100, reason: 'x' });
    expect(res.status).toBe(404);
  });

  it('above the limit it waits for a second operator; the requester cannot approve; approving twice applies once', async () => {
    const acct = await customer();
    const req = await adjust(operator, acct.accountId, { direction: 'credit', amount: 10_001, reason: 'Refund of a faulty device' });
    expect(req.status).toBe(201);
    expect(req.body).toMatchObject({ status: 'pending', approvalRequired: true, ledgerEntryId: null });
    expect(await balanceOf(acct.accountId)).toBe(0);

    const queue = await allPages(api, '/v1/operator/adjustments?status=pending', operator2);
    expect(queue.map((a: { id: string }) => a.id)).toContain(req.body.id);

    const own = await decide(operator, req.body.id, 'approve');
    expect(own.status).toBe(403);
    expect(own.body.code).toBe('adjustment_own_request');
    expect(own.body.detail).toMatch(/different operator/);
    expect(await balanceOf(acct.accountId)).toBe(0);

    const [first, second] = await Promise.all([decide(operator2, req.body.id, 'approve'), decide(operator2, req.body.id, 'approve')]);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(first.body).toMatchObject({ status: 'applied', decidedBy: { name: 'Demo Operator 2' }, balanceAfter: 10_001 });
    expect((await decide(operator2, req.body.id, 'approve')).status).toBe(200);
    expect(await balanceOf(acct.accountId)).toBe(10_001);
    expect(await manualEntries(acct.accountId)).toHaveLength(1);

    const rejectLate = await decide(operator2, req.body.id, 'reject', { reason: 'changed my mind' });
    expect(rejectLate.status).toBe(409);
    expect(rejectLate.body.code).toBe('adjustment_decided');
    const after = await allPages(api, '/v1/operator/adjustments?status=pending', operator2);
    expect(after.map((a: { id: string }) => a.id)).not.toContain(req.body.id);
  });

  it('a rejected adjustment keeps its reason and can no longer be approved', async () => {
    const acct = await customer();
    const req = await adjust(operator, acct.accountId, { direction: 'credit', amount: 50_000, reason: 'Big goodwill' });
    const rej = await decide(operator2, req.body.id, 'reject', { reason: 'No ticket for this' });
    expect(rej.status).toBe(200);
    expect(rej.body).toMatchObject({ status: 'rejected', decisionNote: 'No ticket for this', decidedBy: { name: 'Demo Operator 2' } });
    expect((await decide(operator2, req.body.id, 'reject', { reason: 'again' })).body.status).toBe('rejected');
    const approve = await decide(operator2, req.body.id, 'approve');
    expect(approve.status).toBe(409);
    expect(approve.body.detail).toMatch(/already rejected/);
    expect((await decide(operator2, req.body.id, 'reject', { reason: ' ' })).status).toBe(422);
    expect(await balanceOf(acct.accountId)).toBe(0);
  });

  it('a pending debit the balance can no longer pay is refused at approval and stays pending', async () => {
    const acct = await customer(30_000);
    const req = await adjust(operator, acct.accountId, { direction: 'debit', amount: 25_000, reason: 'Chargeback' });
    expect(req.body.status).toBe('pending');
    await api.deps.stores.ledger.post({
      accountId: acct.accountId,
      amount: -10_000,
      kind: 'call_charge',
      reference: 'test',
      idempotencyKey: `test:${randomUUID()}`,
    });
    const res = await decide(operator2, req.body.id, 'approve');
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('insufficient_balance');
    expect((await api.deps.stores.adjustments.get(req.body.id))!.status).toBe('pending');
    expect(await balanceOf(acct.accountId)).toBe(20_000);
  });

  it('the database itself refuses an approval by the requester', async () => {
    const acct = await customer();
    const req = await adjust(operator, acct.accountId, { direction: 'credit', amount: 20_000, reason: 'Constraint check' });
    const staffId = req.body.requestedBy.id as string;
    await expect(
      api.deps
        .db('adjustments')
        .where({ id: req.body.id })
        .update({ status: 'applied', decided_by: staffId, decided_at: new Date(), ledger_entry_id: 1 }),
    ).rejects.toThrow(/adjustments_four_eyes_ck/);
  });

  it('warehouse staff and customers cannot adjust or approve', async () => {
    const acct = await customer();
    const warehouse = await staffLogin(api, 'warehouse');
    expect((await adjust(warehouse, acct.accountId, { direction: 'credit', amount: 100, reason: 'x' })).status).toBe(403);
    expect((await adjust(acct.token, acct.accountId, { direction: 'credit', amount: 100, reason: 'x' })).status).toBe(403);
    expect((await api.request('GET', '/v1/operator/adjustments', { token: acct.token })).status).toBe(403);
  });
});
