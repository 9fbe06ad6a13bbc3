import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffLogin, startTestApi, type TestApi } from '../support/api';
import { customerWithUnique, eventually } from './billing-fixtures';

// The yen on hold is a running total on the account (migration 026), moved by triggers whenever a
// hold comes or goes. These tests move holds through every path and compare the total with the
// holds themselves.
let api: TestApi;
let operator: string;
beforeAll(async () => {
  api = await startTestApi({ CALL_MAX_SECONDS: '60' });
  operator = await staffLogin(api, 'operator');
});
afterAll(() => api.close());

const authorize = (uniqueId: string, destination: string, callId: string) =>
  api.request('POST', '/v1/calls/authorize', { token: operator, body: { uniqueId, destination, callId } });

const totals = async (accountId: string) => {
  const { rows } = await api.deps.db.raw(
    `select a.held_yen::int as total, (select coalesce(sum(amount), 0)::int from call_reservations r where r.account_id = a.id) as holds
       from accounts a where a.id = ?`,
    [accountId],
  );
  return rows[0] as { total: number; holds: number };
};

describe('the running total of held yen', () => {
  it('follows holds made, repeated, settled by a CDR, expired and purged', async () => {
    const c = await customerWithUnique(api, { balance: 100 });
    const calls = [`call-${randomUUID()}`, `call-${randomUUID()}`, `call-${randomUUID()}`];
    const answers = [];
    for (const id of calls) answers.push((await authorize(c.uniqueId, '09011112222', id)).body);
    // Each holds a minute of mobile (¥18); the same call asked again holds nothing more.
    expect(answers.map((a) => a.reserved)).toEqual([18, 18, 18]);
    await authorize(c.uniqueId, '09011112222', calls[0]!);
    expect(await totals(c.accountId)).toEqual({ total: 54, holds: 54 });
    expect(await api.deps.stores.reservations.activeFor(c.accountId)).toBe(54);

    // The CDR of the first call settles its hold.
    const cdr = {
      callId: calls[0],
      uniqueId: c.uniqueId,
      direction: 'outbound',
      destination: '09011112222',
      startedAt: '2026-11-20T10:00:00+09:00',
      durationSeconds: 30,
    };
    expect((await api.request('POST', '/v1/calls/cdrs', { token: operator, body: { records: [cdr] } })).status).toBeLessThan(300);
    expect(await totals(c.accountId)).toEqual({ total: 36, holds: 36 });

    // The second call never reports: once its hold expires it no longer counts, before any purge.
    await api.deps
      .db('call_reservations')
      .where({ call_id: calls[1] })
      .update({ expires_at: new Date(Date.now() - 3_600_000) });
    expect(await api.deps.stores.reservations.activeFor(c.accountId)).toBe(18);
    // With exactly one more minute's worth left beside the live hold, the call is allowed only if the
    // authorisation no longer counts the expired hold (counting it, ¥18 + ¥18 would leave nothing).
    // First let the first call's rating debit land, so that it cannot move the balance afterwards.
    await eventually(async () => (await api.deps.stores.cdrs.get(calls[0]!))?.ratedAt);
    await api.deps.db('accounts').where({ id: c.accountId }).update({ balance: 36 });
    const next = (await authorize(c.uniqueId, '09011112222', `call-${randomUUID()}`)).body;
    expect(next).toMatchObject({ allowed: true, reserved: 18 });

    // The purge removes the expired hold from the total too; what is live stays.
    await api.deps.stores.reservations.purgeExpired(0);
    const after = await totals(c.accountId);
    expect(after.total).toBe(after.holds);
    expect(await api.deps.stores.reservations.activeFor(c.accountId)).toBe(after.total);
  });

  it('never lets a hold change its amount behind the total', async () => {
    const c = await customerWithUnique(api, { balance: 100 });
    const callId = `call-${randomUUID()}`;
    await authorize(c.uniqueId, '0312345678', callId);
    await expect(api.deps.db('call_reservations').where({ call_id: callId }).update({ amount: 1 })).rejects.toThrow(/cannot change/);
    const t = await totals(c.accountId);
    expect(t.total).toBe(t.holds);
  });

  it('stays equal to the holds of every account after many calls at once and a batch of CDRs over several accounts', async () => {
    const customers = await Promise.all(Array.from({ length: 4 }, () => customerWithUnique(api, { balance: 500 })));
    const made = await Promise.all(
      customers.flatMap((c) =>
        Array.from({ length: 8 }, async () => {
          const callId = `call-${randomUUID()}`;
          const res = await authorize(c.uniqueId, '0312345678', callId);
          return { c, callId, allowed: res.body.allowed as boolean };
        }),
      ),
    );
    const records = made
      .filter((m, i) => m.allowed && i % 2 === 0)
      .map((m) => ({
        callId: m.callId,
        uniqueId: m.c.uniqueId,
        direction: 'outbound',
        destination: '0312345678',
        startedAt: '2026-11-20T10:00:00+09:00',
        durationSeconds: 10,
      }));
    // Two batches at once over the same accounts: the release trigger locks accounts in one order.
    const half = Math.ceil(records.length / 2);
    const posted = await Promise.all(
      [records.slice(0, half), records.slice(half)].map((batch) =>
        api.request('POST', '/v1/calls/cdrs', { token: operator, body: { records: batch } }),
      ),
    );
    for (const p of posted) expect(p.status).toBeLessThan(300);
    for (const c of customers) {
      const t = await totals(c.accountId);
      expect(t.total).toBe(t.holds);
      expect(t.total).toBeLessThanOrEqual(500);
    }
  });
});
