import { randomUUID } from 'node:crypto';
import { toJstIso } from '../../lib/time/jst';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRICE_KINDS } from '../../domain/telephony/catalog';
import { signUp, staffLogin, startTestApi, type TestApi } from '../support/api';
import { customerWithCircle, waitForOrder } from '../support/services';

// Prices are shared by every test file of a run: this file changes only Singapore (which no other
// test prices) and France (which has no numbers), and schedules everything else far ahead.
let api: TestApi;
let operator: string;
beforeAll(async () => {
  api = await startTestApi();
  operator = await staffLogin(api, 'operator');
});
afterAll(() => api.close());

const en = { 'accept-language': 'en' };
const schedule = (body: Record<string, unknown>, key: string = randomUUID(), token = operator) =>
  api.request('POST', '/v1/catalog/prices', { token, body, headers: { ...en, 'idempotency-key': key } });
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
const board = async () => (await api.request('GET', '/v1/catalog/prices', { token: operator })).body;
const lineOf = (b: { items: Array<{ kind: string; country: string }> }, kind: string, country = '') =>
  b.items.find((l) => l.kind === kind && l.country === country) as any;
const sgOffer = async (c: { token: string }) =>
  (await api.request('GET', '/v1/overseas-numbers/countries', { token: c.token })).body.items.find(
    (i: { country: string }) => i.country === 'SG',
  );

describe('service prices with a valid-from', () => {
  it('starts from the environment: every configured price is a seeded version, seeded once', async () => {
    const b = await board();
    // Every kind has its price line, in catalog order, each with its key as id.
    expect([...new Set(b.items.map((l: { kind: string }) => l.kind))]).toEqual([...PRICE_KINDS]);
    expect(lineOf(b, 'special').id).toBe('special');
    expect(lineOf(b, 'overseas', 'US').id).toBe('overseas:US');
    expect(lineOf(b, 'special').current).toMatchObject({
      monthly: 1100,
      initial: 4400,
      createdBy: null,
      note: 'seeded from the environment',
    });
    expect(lineOf(b, 'overseas', 'US').current).toMatchObject({ monthly: 1650, initial: 3300 });
    expect(lineOf(b, 'overseas', 'AU')).toBeUndefined();
    await api.deps.stores.prices.seedMissing([{ kind: 'special', country: '', monthly: 1, initial: 1 }]);
    const rows = await api.deps.db('price_versions').where({ kind: 'special', country: '' }).whereNull('cancelled_at');
    expect(rows.filter((r) => r.created_by === null)).toHaveLength(1);
    expect(lineOf(await board(), 'special').current).toMatchObject({ monthly: 1100, initial: 4400 });
  });

  it('quotes the old price until the new one starts and the new one after; an order placed before keeps what it was charged', async () => {
    const c = await customerWithCircle(api, 100_000);
    const placed = await api.request('POST', '/v1/overseas-number-orders', {
      token: c.token,
      body: { circleId: c.circleId, country: 'SG' },
    });
    expect(placed.status, JSON.stringify(placed.body)).toBe(201);
    const order = await waitForOrder(api, c.token, placed.body.id);
    expect(order.status).toBe('completed');
    expect(order.detail).toMatchObject({ monthlyFee: 2200, initialFee: 4400 });

    const validFrom = new Date(Date.now() + 4000);
    const created = await schedule({
      kind: 'overseas',
      country: 'SG',
      monthly: 2500,
      initial: 5000,
      validFrom: validFrom.toISOString(),
      note: 'carrier cost',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      kind: 'overseas',
      country: 'SG',
      monthly: 2500,
      currency: 'JPY',
      validFrom: toJstIso(validFrom),
      createdBy: { name: 'Demo Operator' },
    });
    expect(created.headers.get('location')).toBe(`/v1/catalog/prices/${created.body.id}`);
    expect((await api.request('GET', `/v1/catalog/prices/${created.body.id}`, { token: operator })).body).toEqual(created.body);

    expect(await sgOffer(c)).toMatchObject({ monthlyFee: 2200, initialFee: 4400 });
    const sg = lineOf(await board(), 'overseas', 'SG');
    expect(sg.current).toMatchObject({ monthly: 2200 });
    expect(sg.scheduled).toEqual([expect.objectContaining({ id: created.body.id, monthly: 2500, note: 'carrier cost' })]);

    await new Promise((r) => setTimeout(r, validFrom.getTime() - Date.now() + 50));
    expect(await sgOffer(c)).toMatchObject({ monthlyFee: 2500, initialFee: 5000, subtotal: 7500, tax: 750, total: 8250 });
    const catalog = (await api.request('GET', '/v1/catalog')).body;
    expect(catalog.items).toContainEqual({
      id: 'overseas:SG',
      itemType: 'overseas',
      kind: 'overseas',
      country: 'SG',
      monthlyFee: 2500,
      initialFee: 5000,
      currency: 'JPY',
    });
    expect(catalog.nextCursor).toBeNull();
    const offers = await api.request('GET', '/v1/numbers/search?kind=overseas&country=SG&limit=1', { token: c.token });
    expect(offers.body.items[0]).toMatchObject({ monthlyFee: 2500, initialFee: 5000 });
    expect(lineOf(await board(), 'overseas', 'SG')).toMatchObject({ current: { id: created.body.id }, scheduled: [] });

    const earlier = await api.request('GET', `/v1/orders/${order.id}`, { token: c.token });
    expect(earlier.body).toMatchObject({ subtotal: 6600, tax: 660, total: 7260 });
    const owned = await api.request('GET', `/v1/numbers/${order.detail.numberId}`, { token: c.token });
    expect(owned.body.monthlyFee).toBe(2200);
  });

  it('refuses a start in the past, an unknown kind (listing the kinds) and a wrong country, each saying what is allowed', async () => {
    const past = await schedule({ kind: 'local', monthly: 1200, initial: 1100, validFrom: new Date(Date.now() - 120_000).toISOString() });
    expect(past.status).toBe(422);
    expect(past.body).toMatchObject({ code: 'price_valid_from_out_of_range', field: 'body.validFrom' });
    expect(past.body.detail).toMatch(/cannot start in the past/);
    const far = await schedule({ kind: 'local', monthly: 1200, initial: 1100, validFrom: inDays(800) });
    expect(far.body.code).toBe('price_valid_from_out_of_range');

    const unknown = await schedule({ kind: 'premium', monthly: 1, initial: 1, validFrom: inDays(10) });
    expect(unknown.status).toBe(422);
    expect(unknown.body).toMatchObject({ code: 'price_kind_unknown', field: 'body.kind', params: { allowed: [...PRICE_KINDS] } });
    expect(unknown.body.detail).toContain('sip_terminal, cloud_fax, ymobile, local, freecall, special, navidial, ip050, overseas');

    const noCountry = await schedule({ kind: 'overseas', monthly: 1, initial: 1, validFrom: inDays(10) });
    expect(noCountry.body).toMatchObject({ code: 'price_country_required', field: 'body.country' });
    const badCountry = await schedule({ kind: 'overseas', country: 'XX', monthly: 1, initial: 1, validFrom: inDays(10) });
    expect(badCountry.body).toMatchObject({ code: 'price_country_unknown' });
    expect(badCountry.body.detail).toContain('"XX" is not an ISO 3166 country code');
    const domesticCountry = await schedule({ kind: 'freecall', country: 'JP', monthly: 1, initial: 1, validFrom: inDays(10) });
    expect(domesticCountry.body).toMatchObject({ code: 'price_country_not_allowed' });
    const negative = await schedule({ kind: 'local', monthly: -1, initial: 1, validFrom: inDays(10) });
    expect(negative.body.code).toBe('validation_failed');
    const fraction = await schedule({ kind: 'local', monthly: 1100.5, initial: 1, validFrom: inDays(10) });
    expect(fraction.body.code).toBe('validation_failed');

    const customer = await signUp(api);
    expect((await schedule({ kind: 'local', monthly: 1, initial: 1, validFrom: inDays(10) }, randomUUID(), customer.token)).status).toBe(
      403,
    );
    expect((await api.request('GET', '/v1/catalog/prices', { token: customer.token })).status).toBe(403);
    expect((await api.request('GET', '/v1/catalog/prices', { token: await staffLogin(api, 'warehouse') })).status).toBe(403);
    expect(lineOf(await board(), 'local').scheduled).toEqual([]);
  });

  it('takes a start up to a minute ago as now, and a new country with no numbers yet', async () => {
    const requested = Date.now();
    const res = await schedule({
      kind: 'overseas',
      country: 'FR',
      monthly: 1980,
      initial: 3300,
      validFrom: new Date(requested - 30_000).toISOString(),
    });
    expect(res.status).toBe(201);
    expect(new Date(res.body.validFrom).getTime()).toBeGreaterThanOrEqual(requested - 1000);
    expect(lineOf(await board(), 'overseas', 'FR').current).toMatchObject({ id: res.body.id, monthly: 1980 });
    expect((await api.request('GET', '/v1/catalog')).body.items).toContainEqual(
      expect.objectContaining({ itemType: 'overseas', country: 'FR', monthlyFee: 1980, initialFee: 3300, currency: 'JPY' }),
    );
  });

  it('schedules once per Idempotency-Key, refuses a second version at the same instant, and withdraws only what has not started', async () => {
    const validFrom = inDays(400);
    const key = randomUUID();
    const first = await schedule({ kind: 'overseas', country: 'FR', monthly: 2100, initial: 3300, validFrom }, key);
    const again = await schedule({ kind: 'overseas', country: 'FR', monthly: 2100, initial: 3300, validFrom }, key);
    expect(first.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    expect(again.headers.get('idempotent-replayed')).toBe('true');

    const clash = await schedule({ kind: 'overseas', country: 'FR', monthly: 2200, initial: 3300, validFrom });
    expect(clash.status).toBe(409);
    expect(clash.body.code).toBe('price_version_exists');
    expect(lineOf(await board(), 'overseas', 'FR').scheduled).toEqual([expect.objectContaining({ id: first.body.id })]);

    const withdraw = (id: string) => api.request('DELETE', `/v1/catalog/prices/${id}`, { token: operator, headers: en });
    expect((await withdraw(first.body.id)).status).toBe(204);
    expect((await withdraw(first.body.id)).status).toBe(204);
    expect(lineOf(await board(), 'overseas', 'FR').scheduled).toEqual([]);
    const row = await api.deps.db('price_versions').where({ id: first.body.id }).first();
    expect(row.cancelled_at).not.toBeNull();
    // Withdrawn, the instant is free again.
    const replacement = await schedule({ kind: 'overseas', country: 'FR', monthly: 2200, initial: 3300, validFrom });
    expect(replacement.status).toBe(201);
    expect((await withdraw(replacement.body.id)).status).toBe(204);

    const inEffect = lineOf(await board(), 'overseas', 'FR').current;
    const refused = await withdraw(inEffect.id);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('price_version_in_effect');
    expect((await withdraw(randomUUID())).status).toBe(404);
  });
});
