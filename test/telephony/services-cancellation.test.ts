import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { startTestApi, signUp, type TestApi } from '../support/api';
import { buyServices, customerWithCircle } from '../support/services';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const thisMonthJst = () => new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 7);

describe('cancellation', () => {
  it('cancels a number: fee stops after this month, 90 days of quarantine, not for sale meanwhile', async () => {
    const c = await customerWithCircle(api, 100_000);
    const { held } = await buyServices(api, c, { numberQueries: ['kind=local&areaCode=03'] });
    const n = held[0]!;
    const res = await api.request('POST', `/v1/numbers/${n.id}/cancellation`, { token: c.token });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: n.id, status: 'quarantine', feeEndMonth: thisMonthJst() });
    const days = (new Date(res.body.quarantineUntil).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(89.9);
    expect(days).toBeLessThanOrEqual(90);
    const row = await api.deps.db('phone_numbers').where({ id: n.id }).first();
    expect(row.cancelled_at).not.toBeNull();
    expect(
      (await fetch(`${inject('sandboxUrl')}/carrier/v1/numbers/${n.number}`).then((r) => r.json() as Promise<{ routed: boolean }>)).routed,
    ).toBe(false);

    const stranger = await signUp(api);
    const search = await api.request('GET', `/v1/numbers/search?contains=${n.number}`, { token: stranger.token });
    expect(search.body.items).toEqual([]);
    expect((await api.request('POST', '/v1/numbers/holds', { token: stranger.token, body: { numberId: n.id } })).status).toBe(409);

    // Once the quarantine has run out the number is sold again, as fresh stock.
    await api.deps
      .db('phone_numbers')
      .where({ id: n.id })
      .update({ quarantine_until: api.deps.db.raw(`now() - interval '1 second'`) });
    const later = await api.request('GET', `/v1/numbers/search?contains=${n.number}`, { token: stranger.token });
    expect(later.body.items.map((x: { id: string }) => x.id)).toEqual([n.id]);
    expect((await api.request('POST', '/v1/numbers/holds', { token: stranger.token, body: { numberId: n.id } })).status).toBe(201);

    const history = await api.request('GET', '/v1/service-history', { token: c.token });
    expect(history.body.items.map((h: { action: string; label: string }) => [h.action, h.label])).toEqual([
      ['cancelled', n.e164],
      ['purchased', n.number.startsWith('0') ? n.e164 : n.number],
    ]);
    expect((await api.request('POST', `/v1/numbers/${n.id}/cancellation`, { token: c.token })).status).toBe(404);
  });

  it('cancels a unique: off the PBX, fee ends this month, its extension free again, circle removable', async () => {
    const c = await customerWithCircle(api, 100_000);
    await buyServices(api, c, { uniques: { sip_terminal: 1 } });
    const [u] = (await api.request('GET', '/v1/uniques', { token: c.token })).body.items;
    const res = await api.request('POST', `/v1/uniques/${u.id}/cancellation`, { token: c.token });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'cancelled', feeEndMonth: thisMonthJst() });
    expect((await fetch(`${inject('sandboxUrl')}/pbx/v1/endpoints/${u.id}`)).status).toBe(404);
    expect((await api.request('POST', `/v1/uniques/${u.id}/cancellation`, { token: c.token })).status).toBe(409);
    expect((await api.request('PATCH', `/v1/uniques/${u.id}/settings`, { token: c.token, body: { name: 'x' } })).status).toBe(409);

    await buyServices(api, c, { uniques: { sip_terminal: 1 } });
    const uniques = (await api.request('GET', '/v1/uniques', { token: c.token })).body.items;
    expect(uniques.find((x: { status: string }) => x.status === 'active').incomingExtension).toBe('200');
    const active = uniques.find((x: { status: string }) => x.status === 'active');
    await api.request('POST', `/v1/uniques/${active.id}/cancellation`, { token: c.token });
    expect((await api.request('DELETE', `/v1/circles/${c.circleId}`, { token: c.token })).status).toBe(204);
  });
});
