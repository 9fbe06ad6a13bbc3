import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, staffLogin, uniqueLoginId, type TestApi } from '../support/api';

let api: TestApi;
let admin: string;

beforeAll(async () => {
  api = await startTestApi();
  admin = await staffLogin(api, 'admin');
});
afterAll(() => api.close());

const staffLoginAs = (loginId: string, password: string) =>
  api.request('POST', '/v1/auth/login', { body: { kind: 'staff', loginId, password } });

/** Creates a staff user as the seeded administrator. */
async function createStaff(role: 'operator' | 'warehouse' | 'admin', password?: string) {
  const loginId = uniqueLoginId(role);
  const res = await api.request('POST', '/v1/staff', {
    token: admin,
    headers: { 'idempotency-key': randomUUID() },
    body: { loginId, name: `Test ${role}`, role, ...(password ? { password } : {}) },
  });
  expect(res.status).toBe(201);
  return { loginId, id: res.body.id as string, password: (password ?? res.body.temporaryPassword) as string };
}

/** A new member of staff, logged in, who has replaced the temporary password as they must. */
async function loggedIn(role: 'operator' | 'warehouse' | 'admin') {
  const user = await createStaff(role);
  const login = await staffLoginAs(user.loginId, user.password);
  expect(login.status).toBe(200);
  const token = login.body.token as string;
  const password = `own-${randomUUID()}`;
  const changed = await api.request('POST', '/v1/staff/me/password', {
    token,
    body: { currentPassword: user.password, newPassword: password },
  });
  expect(changed.status).toBe(204);
  return { ...user, password, token };
}

describe('staff administration: creating staff users', () => {
  it('creates a user with a temporary password answered once, who can then log in with the role given', async () => {
    const loginId = uniqueLoginId('wh');
    const key = randomUUID();
    const body = { loginId, name: '倉庫 太郎', role: 'warehouse' };
    const res = await api.request('POST', '/v1/staff', { token: admin, headers: { 'idempotency-key': key }, body });
    expect(res.status).toBe(201);
    expect(res.headers.get('location')).toBe(`/v1/staff/${res.body.id}`);
    expect(res.body).toMatchObject({
      id: expect.any(String),
      loginId,
      name: '倉庫 太郎',
      role: 'warehouse',
      status: 'active',
      createdBy: 'admin',
      lastLoginAt: null,
    });
    expect(res.body.temporaryPassword).toMatch(/^[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}$/);

    const login = await staffLoginAs(loginId, res.body.temporaryPassword);
    expect(login.status).toBe(200);
    expect(login.body.principal).toEqual({ kind: 'staff', staffId: res.body.id, role: 'warehouse' });
    const token = login.body.token as string;
    const before = await api.request('GET', '/v1/warehouse/tasks', { token });
    expect(before.status, 'a temporary password opens nothing but its own replacement').toBe(403);
    expect(before.body.code).toBe('password_change_required');
    expect((await api.request('GET', '/v1/auth/session', { token })).body.mustChangePassword).toBe(true);
    const same = await api.request('POST', '/v1/staff/me/password', {
      token,
      body: { currentPassword: res.body.temporaryPassword, newPassword: res.body.temporaryPassword },
    });
    expect(same.status).toBe(422);
    const wrong = await api.request('POST', '/v1/staff/me/password', {
      token,
      body: { currentPassword: 'not-it-1', newPassword: 'mine-pass-123' },
    });
    expect(wrong.status).toBe(401);
    const other = (await staffLoginAs(loginId, res.body.temporaryPassword)).body.token as string;
    const changed = await api.request('POST', '/v1/staff/me/password', {
      token,
      body: { currentPassword: res.body.temporaryPassword, newPassword: 'mine-pass-123' },
    });
    expect(changed.status).toBe(204);
    expect((await api.request('GET', '/v1/warehouse/tasks', { token })).status, 'the session that changed it goes on').toBe(200);
    expect((await api.request('GET', '/v1/warehouse/tasks', { token: other })).status, 'other sessions end').toBe(401);
    expect((await staffLoginAs(loginId, res.body.temporaryPassword)).status).toBe(401);

    // A retry of the same request answers the same user, but never the password again.
    const replay = await api.request('POST', '/v1/staff', { token: admin, headers: { 'idempotency-key': key }, body });
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body.id).toBe(res.body.id);
    expect(replay.body.temporaryPassword).toBeNull();
    const stored = await api.deps.db('idempotency_keys').where({ key }).first();
    expect(JSON.stringify(stored.response_body)).not.toContain(res.body.temporaryPassword);

    const list = await api.request('GET', '/v1/staff', { token: admin });
    expect(list.body.nextCursor).toBeNull();
    expect(list.body.items.find((s: { id: string }) => s.id === res.body.id)).toMatchObject({
      loginId,
      lastLoginAt: expect.any(String),
    });
    // The Location reads the same user.
    const one = await api.request('GET', `/v1/staff/${res.body.id}`, { token: admin });
    expect(one.body).toMatchObject({ id: res.body.id, loginId, role: 'warehouse', lastLoginAt: expect.any(String) });
  });

  it('keeps a chosen password, and refuses a taken login ID whatever its case', async () => {
    const user = await createStaff('operator', 'chosen-pass-1');
    expect((await staffLoginAs(user.loginId, 'chosen-pass-1')).status).toBe(200);
    const again = await api.request('POST', '/v1/staff', {
      token: admin,
      body: { loginId: user.loginId.toUpperCase(), name: 'Someone else', role: 'operator' },
    });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'login_id_taken', field: 'loginId' });
  });

  it('says which fields are wrong: the login ID pattern, the name, the role, the password policy', async () => {
    const res = await api.request('POST', '/v1/staff', {
      token: admin,
      headers: { 'accept-language': 'en' },
      body: { loginId: 'a b', name: ' ', role: 'boss', password: 'short' },
    });
    expect(res.status).toBe(422);
    const fields = (res.body.errors as Array<{ field: string }>).map((e) => e.field).sort();
    expect(fields).toEqual(['body.loginId', 'body.name', 'body.password', 'body.role']);
  });
});

describe('staff administration: passwords and access', () => {
  it('a password reset ends every session and only the new temporary password works', async () => {
    const user = await loggedIn('operator');
    const reset = await api.request('POST', `/v1/staff/${user.id}/password-reset`, {
      token: admin,
      headers: { 'idempotency-key': randomUUID() },
    });
    expect(reset.status).toBe(200);
    expect(reset.body).toMatchObject({ staffId: user.id, sessionsEnded: 1 });
    expect((await api.request('GET', '/v1/auth/session', { token: user.token })).status).toBe(401);
    expect((await staffLoginAs(user.loginId, user.password)).status).toBe(401);
    expect((await staffLoginAs(user.loginId, reset.body.temporaryPassword)).status).toBe(200);
  });

  it('a disabled user loses their sessions and is refused at login like a wrong password, until enabled again', async () => {
    const user = await loggedIn('warehouse');
    const disabled = await api.request('POST', `/v1/staff/${user.id}/disable`, {
      token: admin,
      headers: { 'idempotency-key': randomUUID() },
    });
    expect(disabled.status).toBe(200);
    expect(disabled.body).toMatchObject({ status: 'disabled', disabledAt: expect.any(String) });
    expect((await api.request('GET', '/v1/warehouse/tasks', { token: user.token })).status).toBe(401);
    const refused = await staffLoginAs(user.loginId, user.password);
    expect(refused.status).toBe(401);
    expect(refused.body.code).toBe('invalid_credentials');

    // Disabling twice changes nothing, and keeps the first time.
    const twice = await api.request('POST', `/v1/staff/${user.id}/disable`, { token: admin });
    expect(twice.body.disabledAt).toBe(disabled.body.disabledAt);

    const enabled = await api.request('POST', `/v1/staff/${user.id}/enable`, { token: admin });
    expect(enabled.body.status).toBe('active');
    expect((await staffLoginAs(user.loginId, user.password)).status).toBe(200);
  });

  it('a session that raced the disabling is refused anyway', async () => {
    const user = await loggedIn('operator');
    await api.request('POST', `/v1/staff/${user.id}/disable`, { token: admin });
    await api.deps.db('sessions').where({ staff_id: user.id }).update({ revoked_at: null });
    expect((await api.request('GET', '/v1/auth/session', { token: user.token })).status).toBe(401);
  });

  it('an administrator cannot disable themself or change their own role', async () => {
    const other = await loggedIn('admin');
    const self = await api.request('POST', `/v1/staff/${other.id}/disable`, { token: other.token, headers: { 'accept-language': 'en' } });
    expect(self.status).toBe(422);
    expect(self.body).toMatchObject({
      code: 'staff_cannot_disable_self',
      detail: 'You cannot disable your own login; ask another administrator.',
    });
    const demote = await api.request('PATCH', `/v1/staff/${other.id}`, { token: other.token, body: { role: 'operator' } });
    expect(demote.status).toBe(422);
    expect(demote.body.code).toBe('staff_cannot_change_own_role');
  });

  it('a role change applies to the open session at once', async () => {
    const user = await loggedIn('operator');
    expect((await api.request('GET', '/v1/operator/reviews', { token: user.token })).status).toBe(200);
    const changed = await api.request('PATCH', `/v1/staff/${user.id}`, { token: admin, body: { role: 'warehouse' } });
    expect(changed.body.role).toBe('warehouse');
    expect((await api.request('GET', '/v1/operator/reviews', { token: user.token })).status).toBe(403);
    expect((await api.request('GET', '/v1/warehouse/tasks', { token: user.token })).status).toBe(200);
    expect((await api.request('GET', '/v1/auth/session', { token: user.token })).body.role).toBe('warehouse');
  });

  it('answers 404 for a staff ID that belongs to nobody', async () => {
    for (const action of ['password-reset', 'disable', 'enable'])
      expect((await api.request('POST', `/v1/staff/${randomUUID()}/${action}`, { token: admin })).status).toBe(404);
  });

  it('lets only administrators near staff users and the audit log', async () => {
    const operator = await staffLogin(api, 'operator');
    const warehouse = await staffLogin(api, 'warehouse');
    const id = randomUUID();
    const calls: Array<[string, string, unknown?]> = [
      ['GET', '/v1/staff'],
      ['POST', '/v1/staff', { loginId: uniqueLoginId('x'), name: 'x', role: 'admin' }],
      ['PATCH', `/v1/staff/${id}`, { role: 'admin' }],
      ['POST', `/v1/staff/${id}/password-reset`],
      ['POST', `/v1/staff/${id}/disable`],
      ['POST', `/v1/staff/${id}/enable`],
      ['GET', '/v1/staff/audit'],
    ];
    for (const token of [operator, warehouse])
      for (const [method, path, body] of calls)
        expect((await api.request(method, path, { token, body })).status, `${method} ${path}`).toBe(403);
  });
});
