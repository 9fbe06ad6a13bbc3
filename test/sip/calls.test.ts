import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callCost } from '../../domain/billing/rating';
import { buyServices, customerWithCircle } from '../support/services';
import { eventually } from '../billing/billing-fixtures';
import {
  callFromCarrier,
  dial,
  registeredPhone,
  sipToolsMissing,
  startSipStack,
  type CallOutcome,
  type SipAccount,
  type SipStack,
} from '../support/sip';

const missing = sipToolsMissing();
if (missing) console.warn(`test/sip/calls.test.ts skipped: ${missing}`);

describe.skipIf(missing !== null)('calls through Kamailio follow the unique settings and are billed', () => {
  let sip: SipStack;
  beforeAll(async () => {
    sip = await startSipStack();
  });
  afterAll(() => sip?.stop());

  type Phone = SipAccount & { uniqueId: string };
  /** A customer with SIP terminals and numbers (by search query), and each unique's SIP account. */
  async function customerWithPhones(count: number, numberQueries: string[] = [], balance = 100_000) {
    const c = await customerWithCircle(sip.api, balance);
    const { order, held } = await buyServices(sip.api, c, { uniques: { sip_terminal: count }, numberQueries });
    expect(order.status).toBe('completed');
    const shown = await sip.api.request('POST', `/v1/service-orders/${order.id}/credentials`, { token: c.token });
    expect(shown.status).toBe(200);
    // Each credential is the unique's (its id).
    const phones = (shown.body.items as Array<SipAccount & { id: string }>).map((p): Phone => ({ ...p, uniqueId: p.id }));
    return { ...c, phones, numbers: held };
  }

  const settings = (token: string, uniqueId: string, body: Record<string, unknown>) =>
    sip.api.request('PATCH', `/v1/uniques/${uniqueId}/settings`, { token, body }).then((r) => {
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      return r.body;
    });

  const explain = (r: CallOutcome) =>
    `sipp:\n${r.errors}\nlogs: ${r.logs.join(' | ')}\nKamailio:\n${sip.kamailio.logs().split('\n').slice(-25).join('\n')}`;

  it('rings another unique of the circle by its extension, showing the caller’s outgoing extension', async () => {
    const c = await customerWithPhones(2);
    const [a, b] = c.phones as [Phone, Phone];
    const bSettings = await sip.api.request('GET', `/v1/uniques/${b.uniqueId}/settings`, { token: c.token });
    await settings(c.token, a.uniqueId, { outgoingExtension: '7001' });
    const phoneB = await registeredPhone(sip.kamailio, b);
    const call = await dial(sip.kamailio, a, bSettings.body.incomingExtension, { talkMs: 500 });
    expect(call.connected, explain(call)).toBe(1);
    const answered = await phoneB.done;
    expect(answered.exitCode, answered.errors).toBe(0);
    expect(answered.logs).toContainEqual(expect.stringMatching(/from=7001 /));
  });

  it('connects a 5-second call to an 03 number with the caller-ID number, and rates and debits its CDR to the yen', async () => {
    const c = await customerWithPhones(1, ['kind=local']);
    const [a] = c.phones as [Phone];
    const number = c.numbers[0]!;
    await settings(c.token, a.uniqueId, { incomingNumberIds: [number.id], callerId: number.id });
    const before = await sip.api.deps.stores.ledger.balance(c.accountId);
    const call = await dial(sip.kamailio, a, '0312345678', { talkMs: 5000 });
    expect(call.connected, explain(call)).toBe(1);
    expect(sip.carrier.logs()).toContainEqual(`INVITE to=0312345678 from=+81${number.number.slice(1)} pai=+81${number.number.slice(1)}`);

    const record = await eventually(async () => sip.api.deps.db('sip_call_records').where({ username: a.sipUser }).first());
    expect(record.duration_seconds).toBeGreaterThanOrEqual(5);
    expect(record.duration_seconds).toBeLessThanOrEqual(6);
    const rated = await eventually(async () => {
      const r = await sip.api.deps.stores.cdrs.get(record.call_id);
      return r?.ratedAt ? r : undefined;
    });
    const fixed = { connectFeeMilli: 0, unitPriceMilli: 8000, unitSeconds: 180, incrementSeconds: 180, taxRate: 10 as const };
    expect(rated).toMatchObject({
      class: 'fixed',
      uniqueId: a.uniqueId,
      durationSeconds: record.duration_seconds,
      cost: callCost(fixed, record.duration_seconds),
    });
    const after = await sip.api.deps.stores.ledger.balance(c.accountId);
    expect(before - after).toBe(rated.cost! + Math.floor((rated.cost! * 10) / 100));
    expect(await sip.api.deps.stores.reservations.activeFor(c.accountId)).toBe(0);
  });

  it('rings every unique that has a 0120 number in parallel; the first to answer takes the call, billed to the holder', async () => {
    const c = await customerWithPhones(2, ['kind=freecall']);
    const [a, b] = c.phones as [Phone, Phone];
    const free = c.numbers[0]!;
    for (const p of [a, b]) await settings(c.token, p.uniqueId, { incomingNumberIds: [free.id], callerId: free.id });
    const answers = await registeredPhone(sip.kamailio, a, 'answers');
    const rings = await registeredPhone(sip.kamailio, b, 'rings');
    const before = await sip.api.deps.stores.ledger.balance(c.accountId);
    const call = await callFromCarrier(sip, free.number, { talkMs: 2000 });
    expect(call.connected, explain(call)).toBe(1);
    for (const phone of [await answers.done, await rings.done]) {
      expect(phone.exitCode, phone.errors).toBe(0);
      expect(phone.logs).toContainEqual(expect.stringMatching(/^INVITE to=/));
    }
    const record = await eventually(async () => sip.api.deps.db('sip_call_records').where({ destination: free.number }).first());
    expect(record).toMatchObject({ direction: 'inbound', username: a.sipUser });
    const rated = await eventually(async () => {
      const r = await sip.api.deps.stores.cdrs.get(record.call_id);
      return r?.ratedAt ? r : undefined;
    });
    expect(rated).toMatchObject({ class: 'freecall', chargedAccountId: c.accountId, uniqueId: a.uniqueId });
    expect(rated.cost).toBeGreaterThan(0);
    expect(before - (await sip.api.deps.stores.ledger.balance(c.accountId))).toBe(rated.cost! + Math.floor((rated.cost! * 10) / 100));
  });

  it('refuses a call to a number no unique has with 404 and a Reason, and one no phone is registered for with 480', async () => {
    const c = await customerWithPhones(1, ['kind=local', 'kind=local']);
    const [a] = c.phones as [Phone];
    const [used, unused] = [c.numbers[0]!, c.numbers[1]!];
    await settings(c.token, a.uniqueId, { incomingNumberIds: [used.id], callerId: used.id });
    const nobody = await callFromCarrier(sip, unused.number);
    expect(nobody.refused, explain(nobody)).toEqual([{ status: 404, reason: 'no_unique_for_number' }]);
    const notRegistered = await callFromCarrier(sip, `+81${used.number.slice(1)}`);
    expect(notRegistered.refused, explain(notRegistered)).toEqual([{ status: 480, reason: 'not_registered' }]);
  });

  it('refuses outbound-prohibited and suspended callers with 403 and the reason, and still connects 110', async () => {
    const c = await customerWithPhones(2, ['kind=local']);
    const [prohibited, suspended] = c.phones as [Phone, Phone];
    const number = c.numbers[0]!;
    await settings(c.token, prohibited.uniqueId, { incomingNumberIds: [number.id], callerId: 'prohibited' });
    await settings(c.token, suspended.uniqueId, { incomingNumberIds: [number.id], callerId: number.id });

    const refused = await dial(sip.kamailio, prohibited, '0312345678');
    expect(refused.refused, explain(refused)).toEqual([{ status: 403, reason: 'outbound_prohibited' }]);
    const emergency = await dial(sip.kamailio, prohibited, '110', { talkMs: 500 });
    expect(emergency.connected, explain(emergency)).toBe(1);

    await sip.api.deps.db('billing_accounts').insert({ account_id: c.accountId, owed_months: ['2026-11'], suspended_at: new Date() });
    const cut = await dial(sip.kamailio, suspended, '09012345678');
    expect(cut.refused, explain(cut)).toEqual([{ status: 403, reason: 'suspended' }]);
    const fire = await dial(sip.kamailio, suspended, '119', { talkMs: 500 });
    expect(fire.connected, explain(fire)).toBe(1);
    expect(sip.carrier.logs()).toContainEqual(`INVITE to=119 from=+81${number.number.slice(1)} pai=+81${number.number.slice(1)}`);
  });

  it('refuses an outside call from a unique with no caller-ID number, as the manual requires one', async () => {
    const c = await customerWithPhones(1);
    const [a] = c.phones as [Phone];
    const call = await dial(sip.kamailio, a, '0312345678');
    expect(call.refused, explain(call)).toEqual([{ status: 403, reason: 'no_caller_id' }]);
  });

  it('refuses a wrong SIP password on a call with 403 before any authorisation: no Reason, nothing held', async () => {
    const c = await customerWithPhones(1, ['kind=local']);
    const [a] = c.phones as [Phone];
    await settings(c.token, a.uniqueId, { incomingNumberIds: [c.numbers[0]!.id], callerId: c.numbers[0]!.id });
    const call = await dial(sip.kamailio, { ...a, sipPassword: `${a.sipPassword}x` }, '0312345678');
    expect(call.refused, explain(call)).toEqual([{ status: 403, reason: '' }]);
    expect(await sip.api.deps.db('call_reservations').where({ unique_id: a.uniqueId }).first()).toBeUndefined();
  });
});
