import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { customerWithCircle } from '../support/services';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe('circle phone book', () => {
  it('adds, edits, searches and removes contacts of a circle', async () => {
    const c = await customerWithCircle(api, 0);
    const base = `/v1/circles/${c.circleId}/contacts`;
    const a = await api.request('POST', base, {
      token: c.token,
      body: { name: '佐藤 花子', nameKana: 'サトウ ハナコ', company: '大阪商事', number: '0661001234' },
    });
    expect(a.status).toBe(201);
    expect(a.body).toMatchObject({ number: '+81661001234', numberDisplay: '06-6100-1234' });
    expect(a.headers.get('location')).toBe(`${base}/${a.body.id}`);
    expect((await api.request('GET', `${base}/${a.body.id}`, { token: c.token })).body).toEqual(a.body);
    await api.request('POST', base, { token: c.token, body: { name: 'John Smith', number: '+14155550123', notes: 'US office' } });
    expect((await api.request('GET', `${base}?q=大阪`, { token: c.token })).body.items.map((x: { name: string }) => x.name)).toEqual([
      '佐藤 花子',
    ]);
    expect((await api.request('GET', `${base}?q=415555`, { token: c.token })).body.items.map((x: { name: string }) => x.name)).toEqual([
      'John Smith',
    ]);
    const edited = await api.request('PATCH', `${base}/${a.body.id}`, { token: c.token, body: { number: '0312345678', company: null } });
    expect(edited.body).toMatchObject({ number: '+81312345678', numberDisplay: '03-1234-5678', company: null, name: '佐藤 花子' });
    const page = await api.request('GET', `${base}?limit=1`, { token: c.token });
    expect(page.body.items.map((x: { name: string }) => x.name)).toEqual(['John Smith']);
    expect(page.body.items[0]).toMatchObject({ number: '+14155550123', numberDisplay: '+14155550123' });
    const rest = await api.request('GET', `${base}?limit=1&cursor=${page.body.nextCursor}`, { token: c.token });
    expect(rest.body).toMatchObject({ items: [expect.objectContaining({ name: '佐藤 花子' })], nextCursor: null });
    expect((await api.request('DELETE', `${base}/${a.body.id}`, { token: c.token })).status).toBe(204);
    expect((await api.request('GET', base, { token: c.token })).body.items).toHaveLength(1);
  });

  it('refuses a malformed number and hides another account’s phone book (404)', async () => {
    const c = await customerWithCircle(api, 0);
    const other = await customerWithCircle(api, 0);
    const bad = await api.request('POST', `/v1/circles/${c.circleId}/contacts`, { token: c.token, body: { name: 'x', number: '03-1234' } });
    expect(bad.status).toBe(422);
    expect(bad.body.field).toBe('body.number');
    expect((await api.request('GET', `/v1/circles/${c.circleId}/contacts`, { token: other.token })).status).toBe(404);
    expect(
      (await api.request('POST', `/v1/circles/${c.circleId}/contacts`, { token: other.token, body: { name: 'x', number: '0312345678' } }))
        .status,
    ).toBe(404);
  });
});
