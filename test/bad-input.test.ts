import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, startTestApi, uniqueLoginId, type TestApi } from './support/api';

let api: TestApi;
let token: string;
beforeAll(async () => {
  api = await startTestApi({ BODY_LIMIT_BYTES: '4096' });
  token = (await signUp(api)).token;
});
afterAll(() => api.close());

const en = { 'accept-language': 'en' };
const newCircle = (name: unknown) => ({ name, loginId: uniqueLoginId('bi'), password: 'circle-pass-1' });

describe('bad input is a 4xx problem+json that says what is wrong', () => {
  it('refuses a body over the limit with 413 naming the limit', async () => {
    const res = await api.request('POST', '/v1/circles', {
      token,
      rawBody: JSON.stringify(newCircle('x'.repeat(5000))),
      headers: { 'content-type': 'application/json', ...en },
    });
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body.detail).toContain('4,096 bytes');
  });

  it('refuses a body that is not JSON with 415', async () => {
    const res = await api.request('POST', '/v1/circles', {
      token,
      rawBody: 'name=x',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status).toBe(415);
    expect(res.body.code).toBe('unsupported_media_type');
  });

  it('refuses malformed JSON with 400', async () => {
    const res = await api.request('POST', '/v1/circles', {
      token,
      rawBody: '{"name": "x",',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('malformed_json');
  });

  it('refuses a JSON value of the wrong type naming the field and the expected type', async () => {
    const res = await api.request('POST', '/v1/circles', { token, body: newCircle(12), headers: en });
    expect(res.status).toBe(422);
    expect(res.body.errors[0]).toMatchObject({ field: 'body.name', code: 'invalid_type', message: 'name must be a string.' });
  });

  it('refuses a body that is a JSON array or null', async () => {
    for (const raw of ['[]', 'null', '"text"']) {
      const res = await api.request('POST', '/v1/circles', { token, rawBody: raw, headers: { 'content-type': 'application/json' } });
      expect(res.status).toBe(422);
      expect(res.body.field).toBe('body');
    }
  });

  it('refuses unknown fields instead of ignoring them', async () => {
    const res = await api.request('POST', '/v1/circles', { token, body: { ...newCircle('ok'), admin: true }, headers: en });
    expect(res.status).toBe(422);
    expect(res.body.errors[0]).toMatchObject({ field: 'body.admin', code: 'unknown_field' });
  });

  it('accepts Japanese, emoji and combining characters in names, counted as characters', async () => {
    for (const name of ['株式会社テスト', '🏢 オフィス 👩‍💼', 'Cafe\u0301', 'ｶﾀｶﾅ']) {
      const res = await api.request('POST', '/v1/circles', { token, body: newCircle(name) });
      expect(res.status, name).toBe(201);
      expect(res.body.name).toBe(name);
    }
  });

  it('refuses control characters, line separators and lone surrogates in names', async () => {
    for (const name of ['a\u0000b', 'tab\there', 'line\u2028break', 'bad\ud800']) {
      const res = await api.request('POST', '/v1/circles', { token, body: newCircle(name) });
      expect(res.status, JSON.stringify(name)).toBe(422);
      expect(res.body.field).toBe('body.name');
    }
  });

  it('refuses the NUL character anywhere in a body or query, naming where', async () => {
    const body = await api.request('POST', '/v1/auth/login', { body: { kind: 'account', loginId: 'a\u0000b', password: 'x' } });
    expect(body.status).toBe(422);
    expect(body.body.field).toBe('body.loginId');
    const query = await api.request('GET', '/v1/orders?status=a%00b', { token });
    expect(query.status).toBe(422);
    expect(query.body.field).toBe('query.status');
  });

  it('refuses a name that is only spaces (trimmed to empty)', async () => {
    const res = await api.request('POST', '/v1/circles', { token, body: newCircle('   ') });
    expect(res.status).toBe(422);
  });

  it('refuses huge and negative numbers in queries', async () => {
    for (const limit of ['1e309', '99999999999999999999', '-1', '1.5', 'abc']) {
      const res = await api.request('GET', `/v1/prepaid/ledger?limit=${limit}`, { token });
      expect(res.status, limit).toBe(422);
      expect(res.body.field).toBe('query.limit');
    }
  });

  it('refuses a malformed ID in the path with 422, not a server error', async () => {
    const res = await api.request('GET', '/v1/circles/not-a-uuid', { token });
    expect(res.status).toBe(422);
    expect(res.body.field).toBe('path.circleId');
  });

  it('answers an unknown route with 404 and a wrong method with 405, both as problems', async () => {
    expect((await api.request('GET', '/v1/nothing-here', { token })).status).toBe(404);
    const wrong = await api.request('PUT', '/v1/circles', { token, body: {} });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('content-type')).toContain('application/problem+json');
    expect(wrong.headers.get('allow')).toMatch(/\bPOST\b/);
  });
});
