import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeUnique } from '../devices/devices-fixtures';
import { signUp, startTestApi, uniqueLoginId, type TestApi } from '../support/api';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const en = { 'accept-language': 'en' };

async function createKey(token: string, body: Record<string, unknown>) {
  const res = await api.request('POST', '/v1/api-keys', { token, body, headers: en });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res;
}

async function addCircle(token: string, name: string) {
  const loginId = uniqueLoginId('circle');
  const res = await api.request('POST', '/v1/circles', { token, body: { name, loginId, password: 'circle-pass-1' } });
  expect(res.status).toBe(201);
  const login = await api.request('POST', '/v1/auth/login', { body: { kind: 'circle', loginId, password: 'circle-pass-1' } });
  expect(login.status).toBe(200);
  return { id: res.body.id as string, token: login.body.token as string };
}

/** A phone number in service in the circle, written directly: ordering one is not the subject here. */
async function activeNumber(accountId: string, circleId: string): Promise<string> {
  const db = api.deps.db;
  const number = await db('phone_numbers').where({ status: 'available', kind: 'local' }).orderByRaw('random()').first('id');
  await db('phone_numbers')
    .where({ id: number.id })
    .update({ status: 'active', account_id: accountId, circle_id: circleId, monthly_fee: 1100, activated_at: new Date() });
  return number.id;
}

describe('API key lifecycle', () => {
  it('shows a new key once, lists it without its secret, notes its use, and refuses it once revoked', async () => {
    const acct = await signUp(api);
    const created = await createKey(acct.token, { name: '受注連携', access: 'read_write' });
    const key = created.body.secret as string;
    expect(key).toMatch(/^pbx_live_[A-Za-z0-9]{8}_[A-Za-z0-9_-]{43}$/);
    expect(key.startsWith(created.body.prefix)).toBe(true);
    expect(created.headers.get('location')).toBe(`/v1/api-keys/${created.body.id}`);
    expect(created.body).toMatchObject({ name: '受注連携', access: 'read_write', status: 'active', scope: { circleId: null } });
    expect(created.body.lastUsedAt).toBeNull();

    const listed = await api.request('GET', '/v1/api-keys', { token: acct.token });
    expect(listed.body).toMatchObject({ items: [{ id: created.body.id }], nextCursor: null });
    expect(listed.body.items[0]).not.toHaveProperty('secret');
    expect(JSON.stringify(listed.body)).not.toContain(key.slice(created.body.prefix.length));
    const stored = await api.deps.db('api_keys').where({ id: created.body.id }).first();
    expect(JSON.stringify(stored)).not.toContain(key);

    const used = await api.request('GET', '/v1/account', { token: key });
    expect(used.status).toBe(200);
    expect(used.body.id).toBe(acct.accountId);
    expect(used.headers.get('ratelimit-limit')).toBe('600');
    const seen = await api.request('GET', `/v1/api-keys/${created.body.id}`, { token: acct.token });
    expect(seen.body.lastUsedAt).not.toBeNull();
    expect(seen.body).not.toHaveProperty('key');

    const revoked = await api.request('DELETE', `/v1/api-keys/${created.body.id}`, { token: acct.token });
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({ status: 'revoked' });
    const again = await api.request('DELETE', `/v1/api-keys/${created.body.id}`, { token: acct.token });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(revoked.body);

    const refused = await api.request('GET', '/v1/account', { token: key, headers: en });
    expect(refused.status).toBe(401);
    expect(refused.body.code).toBe('api_key_revoked');
    expect(refused.body.detail).toMatch(/revoked/);
    expect(refused.headers.get('www-authenticate')).toMatch(/^Bearer error="invalid_token", error_description=".*revoked/);
  });

  it('answers an idempotent retry of the creation without the key', async () => {
    const acct = await signUp(api);
    const headers = { 'idempotency-key': `key-${acct.accountId}` };
    const body = { name: 'retry', access: 'read' };
    const first = await api.request('POST', '/v1/api-keys', { token: acct.token, body, headers });
    const replay = await api.request('POST', '/v1/api-keys', { token: acct.token, body, headers });
    expect(first.status).toBe(201);
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body.id).toBe(first.body.id);
    expect(replay.body).not.toHaveProperty('secret');
    expect((await api.request('GET', '/v1/api-keys', { token: acct.token })).body.items).toHaveLength(1);
  });

  it('refuses an expired key as expired, distinct from a revoked or a malformed one', async () => {
    const acct = await signUp(api);
    const created = await createKey(acct.token, {
      name: 'short-lived',
      access: 'read',
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect((await api.request('GET', '/v1/account', { token: created.body.secret })).status).toBe(200);
    await api.deps
      .db('api_keys')
      .where({ id: created.body.id })
      .update({ expires_at: new Date(Date.now() - 1000) });

    const expired = await api.request('GET', '/v1/account', { token: created.body.secret });
    expect(expired.status).toBe(401);
    expect(expired.body.code).toBe('api_key_expired');
    expect(expired.body.detail).toMatch(/有効期限/);
    expect(expired.headers.get('www-authenticate')).toMatch(/error="invalid_token"/);
    expect((await api.request('GET', `/v1/api-keys/${created.body.id}`, { token: acct.token })).body.status).toBe('expired');

    const past = await api.request('POST', '/v1/api-keys', {
      token: acct.token,
      body: { name: 'already over', access: 'read', expiresAt: '2020-01-01T00:00:00Z' },
      headers: en,
    });
    expect(past.status).toBe(422);
    expect(past.body).toMatchObject({ code: 'api_key_expiry_past', field: 'expiresAt' });
  });

  it('refuses garbage as an invalid key, and a key that was never issued the same way', async () => {
    const wellFormed = `pbx_live_AbCd1234_${'x'.repeat(43)}`;
    for (const token of ['pbx_live_garbage', wellFormed]) {
      const res = await api.request('GET', '/v1/account', { token, headers: en });
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('api_key_invalid');
      expect(res.headers.get('www-authenticate')).toMatch(/error="invalid_token"/);
      expect(res.headers.get('ratelimit-limit')).toBeNull();
    }
    const notAKey = await api.request('GET', '/v1/account', { token: 'x'.repeat(40) });
    expect(notAKey.status).toBe(401);
    expect(notAKey.body.code).toBe('unauthenticated');
    expect(notAKey.headers.get('www-authenticate')).toBe('Bearer');
  });
});

describe('API key scopes', () => {
  it('lets a read-only key read but not write', async () => {
    const acct = await signUp(api);
    const { body } = await createKey(acct.token, { name: 'reporting', access: 'read' });
    expect((await api.request('GET', '/v1/circles', { token: body.secret })).status).toBe(200);
    const post = await api.request('POST', '/v1/circles', {
      token: body.secret,
      body: { name: 'x', loginId: uniqueLoginId('c'), password: 'circle-pass-1' },
      headers: en,
    });
    expect(post.status).toBe(403);
    expect(post.body.code).toBe('api_key_read_only');
    expect(post.body.detail).toMatch(/POST/);
    expect((await api.request('GET', '/v1/circles', { token: acct.token })).body.items).toHaveLength(0);
  });

  it('keeps a circle key inside its circle and lets an account key see every circle', async () => {
    const acct = await signUp(api);
    const a = await addCircle(acct.token, '東京');
    const b = await addCircle(acct.token, '大阪');
    const uniqueA = await activeUnique(api, acct.accountId, a.id);
    const uniqueB = await activeUnique(api, acct.accountId, b.id);
    const numberB = await activeNumber(acct.accountId, b.id);

    const circleKey = (await createKey(acct.token, { name: 'tokyo', scope: { circleId: a.id }, access: 'read_write' })).body;
    expect(circleKey.scope).toEqual({ circleId: a.id });
    const accountKey = (await createKey(acct.token, { name: 'all', access: 'read' })).body;

    const ids = (res: { body: { items: Array<{ id: string }> } }) => res.body.items.map((u) => u.id).sort();
    expect(ids(await api.request('GET', '/v1/uniques', { token: circleKey.secret }))).toEqual([uniqueA.id]);
    expect(ids(await api.request('GET', '/v1/uniques', { token: accountKey.secret }))).toEqual([uniqueA.id, uniqueB.id].sort());

    // The circle key answers exactly as the circle's own login does.
    for (const path of [`/v1/uniques/${uniqueB.id}/settings`, `/v1/numbers/${numberB}`, `/v1/circles/${b.id}`]) {
      const byKey = await api.request('GET', path, { token: circleKey.secret });
      const byLogin = await api.request('GET', path, { token: a.token });
      expect([403, 404], path).toContain(byKey.status);
      expect(byKey.status, path).toBe(byLogin.status);
      expect(byKey.body.code, path).toBe(byLogin.body.code);
      expect((await api.request('GET', path, { token: accountKey.secret })).status, path).toBe(200);
    }
    expect((await api.request('GET', `/v1/uniques/${uniqueA.id}/settings`, { token: circleKey.secret })).status).toBe(200);
  });

  it('lets a circle login manage the keys of its own circle only', async () => {
    const acct = await signUp(api);
    const a = await addCircle(acct.token, '東京');
    const b = await addCircle(acct.token, '大阪');
    const own = await createKey(a.token, { name: 'own', access: 'read' });
    expect(own.body.scope).toEqual({ circleId: a.id });
    const other = await api.request('POST', '/v1/api-keys', {
      token: a.token,
      body: { name: 'other', scope: { circleId: b.id }, access: 'read' },
    });
    expect(other.status).toBe(422);
    expect(other.body).toMatchObject({ code: 'api_key_circle_unknown', field: 'scope.circleId' });

    const accountWide = await createKey(acct.token, { name: 'account', access: 'read' });
    expect((await api.request('GET', '/v1/api-keys', { token: a.token })).body.items.map((k: { id: string }) => k.id)).toEqual([
      own.body.id,
    ]);
    expect((await api.request('GET', '/v1/api-keys', { token: acct.token })).body.items).toHaveLength(2);
    expect((await api.request('GET', `/v1/api-keys/${accountWide.body.id}`, { token: a.token })).status).toBe(404);
    expect((await api.request('DELETE', `/v1/api-keys/${accountWide.body.id}`, { token: a.token })).status).toBe(404);
    expect((await api.request('DELETE', `/v1/api-keys/${own.body.id}`, { token: a.token })).body.status).toBe('revoked');
  });

  it('never lets a key manage keys or passwords, and ends a circle key with its circle', async () => {
    const acct = await signUp(api);
    const c = await addCircle(acct.token, '名古屋');
    const key = (await createKey(acct.token, { name: 'writer', access: 'read_write' })).body.secret;
    for (const [method, path, body] of [
      ['POST', '/v1/api-keys', { name: 'child', access: 'read_write' }],
      ['GET', '/v1/api-keys', undefined],
      ['POST', '/v1/account/password', { currentPassword: acct.password, newPassword: 'new-password-1' }],
      ['PATCH', '/v1/account', { email: 'taken-over@example.jp' }],
    ] as const) {
      const res = await api.request(method, path, { token: key, body });
      expect(res.status, path).toBe(403);
      expect(res.body.code, path).toBe('api_key_not_allowed');
    }

    const circleKey = (await createKey(acct.token, { name: 'nagoya', scope: { circleId: c.id }, access: 'read' })).body.secret;
    expect((await api.request('GET', '/v1/uniques', { token: circleKey })).status).toBe(200);
    expect((await api.request('DELETE', `/v1/circles/${c.id}`, { token: acct.token })).status).toBe(204);
    const gone = await api.request('GET', '/v1/uniques', { token: circleKey });
    expect(gone.status).toBe(401);
    expect(gone.body.code).toBe('api_key_revoked');
  });
});

describe('API key rate limit', () => {
  it('answers 429 with Retry-After past a key’s own limit, leaving other keys alone', async () => {
    const limited = await startTestApi({ API_KEY_RATE_LIMIT: '3' });
    try {
      const acct = await signUp(limited);
      const one = (await limited.request('POST', '/v1/api-keys', { token: acct.token, body: { name: 'one', access: 'read' } })).body.secret;
      const two = (await limited.request('POST', '/v1/api-keys', { token: acct.token, body: { name: 'two', access: 'read' } })).body.secret;

      const remaining: string[] = [];
      for (let i = 0; i < 3; i++) {
        const res = await limited.request('GET', '/v1/account', { token: one });
        expect(res.status).toBe(200);
        expect(res.headers.get('ratelimit-limit')).toBe('3');
        expect(Number(res.headers.get('ratelimit-reset'))).toBeGreaterThan(0);
        remaining.push(res.headers.get('ratelimit-remaining')!);
      }
      expect(remaining).toEqual(['2', '1', '0']);

      const refused = await limited.request('GET', '/v1/account', { token: one, headers: en });
      expect(refused.status).toBe(429);
      expect(refused.body.code).toBe('api_key_rate_limited');
      const retryAfter = Number(refused.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(refused.headers.get('ratelimit-limit')).toBe('3');
      expect(refused.headers.get('ratelimit-remaining')).toBe('0');
      expect(refused.headers.get('ratelimit-reset')).toBe(String(retryAfter));

      const other = await limited.request('GET', '/v1/account', { token: two });
      expect(other.status).toBe(200);
      expect(other.headers.get('ratelimit-remaining')).toBe('2');
      // The login behind the keys is not limited by them.
      expect((await limited.request('GET', '/v1/account', { token: acct.token })).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
