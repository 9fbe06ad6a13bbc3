import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, startTestApi, uniqueLoginId, type TestApi } from '../support/api';
import { mailsTo, waitForMail } from '../support/mail';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

const en = { 'accept-language': 'en' };

async function reminderToken(acct: { loginId: string; email: string }) {
  await api.request('POST', '/v1/auth/password-reminder', { body: { loginId: acct.loginId } });
  const mail = await waitForMail(acct.email, 'Reset your password');
  return /token=([A-Za-z0-9_-]+)/.exec(mail.text)![1]!;
}

describe('the reset link says why it cannot be used', () => {
  it('a fresh link checks as usable, works once, and then says it was used', async () => {
    const acct = await signUp(api, { language: 'en' });
    const token = await reminderToken(acct);
    const check = await api.request('POST', '/v1/auth/password-reset/check', { body: { token } });
    expect(check.status).toBe(200);
    expect(new Date(check.body.expiresAt).getTime()).toBeGreaterThan(Date.now());

    expect((await api.request('POST', '/v1/auth/password-reset', { body: { token, newPassword: 'new-password-2' } })).status).toBe(204);
    const again = await api.request('POST', '/v1/auth/password-reset', { body: { token, newPassword: 'third-password-3' }, headers: en });
    expect(again.status).toBe(410);
    expect(again.body).toMatchObject({ code: 'reset_link_used', field: 'token' });
    expect(again.body.detail).toContain('already been used');
    const checkUsed = await api.request('POST', '/v1/auth/password-reset/check', { body: { token } });
    expect(checkUsed.body.code).toBe('reset_link_used');
    expect(checkUsed.body.detail).toContain('既に使用されています');
  });

  it('an expired link says it expired, naming its 30 minutes', async () => {
    const acct = await signUp(api, { language: 'en' });
    const token = await reminderToken(acct);
    await api.deps
      .db('password_resets')
      .where({ account_id: acct.accountId })
      .update({ expires_at: api.deps.db.raw("now() - interval '1 second'") });
    const res = await api.request('POST', '/v1/auth/password-reset', { body: { token, newPassword: 'new-password-2' }, headers: en });
    expect(res.status).toBe(410);
    expect(res.body.code).toBe('reset_link_expired');
    expect(res.body.detail).toContain('30 minutes');
  });

  it('a made-up token is only invalid: it tells nothing about other links', async () => {
    const res = await api.request('POST', '/v1/auth/password-reset/check', { body: { token: 'x'.repeat(43) } });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('invalid_reset_token');
  });
});

describe('the login-ID reminder', () => {
  it("mails the account's and its circles' login IDs to the registered address, with the same answer as for an unknown one", async () => {
    const acct = await signUp(api, { language: 'en' });
    const circleLogin = uniqueLoginId('circle');
    await api.request('POST', '/v1/circles', {
      token: acct.token,
      body: { name: 'Osaka office', loginId: circleLogin, password: 'circle-pass-1' },
    });
    const known = await api.request('POST', '/v1/auth/login-id-reminder', { body: { email: acct.email.toUpperCase() } });
    const ghost = `${uniqueLoginId('ghost')}@example.jp`;
    const unknown = await api.request('POST', '/v1/auth/login-id-reminder', { body: { email: ghost } });
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(known.body).toEqual(unknown.body);

    const mail = await waitForMail(acct.email, 'Your login IDs');
    expect(mail.text).toContain(`Account login ID: ${acct.loginId}`);
    expect(mail.text).toContain(`Osaka office: ${circleLogin}`);
    expect(mail.text).not.toContain('password-reset');
    expect(await mailsTo(ghost)).toEqual([]);
  });

  it('is rate-limited per address like the password reminder', async () => {
    const email = `${uniqueLoginId('flood')}@example.jp`;
    const answers: number[] = [];
    for (let i = 0; i < 6; i++) answers.push((await api.request('POST', '/v1/auth/login-id-reminder', { body: { email } })).status);
    expect(answers).toEqual([202, 202, 202, 202, 202, 429]);
  });

  it('refuses a malformed address with what is allowed', async () => {
    const res = await api.request('POST', '/v1/auth/login-id-reminder', { body: { email: 'not-an-address' } });
    expect(res.status).toBe(422);
    expect(res.body.field).toContain('email');
  });
});

describe('account information', () => {
  it('stores the contract data, the postal code as 7 digits from any common way of typing it', async () => {
    const acct = await signUp(api);
    const res = await api.request('PATCH', '/v1/account', {
      token: acct.token,
      body: {
        name: '株式会社テスト',
        contactName: '山田 太郎',
        postalCode: '１５０－０００２',
        prefecture: '東京都',
        address: '渋谷区渋谷2-1-1',
        phone: '03-1234-5678',
        email: `new-${acct.email}`,
      },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      name: '株式会社テスト',
      contactName: '山田 太郎',
      postalCode: '1500002',
      prefecture: '東京都',
      address: '渋谷区渋谷2-1-1',
      phone: '+81312345678',
      phoneDisplay: '03-1234-5678',
      email: `new-${acct.email}`,
    });
    expect((await api.request('GET', '/v1/account', { token: acct.token })).body.postalCode).toBe('1500002');
    const cleared = await api.request('PATCH', '/v1/account', { token: acct.token, body: { contactName: null, phone: '' } });
    expect(cleared.body).toMatchObject({ contactName: null, phone: null, phoneDisplay: null, postalCode: '1500002' });
  });

  it('refuses a postal code, prefecture or phone number that is not one, saying what is allowed', async () => {
    const acct = await signUp(api);
    const cases = [
      [{ postalCode: '150-002' }, 'postal_code_invalid', 'postalCode', '7 digits'],
      [{ prefecture: 'Tokyo' }, 'prefecture_unknown', 'prefecture', 'one of the 47'],
      [{ phone: '12345' }, 'phone_invalid', 'phone', '10 or 11 digits'],
    ] as const;
    for (const [body, code, field, words] of cases) {
      const res = await api.request('PATCH', '/v1/account', { token: acct.token, body, headers: en });
      expect(res.status).toBe(422);
      expect(res.body).toMatchObject({ code, field });
      expect(res.body.detail).toContain(words);
    }
    const ja = await api.request('PATCH', '/v1/account', { token: acct.token, body: { postalCode: 'abc' } });
    expect(ja.body.detail).toContain('7桁');
  });

  it('is the account login’s alone: circle logins are refused', async () => {
    const acct = await signUp(api);
    const circleLogin = uniqueLoginId('circle');
    await api.request('POST', '/v1/circles', { token: acct.token, body: { name: 'c', loginId: circleLogin, password: 'circle-pass-1' } });
    const circle = await api.request('POST', '/v1/auth/login', {
      body: { kind: 'circle', loginId: circleLogin, password: 'circle-pass-1' },
    });
    expect((await api.request('PATCH', '/v1/account', { token: circle.body.token, body: { phone: '0312345678' } })).status).toBe(403);
  });
});

describe("changing a circle's password", () => {
  async function circleOf(token: string) {
    const loginId = uniqueLoginId('circle');
    const res = await api.request('POST', '/v1/circles', { token, body: { name: '支店', loginId, password: 'circle-pass-1' } });
    return { id: res.body.id as string, loginId };
  }
  const circleLogin = (loginId: string, password: string) =>
    api.request('POST', '/v1/auth/login', { body: { kind: 'circle', loginId, password } });

  it("the account sets it without the old one, and the circle's sessions end", async () => {
    const acct = await signUp(api);
    const c = await circleOf(acct.token);
    const before = (await circleLogin(c.loginId, 'circle-pass-1')).body.token;
    const res = await api.request('PUT', `/v1/circles/${c.id}/password`, { token: acct.token, body: { password: 'circle-pass-2' } });
    expect(res.status).toBe(204);
    expect((await api.request('GET', '/v1/circles', { token: before })).status).toBe(401);
    expect((await circleLogin(c.loginId, 'circle-pass-1')).status).toBe(401);
    expect((await circleLogin(c.loginId, 'circle-pass-2')).status).toBe(200);
  });

  it('a circle login changes its own only with the current one, and keeps its session', async () => {
    const acct = await signUp(api);
    const c = await circleOf(acct.token);
    const token = (await circleLogin(c.loginId, 'circle-pass-1')).body.token;
    const missing = await api.request('PUT', `/v1/circles/${c.id}/password`, { token, body: { password: 'circle-pass-2' } });
    expect(missing).toMatchObject({ status: 422, body: { code: 'circle_current_password_required' } });
    const wrong = await api.request('PUT', `/v1/circles/${c.id}/password`, {
      token,
      body: { password: 'circle-pass-2', currentPassword: 'not-it-at-all' },
    });
    expect(wrong).toMatchObject({ status: 422, body: { code: 'circle_current_password_wrong', field: 'currentPassword' } });
    const ok = await api.request('PUT', `/v1/circles/${c.id}/password`, {
      token,
      body: { password: 'circle-pass-2', currentPassword: 'circle-pass-1' },
    });
    expect(ok.status).toBe(204);
    expect((await api.request('GET', '/v1/circles', { token })).status).toBe(200);
  });

  it("a circle login cannot touch a sibling circle's password", async () => {
    const acct = await signUp(api);
    const mine = await circleOf(acct.token);
    const sibling = await circleOf(acct.token);
    const token = (await circleLogin(mine.loginId, 'circle-pass-1')).body.token;
    const res = await api.request('PUT', `/v1/circles/${sibling.id}/password`, {
      token,
      body: { password: 'circle-pass-2', currentPassword: 'circle-pass-1' },
    });
    expect(res.status).toBe(404);
    expect((await circleLogin(sibling.loginId, 'circle-pass-1')).status).toBe(200);
  });
});
