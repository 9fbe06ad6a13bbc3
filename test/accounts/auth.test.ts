import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, startTestApi, staffLogin, uniqueLoginId, type TestApi } from '../support/api';
import { mailsTo, waitForMail } from '../support/mail';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const login = (body: object) => api.request('POST', '/v1/auth/login', { body });

describe('account login', () => {
  it('issues a bearer token that identifies the account', async () => {
    const acct = await signUp(api);
    const me = await api.request('GET', '/v1/auth/session', { token: acct.token });
    expect(me.status).toBe(200);
    expect(me.body).toEqual({ kind: 'account', accountId: acct.accountId });
  });

  it('refuses a wrong password with a localized problem and no token', async () => {
    const acct = await signUp(api);
    const ja = await login({ kind: 'account', loginId: acct.loginId, password: 'wrong-password' });
    expect(ja.status).toBe(401);
    expect(ja.headers.get('content-type')).toContain('application/problem+json');
    expect(ja.body.code).toBe('invalid_credentials');
    expect(ja.body.detail).toBe('ログインIDまたはパスワードが正しくありません。');
    const en = await api.request('POST', '/v1/auth/login', {
      body: { kind: 'account', loginId: acct.loginId, password: 'wrong-password' },
      headers: { 'accept-language': 'en-US,en;q=0.9' },
    });
    expect(en.body.detail).toBe('The login ID or password is wrong.');
  });

  it('answers an unknown login ID exactly like a wrong password', async () => {
    const res = await login({ kind: 'account', loginId: uniqueLoginId('ghost'), password: 'whatever-1' });
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('invalid_credentials');
  });

  it('ends the session at logout', async () => {
    const acct = await signUp(api);
    expect((await api.request('POST', '/v1/auth/logout', { token: acct.token })).status).toBe(204);
    const after = await api.request('GET', '/v1/account', { token: acct.token });
    expect(after.status).toBe(401);
  });

  it('rejects an expired session', async () => {
    const acct = await signUp(api);
    await api.deps
      .db('sessions')
      .where({ account_id: acct.accountId })
      .update({ expires_at: api.deps.db.raw("now() - interval '1 second'") });
    expect((await api.request('GET', '/v1/account', { token: acct.token })).status).toBe(401);
  });

  it('gives every login a fresh token, so a token known before login is never adopted', async () => {
    const acct = await signUp(api);
    const again = await login({ kind: 'account', loginId: acct.loginId, password: acct.password });
    expect(again.body.token).not.toBe(acct.token);
    const stored = await api.deps.db('sessions').where({ account_id: acct.accountId }).select('token_hash');
    expect(stored.map((r) => r.token_hash)).not.toContain(acct.token);
  });

  it('locks an ID out after too many failed attempts, then answers 429 with Retry-After', async () => {
    const strict = await startTestApi({ LOGIN_RATE_PER_ID: '3' });
    try {
      const acct = await signUp(strict);
      for (let i = 0; i < 3; i++) {
        expect(
          (await strict.request('POST', '/v1/auth/login', { body: { kind: 'account', loginId: acct.loginId, password: 'bad-guess-1' } }))
            .status,
        ).toBe(401);
      }
      const blocked = await strict.request('POST', '/v1/auth/login', {
        body: { kind: 'account', loginId: acct.loginId, password: acct.password },
      });
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await strict.close();
    }
  });
});

describe('staff login', () => {
  it('logs an operator in with the operator role', async () => {
    const token = await staffLogin(api, 'operator');
    const me = await api.request('GET', '/v1/auth/session', { token });
    expect(me.body).toMatchObject({ kind: 'staff', role: 'operator' });
  });
});

describe('password reminder', () => {
  it('mails a single-use reset link over SMTP; the reset ends every other session', async () => {
    const acct = await signUp(api, { language: 'en' });
    const res = await api.request('POST', '/v1/auth/password-reminder', { body: { loginId: acct.loginId } });
    expect(res.status).toBe(202);

    const mail = await waitForMail(acct.email, 'Reset your password');
    expect(mail.headers['content-language']).toBe('en');
    const token = /token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
    expect(token).toBeDefined();

    const reset = await api.request('POST', '/v1/auth/password-reset', { body: { token, newPassword: 'new-password-2' } });
    expect(reset.status).toBe(204);
    expect((await api.request('GET', '/v1/account', { token: acct.token })).status).toBe(401);
    expect((await login({ kind: 'account', loginId: acct.loginId, password: acct.password })).status).toBe(401);
    expect((await login({ kind: 'account', loginId: acct.loginId, password: 'new-password-2' })).status).toBe(200);

    const reused = await api.request('POST', '/v1/auth/password-reset', { body: { token, newPassword: 'third-password-3' } });
    expect(reused.status).toBe(410);
    expect(reused.body.code).toBe('reset_link_used');
  });

  it('writes the mail in Japanese for a Japanese account', async () => {
    const acct = await signUp(api, { language: 'ja' });
    await api.request('POST', '/v1/auth/password-reminder', { body: { loginId: acct.loginId } });
    const mail = await waitForMail(acct.email, 'パスワード再設定');
    expect(mail.text).toContain('30分以内');
  });

  it('answers the same for an unknown login ID and mails nobody', async () => {
    const ghost = uniqueLoginId('ghost');
    const res = await api.request('POST', '/v1/auth/password-reminder', { body: { loginId: ghost } });
    expect(res.status).toBe(202);
    const known = await signUp(api);
    const res2 = await api.request('POST', '/v1/auth/password-reminder', { body: { loginId: known.loginId } });
    expect(res2.body).toEqual(res.body);
    await waitForMail(known.email, 'パスワード再設定');
    expect(await mailsTo(`${ghost}@example.jp`)).toEqual([]);
  });

  it('refuses a link older than 30 minutes', async () => {
    const acct = await signUp(api, { language: 'en' });
    await api.request('POST', '/v1/auth/password-reminder', { body: { loginId: acct.loginId } });
    const mail = await waitForMail(acct.email, 'Reset your password');
    const token = /token=([A-Za-z0-9_-]+)/.exec(mail.text)![1];
    await api.deps
      .db('password_resets')
      .where({ account_id: acct.accountId })
      .update({ expires_at: api.deps.db.raw("now() - interval '1 second'") });
    const res = await api.request('POST', '/v1/auth/password-reset', { body: { token, newPassword: 'new-password-2' } });
    expect(res.status).toBe(410);
    expect(res.body.code).toBe('reset_link_expired');
  });
});
