import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { affordableCall } from '../../domain/billing/rating';
import { signUp, staffLogin, startTestApi, type TestApi } from '../support/api';
import { addNumber, addUnique, customerWithUnique, eventually, randomNumber } from './billing-fixtures';

let api: TestApi;
let operator: string;
beforeAll(async () => {
  // A one-minute cap makes the holds small enough to count in the concurrency test.
  api = await startTestApi({ CALL_MAX_SECONDS: '60' });
  operator = await staffLogin(api, 'operator');
});
afterAll(() => api.close());

const authorize = (uniqueId: string, destination: string, callId?: string) =>
  api.request('POST', '/v1/calls/authorize', { token: operator, body: { uniqueId, destination, ...(callId ? { callId } : {}) } });

const cdr = (uniqueId: string, destination: string, durationSeconds: number, extra: Record<string, unknown> = {}) => ({
  callId: `call-${randomUUID()}`,
  uniqueId,
  direction: 'outbound',
  destination,
  startedAt: '2026-11-20T10:00:00+09:00',
  durationSeconds,
  ...extra,
});

const postCdrs = (records: unknown[]) => api.request('POST', '/v1/calls/cdrs', { token: operator, body: { records } });

const ratedCall = (callId: string) =>
  eventually(async () => {
    const c = await api.deps.stores.cdrs.get(callId);
    return c?.ratedAt ? c : undefined;
  });

describe('call authorisation', () => {
  it('allows a paid call for as long as the balance pays, counting tax', async () => {
    const c = await customerWithUnique(api, { balance: 1000 });
    const res = await authorize(c.uniqueId, '090-1234-5678');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ allowed: true, reason: null, maxSeconds: 60, destinationClass: 'mobile', reserved: 18 });
  });

  it('refuses outbound calls from a unique whose outside calls are prohibited, but never emergency calls', async () => {
    const c = await customerWithUnique(api, { balance: 1000 });
    const blocked = await addUnique(api, c.accountId, c.circleId, { outboundProhibited: true });
    expect((await authorize(blocked, '0312345678')).body).toMatchObject({ allowed: false, reason: 'outbound_prohibited' });
    expect((await authorize(blocked, '110')).body).toMatchObject({ allowed: true, destinationClass: 'emergency' });
  });

  it('refuses a suspended account outbound, emergency excepted', async () => {
    const c = await customerWithUnique(api, { balance: 1000 });
    await api.deps.db('billing_accounts').insert({ account_id: c.accountId, owed_months: ['2026-11'], suspended_at: new Date() });
    expect((await authorize(c.uniqueId, '0312345678')).body).toMatchObject({ allowed: false, reason: 'suspended' });
    expect((await authorize(c.uniqueId, '0120444444')).body).toMatchObject({ allowed: false, reason: 'suspended' });
    expect((await authorize(c.uniqueId, '119')).body).toMatchObject({ allowed: true, destinationClass: 'emergency' });
  });

  it('at zero balance refuses paid destinations and still connects free and emergency ones', async () => {
    const c = await customerWithUnique(api);
    expect((await authorize(c.uniqueId, '0312345678')).body).toMatchObject({ allowed: false, reason: 'insufficient_balance' });
    expect((await authorize(c.uniqueId, '0120123456')).body).toMatchObject({ allowed: true, destinationClass: 'freecall', reserved: 0 });
    expect((await authorize(c.uniqueId, '118')).body).toMatchObject({ allowed: true });
  });

  it('bars destinations that are barred or unknown, and answers 404 for an unknown unique', async () => {
    const c = await customerWithUnique(api, { balance: 1000 });
    expect((await authorize(c.uniqueId, '0990123456')).body).toMatchObject({ allowed: false, reason: 'destination_barred' });
    expect((await authorize(c.uniqueId, '104')).body).toMatchObject({ allowed: false, reason: 'destination_barred' });
    expect((await authorize(randomUUID(), '0312345678')).status).toBe(404);
    expect((await authorize(c.uniqueId, 'not-a-number')).status).toBe(422);
  });

  it('never lets ten simultaneous calls hold more than the balance', async () => {
    const c = await customerWithUnique(api, { balance: 100 });
    const answers = await Promise.all(Array.from({ length: 10 }, () => authorize(c.uniqueId, '09011112222')));
    const allowed = answers.filter((a) => a.body.allowed);
    const held = allowed.reduce((s, a) => s + a.body.reserved, 0);
    // Five one-minute holds of ¥18, one of 30 s for ¥9; the other four find ¥1 left.
    expect(held).toBeLessThanOrEqual(100);
    expect(allowed).toHaveLength(6);
    expect(answers.filter((a) => a.body.reason === 'insufficient_balance')).toHaveLength(4);
    expect(await api.deps.stores.reservations.activeFor(c.accountId)).toBe(held);
  });

  it('answers a retried authorisation of the same call with the same hold', async () => {
    const c = await customerWithUnique(api, { balance: 100 });
    const callId = `call-${randomUUID()}`;
    const first = await authorize(c.uniqueId, '0312345678', callId);
    const again = await authorize(c.uniqueId, '0312345678', callId);
    expect(again.body).toMatchObject({ allowed: true, callId, reserved: first.body.reserved, maxSeconds: first.body.maxSeconds });
    expect(await api.deps.stores.reservations.activeFor(c.accountId)).toBe(first.body.reserved);
  });

  it('computes the same longest call in the database as the rating rules do', async () => {
    const tariffs = [
      { connectFeeMilli: 0, unitPriceMilli: 16000, unitSeconds: 60, incrementSeconds: 30, taxRate: 10 as const },
      { connectFeeMilli: 10_500, unitPriceMilli: 10_500, unitSeconds: 60, incrementSeconds: 6, taxRate: 10 as const },
      { connectFeeMilli: 0, unitPriceMilli: 8500, unitSeconds: 60, incrementSeconds: 6, taxRate: 0 as const },
      { connectFeeMilli: 0, unitPriceMilli: 8000, unitSeconds: 180, incrementSeconds: 180, taxRate: 10 as const },
    ];
    for (const t of tariffs) {
      for (const available of [-5, 0, 1, 8, 9, 17, 100, 1234, 99_999]) {
        for (const cap of [60, 3599, 3600]) {
          expect(await api.deps.stores.reservations.allowance(available, t, cap), JSON.stringify({ t, available, cap })).toEqual(
            affordableCall(t, available, cap),
          );
        }
      }
    }
  });

  it('refuses a unique with no caller-ID number: the manual requires one for outside calls', async () => {
    const c = await customerWithUnique(api, { balance: 1000 });
    const mute = await addUnique(api, c.accountId, c.circleId, { callerId: false });
    expect((await authorize(mute, '0312345678')).body).toMatchObject({ allowed: false, reason: 'no_caller_id', callerId: null });
    expect((await authorize(mute, '110')).body).toMatchObject({ allowed: true, maxSeconds: null, callerId: null });
  });

  it('presents the caller-ID number in E.164 and never limits an emergency call; only exact 110/118/119 are emergencies', async () => {
    const c = await customerWithUnique(api, { balance: 1000 });
    const own = (
      await api.deps
        .db('uniques as u')
        .join('phone_numbers as n', 'n.id', 'u.caller_id_number_id')
        .where('u.id', c.uniqueId)
        .first('n.number')
    ).number as string;
    expect((await authorize(c.uniqueId, '0312345678')).body).toMatchObject({ allowed: true, callerId: `+81${own.slice(1)}` });
    expect((await authorize(c.uniqueId, '119')).body).toMatchObject({
      allowed: true,
      maxSeconds: null,
      destinationClass: 'emergency',
      reserved: 0,
    });
    expect((await authorize(c.uniqueId, '1100')).body).toMatchObject({ allowed: false, reason: 'destination_barred' });
  });

  it('authorises a received free call against the number holder: held, cut when the balance is spent, refused at zero', async () => {
    const rich = await customerWithUnique(api, { balance: 115 });
    const freeNumber = randomNumber('0120');
    await addNumber(api, rich.accountId, rich.circleId, freeNumber, 'freecall');
    const inbound = (callId?: string) =>
      api.request('POST', '/v1/calls/authorize', {
        token: operator,
        body: { direction: 'inbound', destination: freeNumber, ...(callId ? { callId } : {}) },
      });
    // ¥10.5 a minute plus tax per started 6 s: ¥115 pays the one-minute cap (¥12) nine times.
    const answers = await Promise.all(Array.from({ length: 12 }, () => inbound()));
    const allowed = answers.filter((a) => a.body.allowed);
    expect(allowed.reduce((s, a) => s + a.body.reserved, 0)).toBeLessThanOrEqual(115);
    expect(answers.filter((a) => a.body.reason === 'insufficient_balance').length).toBeGreaterThan(0);
    expect(allowed[0]!.body).toMatchObject({ destinationClass: 'freecall', maxSeconds: 60, callerId: null });
    expect(await api.deps.stores.reservations.activeFor(rich.accountId)).toBe(allowed.reduce((s, a) => s + a.body.reserved, 0));

    const ordinary = randomNumber('03');
    await addNumber(api, rich.accountId, rich.circleId, ordinary);
    const plain = await api.request('POST', '/v1/calls/authorize', {
      token: operator,
      body: { direction: 'inbound', destination: ordinary },
    });
    expect(plain.body).toMatchObject({ allowed: true, reserved: 0 });
    const notOurs = await api.request('POST', '/v1/calls/authorize', {
      token: operator,
      body: { direction: 'inbound', destination: randomNumber('0120') },
    });
    expect(notOurs.status).toBe(404);
  });

  it('says which field is wrong for each direction', async () => {
    const noUnique = await api.request('POST', '/v1/calls/authorize', { token: operator, body: { destination: '0312345678' } });
    expect(noUnique.status).toBe(422);
    expect(JSON.stringify(noUnique.body)).toContain('uniqueId');
    const c = await customerWithUnique(api);
    const both = await api.request('POST', '/v1/calls/authorize', {
      token: operator,
      body: { direction: 'inbound', uniqueId: c.uniqueId, destination: '0312345678' },
    });
    expect(both.status).toBe(422);
    expect(both.body.errors).toEqual([
      expect.objectContaining({ field: 'body.uniqueId', message: expect.stringContaining('着信では指定できません') }),
    ]);
    const inEnglish = await api.request('POST', '/v1/calls/authorize', {
      token: operator,
      headers: { 'accept-language': 'en' },
      body: { direction: 'inbound', uniqueId: c.uniqueId, destination: '0312345678' },
    });
    expect(JSON.stringify(inEnglish.body)).toContain('number called decides');
  });

  it('is for the PBX (operators) only', async () => {
    const c = await customerWithUnique(api, { balance: 100 });
    expect(
      (await api.request('POST', '/v1/calls/authorize', { token: c.token, body: { uniqueId: c.uniqueId, destination: '0312345678' } }))
        .status,
    ).toBe(403);
  });
});

describe('CDR ingest and rating', () => {
  it('accepts good records, reports malformed ones and unknown uniques by index, and rates and debits the calls', async () => {
    const c = await customerWithUnique(api, { balance: 10_000 });
    const good = [
      cdr(c.uniqueId, '0312345678', 181),
      cdr(c.uniqueId, '09012345678', 61),
      cdr(c.uniqueId, '+1 415 555 0100', 7),
      cdr(c.uniqueId, '0120111222', 300),
      cdr(c.uniqueId, '0312345678', 0),
    ];
    const res = await postCdrs([...good, { callId: 'x', uniqueId: c.uniqueId }, cdr(randomUUID(), '0312345678', 10)]);
    expect(res.status).toBe(200);
    expect(res.body.accepted).toBe(5);
    expect(res.body.rejected.map((r: { index: number; code: string }) => [r.index, r.code])).toEqual([
      [5, 'malformed'],
      [6, 'unknown_unique'],
    ]);
    expect(res.body.rejected[0].errors.map((e: { field: string }) => e.field)).toContain('records.5.destination');

    const costs = await Promise.all(good.map(async (g) => (await ratedCall(g.callId)).cost));
    expect(costs).toEqual([16, 24, 2, 0, 0]);
    // ¥40 taxable at 10% → ¥4 tax; ¥2 international, tax exempt.
    expect(await api.deps.stores.ledger.balance(c.accountId)).toBe(10_000 - 40 - 4 - 2);
    expect(await api.deps.stores.ledger.findImbalances([c.accountId])).toEqual([]);
  });

  it('counts a CDR posted twice only once', async () => {
    const c = await customerWithUnique(api, { balance: 10_000 });
    const records = [cdr(c.uniqueId, '0312345678', 200), cdr(c.uniqueId, '0312345678', 200)];
    expect((await postCdrs(records)).body).toMatchObject({ accepted: 2, duplicates: [] });
    await ratedCall(records[1]!.callId);
    const again = await postCdrs([...records, records[0]]);
    expect(again.body).toMatchObject({ accepted: 0, duplicates: [records[0]!.callId, records[1]!.callId, records[0]!.callId] });
    await new Promise((r) => setTimeout(r, 1000));
    expect(await api.deps.stores.ledger.balance(c.accountId)).toBe(10_000 - 32 - 3);
  });

  it('settles the hold of a call when its CDR arrives', async () => {
    const c = await customerWithUnique(api, { balance: 1000 });
    const callId = `call-${randomUUID()}`;
    await authorize(c.uniqueId, '0312345678', callId);
    expect(await api.deps.stores.reservations.activeFor(c.accountId)).toBeGreaterThan(0);
    await postCdrs([{ ...cdr(c.uniqueId, '0312345678', 30), callId }]);
    expect(await api.deps.stores.reservations.activeFor(c.accountId)).toBe(0);
  });

  it('bills a held call for at most the seconds it was granted, even when the PBX reports a second more', async () => {
    const c = await customerWithUnique(api, { balance: 18 });
    const callId = `call-${randomUUID()}`;
    const granted = await authorize(c.uniqueId, '09012345678', callId);
    expect(granted.body).toMatchObject({ allowed: true, maxSeconds: 60, reserved: 18 });
    await postCdrs([{ ...cdr(c.uniqueId, '09012345678', 61), callId }]);
    expect(await ratedCall(callId)).toMatchObject({ durationSeconds: 60, cost: 16 });
    // ¥16 plus its tax, ¥1.6 rounded down once for the month: never more than the ¥18 held.
    expect(await api.deps.stores.ledger.balance(c.accountId)).toBe(18 - 16 - 1);
  });

  it('charges a received free call to the holder of the free-call number, and calling one is free', async () => {
    const c = await customerWithUnique(api, { balance: 1000 });
    const freeNumber = randomNumber('0120');
    await addNumber(api, c.accountId, c.circleId, freeNumber, 'freecall');
    const received = cdr(c.uniqueId, freeNumber, 60, { direction: 'inbound' });
    const ordinaryIncoming = cdr(c.uniqueId, randomNumber('03'), 60, { direction: 'inbound' });
    await postCdrs([received, ordinaryIncoming]);
    expect(await ratedCall(received.callId)).toMatchObject({ class: 'freecall', cost: 11, chargedAccountId: c.accountId });
    expect(await ratedCall(ordinaryIncoming.callId)).toMatchObject({ class: 'inbound', cost: 0 });
    expect(await api.deps.stores.ledger.balance(c.accountId)).toBe(1000 - 11 - 1);
  });

  it('lets call charges take the balance below zero: the hold limited the call', async () => {
    const c = await customerWithUnique(api, { balance: 10 });
    const long = cdr(c.uniqueId, '09012345678', 600);
    await postCdrs([long]);
    await ratedCall(long.callId);
    expect(await api.deps.stores.ledger.balance(c.accountId)).toBe(10 - 160 - 16);
  });

  it('mails the low-balance notice once per crossing of the threshold', async () => {
    const c = await customerWithUnique(api, { balance: 1000 });
    await api.deps.stores.accounts.update(c.accountId, { lowBalanceThreshold: 900 });
    const calls = [cdr(c.uniqueId, '09012345678', 600), cdr(c.uniqueId, '09012345678', 600)];
    await postCdrs([calls[0]]);
    await ratedCall(calls[0]!.callId);
    await postCdrs([calls[1]]);
    await ratedCall(calls[1]!.callId);
    const mails = await eventually(async () => {
      const m = (await api.deps.stores.outbox.listForAccount(c.accountId)).filter((x) => x.template === 'low_balance');
      return m.length ? m : undefined;
    });
    expect(mails).toHaveLength(1);
  });
});

describe('call history', () => {
  it('shows the account every call, a circle login its circle and a unique login its own, newest first with paging', async () => {
    const c = await customerWithUnique(api, { balance: 10_000 });
    const [other] = await api.deps
      .db('circles')
      .insert({ account_id: c.accountId, name: '支店', login_id: `c-${randomUUID().slice(0, 12)}`, password_hash: 'x' })
      .returning('id');
    const otherUnique = await addUnique(api, c.accountId, other.id);
    const records = [
      cdr(c.uniqueId, '0312345678', 100, { startedAt: '2026-11-01T09:00:00+09:00' }),
      cdr(c.uniqueId, '09012345678', 100, { startedAt: '2026-11-02T09:00:00+09:00' }),
      cdr(otherUnique, '0312345678', 100, { startedAt: '2026-11-03T09:00:00+09:00' }),
    ];
    await postCdrs(records);
    await ratedCall(records[2]!.callId);

    const page1 = await api.request('GET', '/v1/calls?limit=2', { token: c.token });
    expect(page1.body.items.map((i: { id: string }) => i.id)).toEqual([records[2]!.callId, records[1]!.callId]);
    expect(page1.body.items[1]).toMatchObject({
      destination: '+819012345678',
      destinationDisplay: '090-1234-5678',
      destinationClass: 'mobile',
      durationSeconds: 100,
      cost: 32,
      currency: 'JPY',
      rated: true,
    });
    const page2 = await api.request('GET', `/v1/calls?limit=2&cursor=${page1.body.nextCursor}`, { token: c.token });
    expect(page2.body.items.map((i: { id: string }) => i.id)).toEqual([records[0]!.callId]);

    const circleToken = (await api.deps.stores.sessions.create({ kind: 'circle', accountId: c.accountId, circleId: c.circleId }, 10)).token;
    const inCircle = await api.request('GET', '/v1/calls', { token: circleToken });
    expect(inCircle.body.items).toHaveLength(2);
    expect((await api.request('GET', `/v1/calls?circleId=${other.id}`, { token: circleToken })).status).toBe(404);

    const uniqueToken = (
      await api.deps.stores.sessions.create({ kind: 'unique', accountId: c.accountId, circleId: other.id, uniqueId: otherUnique }, 10)
    ).token;
    const own = await api.request('GET', '/v1/calls', { token: uniqueToken });
    expect(own.body.items.map((i: { id: string }) => i.id)).toEqual([records[2]!.callId]);

    const filtered = await api.request(
      'GET',
      `/v1/calls?from=${encodeURIComponent('2026-11-02T00:00:00+09:00')}&to=${encodeURIComponent('2026-11-03T00:00:00+09:00')}`,
      { token: c.token },
    );
    expect(filtered.body.items).toHaveLength(1);
  });

  it('totals calls, seconds and cost per Japan-time day', async () => {
    const c = await customerWithUnique(api, { balance: 10_000 });
    // 23:30 on the 1st in Tokyo is still the 1st, though it is the 1st 14:30 UTC.
    const records = [
      cdr(c.uniqueId, '0312345678', 100, { startedAt: '2026-11-01T23:30:00+09:00' }),
      cdr(c.uniqueId, '0312345678', 200, { startedAt: '2026-11-02T00:30:00+09:00' }),
    ];
    await postCdrs(records);
    await ratedCall(records[1]!.callId);
    await ratedCall(records[0]!.callId);
    const res = await api.request('GET', '/v1/calls/totals?period=day', { token: c.token });
    expect(res.body.items).toEqual([
      { id: '2026-11-01', period: '2026-11-01', calls: 1, seconds: 100, cost: 8, currency: 'JPY', unrated: 0 },
      { id: '2026-11-02', period: '2026-11-02', calls: 1, seconds: 200, cost: 16, currency: 'JPY', unrated: 0 },
    ]);
  });
});

describe('rates', () => {
  it('lets operators add a rate with validity dates, used by calls from its start', async () => {
    // A Tokyo fixed-line prefix, so that outside its validity the call falls back to the fixed-line rate (¥8).
    const prefix = `03${Math.floor(10_000 + Math.random() * 90_000)}`;
    const created = await api.request('POST', '/v1/billing/rates', {
      token: operator,
      body: {
        prefix,
        class: 'fixed',
        description: 'テスト',
        unitPriceMilli: 1000,
        unitSeconds: 60,
        incrementSeconds: 60,
        taxRate: 10,
        validFrom: '2026-11-01T00:00:00+09:00',
        validTo: '2026-12-01T00:00:00+09:00',
      },
    });
    expect(created.status).toBe(201);
    const listed = await api.request('GET', `/v1/billing/rates?prefix=${prefix}&at=${encodeURIComponent('2026-11-15T00:00:00Z')}`, {
      token: operator,
    });
    expect(listed.body.items).toHaveLength(1);
    const c = await customerWithUnique(api, { balance: 1000 });
    const inside = cdr(c.uniqueId, `${prefix}1234`, 60);
    const after = cdr(c.uniqueId, `${prefix}1234`, 60, { startedAt: '2026-12-01T00:00:00+09:00' });
    await postCdrs([inside, after]);
    expect((await ratedCall(inside.callId)).cost).toBe(1);
    expect((await ratedCall(after.callId)).cost).toBe(8);
    const ended = await api.request('PATCH', `/v1/billing/rates/${created.body.id}`, {
      token: operator,
      body: { validTo: '2026-11-20T00:00:00+09:00' },
    });
    expect(ended.body.validTo).toBe('2026-11-20T00:00:00+09:00');
    const repriced = await api.request('PATCH', `/v1/billing/rates/${created.body.id}`, {
      token: operator,
      body: { unitPriceMilli: 2000 },
    });
    expect(repriced.status, 'a rate in force keeps its tariff').toBe(409);
    expect(repriced.body.code).toBe('rate_in_force');
    expect((await ratedCall(inside.callId)).cost).toBe(1);
    const bad = await api.request('POST', '/v1/billing/rates', {
      token: operator,
      body: {
        prefix: 'abc',
        class: 'fixed',
        description: 'x',
        unitPriceMilli: 1,
        unitSeconds: 60,
        incrementSeconds: 60,
        taxRate: 10,
        validFrom: '2026-11-01T00:00:00Z',
      },
    });
    expect(bad.status).toBe(422);
  });

  it('is not for customers', async () => {
    const acct = await signUp(api);
    expect((await api.request('GET', '/v1/billing/rates', { token: acct.token })).status).toBe(403);
  });
});
