import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../lib/crypto';
import { signUp, startTestApi, staffLogin, type TestApi } from '../support/api';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const en = { 'accept-language': 'en' };
/** A problem's `type` on this test's own API (the document names the configured public URL). */
const onThisApi = (url: string) => url.replace(/^https?:\/\/[^/]+/, api.url);

describe('the shared shape of answers', () => {
  it('answers a known path with a wrong method 405 with Allow listing the methods it has', async () => {
    const { token } = await signUp(api);
    const res = await api.request('PUT', '/v1/circles', { token, body: {}, headers: en });
    expect(res.status).toBe(405);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const allow = (res.headers.get('allow') ?? '').split(/,\s*/);
    expect(allow).toEqual(expect.arrayContaining(['GET', 'POST']));
    expect(allow).not.toContain('PUT');
    expect(res.body).toMatchObject({ status: 405, code: 'method_not_allowed', params: { allowed: res.headers.get('allow') } });
    expect(res.body.detail).toContain('GET');
    const unknownMethod = await api.request('PROPFIND', '/v1/circles', { token });
    expect(unknownMethod.status).toBe(405);
    expect(unknownMethod.headers.get('allow')).toContain('POST');
  });

  it('says a missing field is required, naming it, in English and in Japanese', async () => {
    const { token } = await signUp(api);
    const body = { loginId: `c${Date.now()}`, password: 'circle-pass-1' };
    const res = await api.request('POST', '/v1/circles', { token, body, headers: en });
    expect(res.status).toBe(422);
    expect(res.body.errors).toContainEqual({ field: 'body.name', code: 'required', message: 'name is required.' });
    expect(res.body.field).toBe('body.name');
    expect(res.body.detail).toContain('name is required');
    const ja = await api.request('POST', '/v1/circles', { token, body });
    expect(ja.body.errors).toContainEqual({ field: 'body.name', code: 'required', message: '`name`は必須項目です。' });
    expect(ja.body.detail).toBe('入力内容に誤りがあります（`name`は必須項目です）。');
  });

  it("resolves a real problem's type to a page that explains its code, in both languages, and lists every code", async () => {
    const res = await api.request('GET', '/v1/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body.type).toMatch(/\/docs\/problems\/route_not_found$/);
    expect(res.body.type.startsWith(api.deps.config.publicBaseUrl)).toBe(true);
    const page = await fetch(onThisApi(res.body.type), { headers: { 'accept-language': 'ja' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    expect(html).toContain('<code>route_not_found</code>');
    expect(html).toContain('そのエンドポイントは存在しません。');
    expect(html).toContain('No such endpoint.');
    expect(html.indexOf('そのエンドポイント')).toBeLessThan(html.indexOf('No such endpoint.'));
    expect(html).toContain('404');

    const json = await fetch(onThisApi(res.body.type), { headers: { accept: 'application/json', ...en } });
    expect(await json.json()).toMatchObject({ code: 'route_not_found', status: [404], example: { code: 'route_not_found', status: 404 } });

    const index = await fetch(`${api.url}/docs/problems`);
    expect(index.status).toBe(200);
    const list = await index.text();
    for (const code of ['route_not_found', 'validation_failed', 'session_expired', 'insufficient_balance'])
      expect(list).toContain(`/docs/problems/${code}`);

    const unknown = await api.request('GET', '/docs/problems/no_such_code');
    expect(unknown.status).toBe(404);
    // A malformed percent-encoding is no code either (it was a 500).
    expect((await api.request('GET', '/docs/problems/%E0')).status).toBe(404);
  });

  it('serves an OpenAPI document whose request bodies and answers carry examples Swagger UI can send', async () => {
    const res = await api.request('GET', '/openapi.json');
    const op = res.body.paths['/v1/circles'].post;
    expect(op.requestBody.content['application/json'].example).toBeDefined();
    expect(res.body.components.schemas.Problem).toBeDefined();
    expect(res.body.components.schemas.Currency).toMatchObject({ const: 'JPY' });
  });
});

describe('a session token that no longer works says why', () => {
  it('answers an expired session session_expired, a logged-out one session_revoked, a malformed or unknown one unauthenticated', async () => {
    const expired = (await signUp(api)).token;
    await api.deps
      .db('sessions')
      .where({ token_hash: sha256(expired) })
      .update({ expires_at: new Date(Date.now() - 60_000) });
    const a = await api.request('GET', '/v1/account', { token: expired, headers: en });
    expect(a.status).toBe(401);
    expect(a.body.code).toBe('session_expired');
    expect(a.body.detail).toContain('expired');
    expect(a.headers.get('www-authenticate')).toContain('error="invalid_token"');

    const revoked = (await signUp(api)).token;
    expect((await api.request('POST', '/v1/auth/logout', { token: revoked })).status).toBe(204);
    const b = await api.request('GET', '/v1/account', { token: revoked });
    expect(b.status).toBe(401);
    expect(b.body.code).toBe('session_revoked');
    expect(b.body.detail).toContain('ログインは終了しています');

    const unknown = await api.request('GET', '/v1/account', { token: 'A'.repeat(43) });
    expect(unknown.body.code).toBe('unauthenticated');
    const malformed = await api.request('GET', '/v1/account', { headers: { authorization: 'Bearer not a token' } });
    expect(malformed.body.code).toBe('unauthenticated');
    const none = await api.request('GET', '/v1/account');
    expect(none.body.code).toBe('unauthenticated');
  });

  it('answers the session of a disabled member of staff session_revoked', async () => {
    const admin = await staffLogin(api, 'admin');
    const loginId = `ops${Date.now()}`;
    const created = await api.request('POST', '/v1/staff', {
      token: admin,
      body: { loginId, name: '山田 太郎', role: 'operator' },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const login = await api.request('POST', '/v1/auth/login', {
      body: { kind: 'staff', loginId, password: created.body.temporaryPassword },
    });
    expect(login.status).toBe(200);
    expect((await api.request('POST', `/v1/staff/${created.body.id}/disable`, { token: admin })).status).toBe(200);
    const res = await api.request('GET', '/v1/auth/session', { token: login.body.token });
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('session_revoked');
  });

  it('still lets an ended session reach the public operations, such as the login, by bearer or by cookie', async () => {
    const user = await signUp(api);
    await api.request('POST', '/v1/auth/logout', { token: user.token });
    const body = { kind: 'account', loginId: user.loginId, password: user.password };
    expect((await api.request('POST', '/v1/auth/login', { token: user.token, body })).status).toBe(200);
    const byCookie = await api.request('POST', '/v1/auth/login', { body, headers: { cookie: `pbx_session=${user.token}` } });
    expect(byCookie.status).toBe(200);
  });
});
