import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, startTestApi, type TestApi } from '../support/api';
import { holdAnyNumber } from '../support/services';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe('number search', () => {
  it('finds available numbers by kind, area code and contained digits, up to the limit', async () => {
    const { token } = await signUp(api);
    const res = await api.request('GET', '/v1/numbers/search?kind=local&areaCode=06&contains=6100&limit=7', { token });
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(7);
    for (const n of res.body.items) {
      expect(n).toMatchObject({
        kind: 'local',
        areaCode: '06',
        country: 'JP',
        monthlyFee: 1100,
        initialFee: 1100,
        currency: 'JPY',
        purchasable: true,
      });
      expect(n.number).toMatch(/^\+816\d{8}$/);
      expect(n.number).toContain('6100');
      expect(n.numberDisplay).toBe(`06-${n.number.slice(4, 8)}-${n.number.slice(8)}`);
    }
  });

  it('pages through the numbers in number order with limit and cursor', async () => {
    const { token } = await signUp(api);
    const first = await api.request('GET', '/v1/numbers/search?kind=local&areaCode=06&limit=3', { token });
    expect(first.body.items).toHaveLength(3);
    expect(typeof first.body.nextCursor).toBe('string');
    const second = await api.request('GET', `/v1/numbers/search?kind=local&areaCode=06&limit=3&cursor=${first.body.nextCursor}`, { token });
    const numbers = [...first.body.items, ...second.body.items].map((n: { number: string }) => n.number);
    expect(new Set(numbers).size).toBe(6);
    expect([...numbers].sort()).toEqual(numbers);
    expect((await api.request('GET', '/v1/numbers/search?cursor=not-ours', { token })).body).toMatchObject({ code: 'invalid_cursor' });
  });

  it('has thousands of seeded numbers of every kind', async () => {
    const rows = (await api.deps.db('phone_numbers').select('kind').count({ n: '*' }).groupBy('kind')) as Array<{
      kind: string;
      n: string;
    }>;
    const byKind = Object.fromEntries(rows.map((r) => [r.kind, Number(r.n)]));
    for (const kind of ['local', 'freecall', 'special', 'navidial', 'ip050', 'overseas']) expect(byKind[kind]).toBeGreaterThanOrEqual(2000);
  });

  it('prices a special number at 4,400 initial and shows an overseas country without a price as not purchasable', async () => {
    const { token } = await signUp(api);
    const special = await api.request('GET', '/v1/numbers/search?kind=special&limit=1', { token });
    expect(special.body.items[0]).toMatchObject({ monthlyFee: 1100, initialFee: 4400 });
    const au = await api.request('GET', '/v1/numbers/search?kind=overseas&country=AU&limit=1', { token });
    expect(au.body.items[0]).toMatchObject({ country: 'AU', monthlyFee: null, initialFee: null, purchasable: false });
    const us = await api.request('GET', '/v1/numbers/search?kind=overseas&country=US&limit=1', { token });
    expect(us.body.items[0]).toMatchObject({ country: 'US', monthlyFee: 1650, initialFee: 3300, purchasable: true });
  });

  it('refuses a malformed filter naming the field', async () => {
    const { token } = await signUp(api);
    const res = await api.request('GET', '/v1/numbers/search?kind=premium', { token });
    expect(res.status).toBe(422);
    expect(res.body.field).toBe('query.kind');
  });
});

describe('number holds (the cart)', () => {
  it('holds a number for 30 minutes, and a held number never shows in another account’s search', async () => {
    const a = await signUp(api);
    const b = await signUp(api);
    const held = await holdAnyNumber(api, a.token, 'kind=ip050');
    expect(held.hold).toMatchObject({ numberId: held.id, kind: 'ip050', currency: 'JPY' });
    expect(held.hold.number).toBe(`+81${held.number.slice(1)}`);
    expect(held.expiresAt).toMatch(/\+09:00$/);
    const minutes = (new Date(held.expiresAt).getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(29);
    expect(minutes).toBeLessThanOrEqual(30.1);
    for (const token of [a.token, b.token]) {
      const search = await api.request('GET', `/v1/numbers/search?contains=${held.number.slice(-7)}&limit=200`, { token });
      expect(search.body.items.map((n: { id: string }) => n.id)).not.toContain(held.id);
    }
    const cart = await api.request('GET', '/v1/numbers/holds', { token: a.token });
    expect(cart.body).toEqual({ items: [held.hold], nextCursor: null });
    const one = await api.request('GET', `/v1/numbers/holds/${held.holdId}`, { token: a.token });
    expect(one.body).toEqual(held.hold);
    expect((await api.request('GET', `/v1/numbers/holds/${held.holdId}`, { token: b.token })).status).toBe(404);
    expect((await api.request('GET', '/v1/numbers/holds', { token: b.token })).body.items).toEqual([]);
  });

  it('lets exactly one of 50 concurrent clients hold the same number; the others get 409', async () => {
    const accounts = await Promise.all(Array.from({ length: 50 }, () => signUp(api)));
    const search = await api.request('GET', '/v1/numbers/search?kind=navidial&limit=200', { token: accounts[0]!.token });
    const target = search.body.items[Math.floor(Math.random() * search.body.items.length)];
    const results = await Promise.all(
      accounts.map((a) => api.request('POST', '/v1/numbers/holds', { token: a.token, body: { numberId: target.id } })),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    const won = results.find((r) => r.status === 201)!;
    expect(won.headers.get('location')).toBe(`/v1/numbers/holds/${won.body.id}`);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    expect(results.find((r) => r.status === 409)!.body.code).toBe('number_unavailable');
    const row = await api.deps.db('phone_numbers').where({ id: target.id }).first();
    expect(row.status).toBe('held');
  });

  it('extends a hold to a full hold time from now, and a released number is on sale again', async () => {
    const a = await signUp(api);
    const held = await holdAnyNumber(api, a.token, 'kind=freecall');
    await api.deps
      .db('phone_numbers')
      .where({ hold_id: held.holdId })
      .update({ held_until: api.deps.db.raw(`now() + interval '1 minute'`) });
    const extended = await api.request('POST', `/v1/numbers/holds/${held.holdId}/extension`, { token: a.token });
    expect(extended.status).toBe(200);
    expect(new Date(extended.body.expiresAt).getTime() - Date.now()).toBeGreaterThan(29 * 60_000);

    const other = await signUp(api);
    expect((await api.request('POST', `/v1/numbers/holds/${held.holdId}/extension`, { token: other.token })).status).toBe(404);
    expect((await api.request('DELETE', `/v1/numbers/holds/${held.holdId}`, { token: other.token })).status).toBe(404);

    expect((await api.request('DELETE', `/v1/numbers/holds/${held.holdId}`, { token: a.token })).status).toBe(204);
    const search = await api.request('GET', `/v1/numbers/search?contains=${held.number}&limit=5`, { token: other.token });
    expect(search.body.items.map((n: { id: string }) => n.id)).toContain(held.id);
  });

  it('treats a hold that ran out as released even before its timer fires', async () => {
    const a = await signUp(api);
    const b = await signUp(api);
    const held = await holdAnyNumber(api, a.token, 'kind=local&areaCode=052');
    await api.deps
      .db('phone_numbers')
      .where({ hold_id: held.holdId })
      .update({ held_until: api.deps.db.raw(`now() - interval '1 second'`) });
    expect((await api.request('GET', '/v1/numbers/holds', { token: a.token })).body.items).toEqual([]);
    const taken = await api.request('POST', '/v1/numbers/holds', { token: b.token, body: { numberId: held.id } });
    expect(taken.status).toBe(201);
  });
});
