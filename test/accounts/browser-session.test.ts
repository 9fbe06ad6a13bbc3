import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, startTestApi, type TestApi } from '../support/api';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

/** Logs a staff member in as the staff console does: an HttpOnly cookie, and a CSRF token kept in memory. */
async function cookieLogin(role: 'operator' | 'warehouse') {
  const res = await api.request('POST', '/v1/auth/login', {
    body: { kind: 'staff', loginId: role, password: `${role}-pass-1`, session: 'cookie' },
  });
  expect(res.status).toBe(200);
  const setCookie = res.headers.get('set-cookie') ?? '';
  return { res, setCookie, cookie: setCookie.split(';')[0]!, csrfToken: res.body.csrfToken as string };
}

describe('browser sessions: an HttpOnly cookie with a CSRF token', () => {
  it('sets an HttpOnly, SameSite=Strict session cookie and answers no token a script could read', async () => {
    const { res, setCookie, csrfToken } = await cookieLogin('operator');
    expect(setCookie).toMatch(/^pbx_session=[A-Za-z0-9_-]{20,}; Max-Age=\d+; Path=\/; HttpOnly; SameSite=Strict$/);
    expect(res.body.token).toBeUndefined();
    expect(csrfToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(res.body.principal).toMatchObject({ kind: 'staff', role: 'operator' });
  });

  it('reads with the cookie alone, and tells a reloaded page its CSRF token again', async () => {
    const { cookie, csrfToken } = await cookieLogin('operator');
    expect((await api.request('GET', '/v1/operator/bank-transfers', { headers: { cookie } })).status).toBe(200);
    const session = await api.request('GET', '/v1/auth/session', { headers: { cookie } });
    expect(session.body).toMatchObject({ kind: 'staff', role: 'operator', csrfToken });
  });

  it('refuses a state change that carries the cookie without the CSRF token (another site posting a form)', async () => {
    const { cookie, csrfToken } = await cookieLogin('operator');
    const forged = await api.request('POST', '/v1/auth/logout', { headers: { cookie, 'accept-language': 'en' } });
    expect(forged.status).toBe(403);
    expect(forged.body).toMatchObject({ code: 'csrf_token_invalid' });
    expect(forged.body.detail).toContain('X-CSRF-Token');
    const wrong = await api.request('POST', '/v1/auth/logout', {
      headers: { cookie, 'x-csrf-token': csrfToken.replace(/.$/, (c) => (c === '0' ? '1' : '0')) },
    });
    expect(wrong.status).toBe(403);
    // The session survived both attempts.
    expect((await api.request('GET', '/v1/auth/session', { headers: { cookie } })).status).toBe(200);
  });

  it('logs out with the CSRF token: the cookie is cleared and the session ends', async () => {
    const { cookie, csrfToken } = await cookieLogin('warehouse');
    const out = await api.request('POST', '/v1/auth/logout', { headers: { cookie, 'x-csrf-token': csrfToken } });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/^pbx_session=; Max-Age=0;/);
    expect((await api.request('GET', '/v1/auth/session', { headers: { cookie } })).status).toBe(401);
  });

  it("a customer's browser session cannot use a staff operation", async () => {
    const acct = await signUp(api);
    const res = await api.request('POST', '/v1/auth/login', {
      body: { kind: 'account', loginId: acct.loginId, password: acct.password, session: 'cookie' },
    });
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
    expect((await api.request('GET', '/v1/operator/bank-transfers', { headers: { cookie } })).status).toBe(403);
  });

  it('programs with a bearer token need no CSRF token', async () => {
    const login = await api.request('POST', '/v1/auth/login', {
      body: { kind: 'staff', loginId: 'operator', password: 'operator-pass-1' },
    });
    expect(login.headers.get('set-cookie')).toBeNull();
    expect((await api.request('POST', '/v1/auth/logout', { token: login.body.token })).status).toBe(204);
  });

  it('a cookie whose session has ended does not block logging in again', async () => {
    const { cookie, csrfToken } = await cookieLogin('operator');
    // The session ends elsewhere (a logout in another tab, a password reset): the browser keeps the cookie.
    expect((await api.request('POST', '/v1/auth/logout', { headers: { cookie, 'x-csrf-token': csrfToken } })).status).toBe(204);
    const again = await api.request('POST', '/v1/auth/login', {
      headers: { cookie },
      body: { kind: 'staff', loginId: 'operator', password: 'operator-pass-1', session: 'cookie' },
    });
    expect(again.status).toBe(200);
    expect(again.body.csrfToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);
  });
});
