import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, startTestApi, type TestApi } from './support/api';

const logged: string[] = [];
const sink = new Writable({
  write(chunk, _enc, done) {
    logged.push(chunk.toString());
    done();
  },
});

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ CORS_ORIGINS: 'https://portal.example.jp' }, pino({ level: 'debug' }, sink));
});
afterAll(() => api.close());

describe('security basics', () => {
  it('sends security headers on every answer', async () => {
    for (const path of ['/health', '/v1/account', '/v1/nowhere']) {
      const res = await api.request('GET', path);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(res.headers.get('strict-transport-security')).toContain('max-age=');
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('allows CORS only for the configured origin', async () => {
    const ok = await api.request('OPTIONS', '/v1/account', {
      headers: { origin: 'https://portal.example.jp', 'access-control-request-method': 'GET' },
    });
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://portal.example.jp');
    expect(ok.headers.get('access-control-allow-headers')).toContain('Idempotency-Key');
    const evil = await api.request('GET', '/health', { headers: { origin: 'https://evil.example.com' } });
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('never writes passwords or tokens to the logs', async () => {
    const acct = await signUp(api, { password: 'very-secret-password-42' });
    await api.request('GET', '/v1/account?token=leak-me-please', { token: acct.token });
    await api.request('POST', '/v1/auth/login', { body: { kind: 'account', loginId: acct.loginId, password: 'another-secret-guess' } });
    const all = logged.join('');
    expect(all).toContain('"path":"/v1/auth/login"');
    for (const secret of ['very-secret-password-42', 'another-secret-guess', acct.token, 'leak-me-please'])
      expect(all).not.toContain(secret);
  });

  it('ignores a token that was never issued (no session fixation)', async () => {
    const planted = 'a'.repeat(43);
    const res = await api.request('GET', '/v1/account', { token: planted });
    expect(res.status).toBe(401);
  });

  it('stores only hashes of session tokens and passwords', async () => {
    const acct = await signUp(api, { password: 'plain-text-never-1' });
    const row = await api.deps.db('accounts').where({ id: acct.accountId }).first();
    expect(row.password_hash).toMatch(/^scrypt\$/);
    expect(row.password_hash).not.toContain('plain-text-never-1');
    const sessions = await api.deps.db('sessions').where({ account_id: acct.accountId });
    expect(sessions.every((s) => s.token_hash !== acct.token && s.token_hash.length === 64)).toBe(true);
  });
});
