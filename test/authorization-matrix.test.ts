import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeUnique } from './devices/devices-fixtures';
import { signUp, startTestApi, staffLogin, uniqueLoginId, type TestApi } from './support/api';

type Role = 'anonymous' | 'account' | 'circle' | 'unique' | 'operator' | 'warehouse' | 'admin' | 'pbx';
type Operation = { method: string; path: string; operationId: string; access: string[]; hasBody: boolean };

let api: TestApi;
let tokens: Record<Exclude<Role, 'anonymous' | 'pbx'>, string>;
// The PBX authenticates with its service key, not a session.
const pbxKey = `pbx-key-${randomUUID()}`;
let operations: Operation[];
// API keys stand in for the account's and the circle's logins: one that may write, one that may only read.
let keys: { account: string; circle: string };

beforeAll(async () => {
  api = await startTestApi({ PBX_CLIENT_KEY: pbxKey });
  const acct = await signUp(api);
  const circleLogin = uniqueLoginId('mx');
  await api.request('POST', '/v1/circles', {
    token: acct.token,
    body: { name: 'matrix', loginId: circleLogin, password: 'circle-pass-1' },
  });
  const circle = await api.request('POST', '/v1/auth/login', { body: { kind: 'circle', loginId: circleLogin, password: 'circle-pass-1' } });
  const circleId = circle.body.principal.circleId as string;
  const unique = await activeUnique(api, acct.accountId, circleId);
  await api.request('PUT', `/v1/uniques/${unique.id}/login-password`, { token: acct.token, body: { password: 'unique-pass-1' } });
  const uniqueLogin = await api.request('POST', '/v1/auth/login', {
    body: { kind: 'unique', loginId: unique.code, password: 'unique-pass-1' },
  });
  expect(uniqueLogin.status).toBe(200);
  tokens = {
    account: acct.token,
    circle: circle.body.token,
    unique: uniqueLogin.body.token,
    operator: await staffLogin(api, 'operator'),
    warehouse: await staffLogin(api, 'warehouse'),
    admin: await staffLogin(api, 'admin'),
  };
  const key = async (token: string, access: string) => {
    const res = await api.request('POST', '/v1/api-keys', { token, body: { name: `matrix ${access}`, access } });
    expect(res.status).toBe(201);
    return res.body.secret as string;
  };
  keys = { account: await key(acct.token, 'read_write'), circle: await key(circle.body.token, 'read') };
  const spec = (await api.request('GET', '/openapi.json')).body as {
    paths: Record<string, Record<string, { operationId: string; 'x-access': string[]; requestBody?: unknown }>>;
  };
  operations = Object.entries(spec.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      operationId: op.operationId,
      access: op['x-access'],
      hasBody: Boolean(op.requestBody),
    })),
  );
});
afterAll(() => api.close());

// Path parameters get well-formed IDs that match nothing, so an allowed caller reaches the handler.
const concretePath = (path: string) => path.replace(/\{[^}]+\}/g, () => randomUUID());

// Logging out would end the shared sessions; its rule is still checked for the anonymous caller.
const destructiveForSession = new Set(['logout']);

describe('authorisation matrix, generated from /openapi.json', () => {
  it('gives every operation an explicit access rule', () => {
    expect(operations.length).toBeGreaterThan(0);
    const valid = new Set(['public', 'account', 'circle', 'unique', 'operator', 'warehouse', 'admin', 'pbx']);
    for (const op of operations) {
      expect(op.access, `${op.operationId} has no x-access rule`).toBeInstanceOf(Array);
      expect(op.access.length, `${op.operationId} has an empty rule`).toBeGreaterThan(0);
      for (const a of op.access) expect(valid.has(a), `${op.operationId}: unknown access ${a}`).toBe(true);
    }
  });

  for (const role of ['anonymous', 'account', 'circle', 'unique', 'operator', 'warehouse', 'admin', 'pbx'] as const) {
    it(`allows or denies each operation for ${role} as its rule says`, async () => {
      const mismatches: string[] = [];
      for (const op of operations) {
        if (op.access.includes('public')) continue;
        if (role !== 'anonymous' && destructiveForSession.has(op.operationId)) continue;
        const token = role === 'anonymous' || role === 'pbx' ? undefined : tokens[role];
        const headers = role === 'pbx' ? { 'x-pbx-key': pbxKey } : undefined;
        const res = await api.request(op.method, concretePath(op.path), { token, headers, body: op.hasBody ? {} : undefined });
        const allowed = role !== 'anonymous' && op.access.includes(role);
        const expected = role === 'anonymous' ? [401] : allowed ? null : [403];
        const ok = expected ? expected.includes(res.status) : res.status !== 401 && res.status !== 403;
        if (!ok) mismatches.push(`${op.method} ${op.path} → ${res.status} (rule ${op.access.join('|')})`);
        if (res.status >= 500) mismatches.push(`${op.method} ${op.path} → ${res.status} server error`);
      }
      expect(mismatches).toEqual([]);
    });
  }

  // What no API key may do, whatever its grant: manage keys, passwords or the account profile, or log out.
  const LOGIN_ONLY = new Set([
    'createApiKey',
    'listApiKeys',
    'getApiKey',
    'revokeApiKey',
    'changePassword',
    'updateAccount',
    'setCirclePassword',
    'logout',
  ]);

  for (const [role, access] of [
    ['account', 'read_write'],
    ['circle', 'read'],
  ] as const) {
    it(`lets a ${access} ${role} key do what the ${role} login may, less what keys may not`, async () => {
      const mismatches: string[] = [];
      for (const op of operations) {
        if (op.access.includes('public')) continue;
        const res = await api.request(op.method, concretePath(op.path), { token: keys[role], body: op.hasBody ? {} : undefined });
        const refusal = !op.access.includes(role)
          ? 'forbidden'
          : LOGIN_ONLY.has(op.operationId)
            ? 'api_key_not_allowed'
            : access === 'read' && op.method !== 'GET'
              ? 'api_key_read_only'
              : undefined;
        const ok = refusal ? res.status === 403 && res.body.code === refusal : res.status !== 401 && res.status !== 403;
        if (!ok) mismatches.push(`${op.method} ${op.path} → ${res.status} ${res.body?.code ?? ''} (expected ${refusal ?? 'allowed'})`);
        if (res.status >= 500) mismatches.push(`${op.method} ${op.path} → ${res.status} server error`);
      }
      expect(mismatches).toEqual([]);
    });
  }

  it('refuses a wrong PBX key as unauthenticated, and accepts the right one only where the PBX is allowed', async () => {
    const wrong = await api.request('POST', '/v1/calls/authorize', { headers: { 'x-pbx-key': `${pbxKey}x` }, body: {} });
    expect(wrong.status).toBe(401);
    const right = await api.request('POST', '/v1/calls/authorize', { headers: { 'x-pbx-key': pbxKey }, body: {} });
    expect(right.status).toBe(422);
    const elsewhere = await api.request('GET', '/v1/billing/rates', { headers: { 'x-pbx-key': pbxKey } });
    expect(elsewhere.status).toBe(403);
  });
});
