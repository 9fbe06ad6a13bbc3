import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { affordableCall, callCost, withTaxCeiling, type Tariff } from '../../domain/billing/rating';
import { buyServices, customerWithCircle } from '../support/services';
import { eventually } from '../billing/billing-fixtures';
import { dial, sipToolsMissing, startSipStack, type CallOutcome, type SipAccount, type SipStack } from '../support/sip';

const missing = sipToolsMissing();
if (missing) console.warn(`test/sip/limits.test.ts skipped: ${missing}`);

/** The seeded mobile rate: ¥16 a minute in 30-second steps, 10% tax. */
const MOBILE: Tariff = { connectFeeMilli: 0, unitPriceMilli: 16_000, unitSeconds: 60, incrementSeconds: 30, taxRate: 10 };
/** A two-minute cap per call keeps the holds small enough to count. */
const CAP_SECONDS = 120;

describe.skipIf(missing !== null)('the balance limits calls through Kamailio', () => {
  let sip: SipStack;
  beforeAll(async () => {
    sip = await startSipStack({ CALL_MAX_SECONDS: String(CAP_SECONDS) });
  });
  afterAll(() => sip?.stop());

  /** A customer with one SIP terminal whose caller ID is set, left with exactly `balance` yen. */
  async function callerWithBalance(balance: number): Promise<{ accountId: string; phone: SipAccount & { uniqueId: string } }> {
    const c = await customerWithCircle(sip.api, 100_000);
    const { order, held } = await buyServices(sip.api, c, { uniques: { sip_terminal: 1 }, numberQueries: ['kind=local'] });
    expect(order.status).toBe('completed');
    const phone = (await sip.api.request('POST', `/v1/service-orders/${order.id}/credentials`, { token: c.token })).body.items[0];
    const number = held[0]!;
    const saved = await sip.api.request('PATCH', `/v1/uniques/${phone.id}/settings`, {
      token: c.token,
      body: { incomingNumberIds: [number.id], callerId: number.id },
    });
    expect(saved.status).toBe(200);
    const now = await sip.api.deps.stores.ledger.balance(c.accountId);
    await sip.api.deps.stores.ledger.post({
      accountId: c.accountId,
      amount: balance - now,
      kind: 'adjustment',
      reference: 'test',
      idempotencyKey: `test-set-balance:${c.accountId}`,
    });
    return { accountId: c.accountId, phone };
  }

  const explain = (r: CallOutcome) =>
    `sipp:\n${r.errors}\nlogs: ${r.logs.join(' | ')}\nKamailio:\n${sip.kamailio.logs().split('\n').slice(-20).join('\n')}`;

  const ratedCalls = (accountId: string, count: number) =>
    eventually(async () => {
      const rows = await sip.api.deps.db('cdrs').where({ account_id: accountId }).whereNotNull('rated_at');
      return rows.length >= count ? rows : undefined;
    }, 30_000);

  it('cuts a mobile call at 60 s ± 1 s when the balance pays for 60 s, and charges what it held at most', async () => {
    const balance = withTaxCeiling(callCost(MOBILE, 60), 10);
    expect(affordableCall(MOBILE, balance, CAP_SECONDS)?.maxSeconds).toBe(60);
    const c = await callerWithBalance(balance);

    const call = await dial(sip.kamailio, c.phone, '09012345678', { untilCut: true, timeoutSeconds: 90 });
    expect(call.connected, explain(call)).toBe(1);
    expect(call.exitCode, explain(call)).toBe(0);
    const record = await eventually(
      async () => sip.api.deps.db('sip_call_records').where({ username: c.phone.sipUser }).first(),
      40_000,
    ).catch(() => {
      throw new Error(`no call record from Kamailio within 40 s after the cut\n${explain(call)}`);
    });
    expect(record.duration_seconds).toBeGreaterThanOrEqual(59);
    expect(record.duration_seconds).toBeLessThanOrEqual(61);
    const [rated] = await ratedCalls(c.accountId, 1);
    // The proxy's timer may overrun the limit by a second; the customer pays for the 60 s granted.
    expect(rated.duration_seconds).toBe(Math.min(record.duration_seconds, 60));
    expect(Number(rated.cost)).toBe(callCost(MOBILE, Math.min(record.duration_seconds, 60)));
    expect(await sip.api.deps.stores.ledger.balance(c.accountId)).toBeGreaterThanOrEqual(0);
  }, 120_000);

  it('lets 10 of 50 simultaneous calls through on a balance that holds 10, and never charges more than the balance', async () => {
    const hold = withTaxCeiling(callCost(MOBILE, CAP_SECONDS), 10);
    const c = await callerWithBalance(hold * 10);

    const calls = await dial(sip.kamailio, c.phone, '09012345678', { calls: 50, ratePerSecond: 50, talkMs: 3000, timeoutSeconds: 60 });
    expect(calls.connected, explain(calls)).toBe(10);
    expect(calls.refused, explain(calls)).toHaveLength(40);
    expect(new Set(calls.refused.map((r) => `${r.status} ${r.reason}`))).toEqual(new Set(['402 insufficient_balance']));

    const rated = await ratedCalls(c.accountId, 10);
    expect(rated).toHaveLength(10);
    const charged = hold * 10 - (await sip.api.deps.stores.ledger.balance(c.accountId));
    const costs = rated.reduce((s, r) => s + Number(r.cost), 0);
    expect(charged).toBeGreaterThanOrEqual(costs);
    expect(charged).toBeLessThanOrEqual(hold * 10);
    expect(await sip.api.deps.stores.reservations.activeFor(c.accountId)).toBe(0);
  }, 120_000);
});
