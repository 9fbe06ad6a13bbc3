import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOMAIN_MODULES } from '../../modules';
import { createLogger } from '../../lib/logger';
import type { DomainModule } from '../../modules/domain-module';
import { signUp, startTestApi, uniqueLoginId, type TestApi } from '../support/api';

const busy = new Set<string>();

let api: TestApi;
beforeAll(async () => {
  // One more domain whose check counts two live services in the circles this file marks busy.
  const busyCircles: DomainModule = { name: 'busy-circles', circleServiceChecks: [async (_db, circleId) => (busy.has(circleId) ? 2 : 0)] };
  api = await startTestApi({}, createLogger('silent', 'test-api'), [...DOMAIN_MODULES, busyCircles]);
});
afterAll(() => api.close());

async function addCircle(token: string, name = '東京オフィス') {
  const loginId = uniqueLoginId('circle');
  const res = await api.request('POST', '/v1/circles', { token, body: { name, loginId, password: 'circle-pass-1' } });
  expect(res.status).toBe(201);
  expect(res.headers.get('location')).toBe(`/v1/circles/${res.body.id}`);
  return { ...res.body, password: 'circle-pass-1' } as { id: string; loginId: string; name: string; password: string };
}

describe('circles', () => {
  it('lists, adds, renames and removes circles of the account', async () => {
    const acct = await signUp(api);
    const a = await addCircle(acct.token, '東京オフィス');
    const b = await addCircle(acct.token, '大阪オフィス');
    const list = await api.request('GET', '/v1/circles', { token: acct.token });
    expect(list.body.items.map((c: { name: string }) => c.name)).toEqual(['東京オフィス', '大阪オフィス']);
    expect(list.body.nextCursor).toBeNull();

    const renamed = await api.request('PATCH', `/v1/circles/${a.id}`, { token: acct.token, body: { name: '本社' } });
    expect(renamed.body.name).toBe('本社');

    expect((await api.request('DELETE', `/v1/circles/${b.id}`, { token: acct.token })).status).toBe(204);
    const after = await api.request('GET', '/v1/circles', { token: acct.token });
    expect(after.body.items.map((c: { id: string }) => c.id)).toEqual([a.id]);
  });

  it("shows another account's circle as missing (404, not 403)", async () => {
    const owner = await signUp(api);
    const other = await signUp(api);
    const circle = await addCircle(owner.token);
    for (const [method, body] of [
      ['GET', undefined],
      ['PATCH', { name: 'x' }],
      ['DELETE', undefined],
    ] as const) {
      const res = await api.request(method, `/v1/circles/${circle.id}`, { token: other.token, body });
      expect(res.status).toBe(404);
    }
  });

  it('lets a circle login see and rename only its own circle', async () => {
    const acct = await signUp(api);
    const mine = await addCircle(acct.token, 'mine');
    const sibling = await addCircle(acct.token, 'sibling');
    const login = await api.request('POST', '/v1/auth/login', { body: { kind: 'circle', loginId: mine.loginId, password: mine.password } });
    expect(login.status).toBe(200);
    const token = login.body.token;
    const list = await api.request('GET', '/v1/circles', { token });
    expect(list.body.items.map((c: { id: string }) => c.id)).toEqual([mine.id]);
    expect((await api.request('GET', `/v1/circles/${sibling.id}`, { token })).status).toBe(404);
    expect((await api.request('PATCH', `/v1/circles/${mine.id}`, { token, body: { name: 'renamed' } })).status).toBe(200);
    expect((await api.request('DELETE', `/v1/circles/${mine.id}`, { token })).status).toBe(403);
    expect((await api.request('GET', '/v1/account', { token })).status).toBe(403);
    expect((await api.request('GET', '/v1/prepaid/balance', { token })).status).toBe(403);
  });

  it('refuses to remove a circle that still has active services', async () => {
    const acct = await signUp(api);
    const circle = await addCircle(acct.token);
    busy.add(circle.id);
    const res = await api.request('DELETE', `/v1/circles/${circle.id}`, { token: acct.token, headers: { 'accept-language': 'en' } });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('circle_has_active_services');
    expect(res.body.detail).toContain('2 active services');
  });

  it('refuses a circle login ID that is taken', async () => {
    const acct = await signUp(api);
    const c = await addCircle(acct.token);
    const res = await api.request('POST', '/v1/circles', {
      token: acct.token,
      body: { name: 'dup', loginId: c.loginId, password: 'circle-pass-1' },
    });
    expect(res.status).toBe(409);
    expect(res.body.field).toBe('loginId');
  });

  it('names the field and the allowed range when a name is too long', async () => {
    const acct = await signUp(api);
    const res = await api.request('POST', '/v1/circles', {
      token: acct.token,
      body: { name: 'x'.repeat(101), loginId: uniqueLoginId('c'), password: 'circle-pass-1' },
      headers: { 'accept-language': 'en' },
    });
    expect(res.status).toBe(422);
    expect(res.body.field).toBe('body.name');
    expect(res.body.errors[0].message).toBe('name must be at most 100 characters.');
  });
});
