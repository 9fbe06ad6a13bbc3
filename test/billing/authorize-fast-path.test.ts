import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { authorizeFastPath } from '../../api/billing/authorize.fast-path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffLogin, startTestApi, type TestApi } from '../support/api';
import { customerWithUnique } from './billing-fixtures';

// The PBX's authorisations skip the Koa pipeline (api/billing/authorize.fast-path.ts). A program
// must not be able to tell: the same request answers the same through an operator's session (the
// normal pipeline) and through the PBX key (the fast path), errors included.
let api: TestApi;
let operator: string;
const pbxKey = `pbx-key-${randomUUID()}`;
beforeAll(async () => {
  api = await startTestApi({ PBX_CLIENT_KEY: pbxKey, CALL_MAX_SECONDS: '60' });
  operator = await staffLogin(api, 'operator');
});
afterAll(() => api.close());

type Via = 'pipeline' | 'fast path';
const ask = (via: Via, body: unknown, extra: { rawBody?: string; headers?: Record<string, string> } = {}) =>
  api.request('POST', '/v1/calls/authorize', {
    ...(via === 'pipeline' ? { token: operator } : {}),
    headers: { ...(via === 'fast path' ? { 'x-pbx-key': pbxKey } : {}), ...extra.headers },
    ...(extra.rawBody !== undefined ? { rawBody: extra.rawBody } : { body }),
  });

const withoutRequestId = (body: Record<string, unknown>) => ({ ...body, requestId: undefined });

describe('the PBX authorisation fast path answers as the pipeline does', () => {
  it('allows the same call with the same decision, and keeps one hold per call ID', async () => {
    const c = await customerWithUnique(api, { balance: 1000 });
    const fast = await ask('fast path', { uniqueId: c.uniqueId, destination: '090-1234-5678', callId: 'fp-1' });
    const again = await ask('pipeline', { uniqueId: c.uniqueId, destination: '090-1234-5678', callId: 'fp-1' });
    expect(fast.status).toBe(200);
    expect(fast.body).toEqual(again.body);
    expect(fast.body).toMatchObject({ allowed: true, maxSeconds: 60, destinationClass: 'mobile', reserved: 18, currency: 'JPY' });
    expect(fast.headers.get('content-type')).toMatch(/^application\/json/);
    const holds = await api.deps.db('call_reservations').where({ call_id: 'fp-1' });
    expect(holds).toHaveLength(1);
  });

  it('carries the request ID and the security headers of every answer', async () => {
    const c = await customerWithUnique(api, { balance: 1000 });
    const res = await ask(
      'fast path',
      { uniqueId: c.uniqueId, destination: '0312345678' },
      { headers: { 'x-request-id': 'req-fast-path-1' } },
    );
    expect(res.headers.get('x-request-id')).toBe('req-fast-path-1');
    const pipeline = await ask('pipeline', { uniqueId: c.uniqueId, destination: '0312345678' });
    for (const h of ['x-content-type-options', 'x-frame-options', 'content-security-policy', 'cache-control', 'strict-transport-security'])
      expect(res.headers.get(h), h).toBe(pipeline.headers.get(h));
  });

  it('refuses the same bad requests with the same problems, in the caller language', async () => {
    const c = await customerWithUnique(api);
    const cases: [string, unknown, { rawBody?: string; headers?: Record<string, string> }][] = [
      ['missing uniqueId', { destination: '0312345678' }, {}],
      ['unknown field', { uniqueId: c.uniqueId, destination: '0312345678', extra: 1 }, {}],
      ['bad destination', { uniqueId: c.uniqueId, destination: 'abc' }, { headers: { 'accept-language': 'ja' } }],
      ['NUL character, in English', { uniqueId: c.uniqueId, destination: '03\u00001234' }, { headers: { 'accept-language': 'en' } }],
      ['unknown unique', { uniqueId: randomUUID(), destination: '0312345678' }, {}],
      ['malformed JSON', undefined, { rawBody: '{"uniqueId":', headers: { 'content-type': 'application/json' } }],
      ['not JSON', undefined, { rawBody: 'uniqueId=1', headers: { 'content-type': 'application/x-www-form-urlencoded' } }],
    ];
    for (const [name, body, extra] of cases) {
      const fast = await ask('fast path', body, extra);
      const pipeline = await ask('pipeline', body, extra);
      expect(fast.status, name).toBeGreaterThanOrEqual(400);
      expect(fast.status, name).toBe(pipeline.status);
      expect(fast.headers.get('content-type'), name).toMatch(/^application\/problem\+json/);
      expect(withoutRequestId(fast.body), name).toEqual(withoutRequestId(pipeline.body));
    }
  });

  it('leaves a wrong key, and a key sent beside a session, to the pipeline', async () => {
    const wrong = await api.request('POST', '/v1/calls/authorize', { headers: { 'x-pbx-key': `${pbxKey}x` }, body: {} });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toBe('Bearer');
    const customer = await customerWithUnique(api);
    // A customer's session with the right PBX key beside it is the customer's request: the session wins, and customers may not authorise calls.
    const both = await api.request('POST', '/v1/calls/authorize', {
      token: customer.token,
      headers: { 'x-pbx-key': pbxKey },
      body: { uniqueId: customer.uniqueId, destination: '0312345678' },
    });
    expect(both.status).toBe(403);
  });
});

describe('what the fast path takes', () => {
  // A server with only the fast path in front: what it does not take answers 599.
  let server: Server;
  let url: string;
  beforeAll(async () => {
    const fast = authorizeFastPath(api.deps);
    server = createServer((req, res) => {
      if (!fast(req, res)) res.writeHead(599).end();
    }).listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const address = server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(() => new Promise((r) => server.close(r)));

  const post = (path: string, headers: Record<string, string>, body: unknown) =>
    fetch(url + path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  it('answers the PBX asking with its key, and nothing else', async () => {
    const c = await customerWithUnique(api, { balance: 1000 });
    const call = { uniqueId: c.uniqueId, destination: '0312345678' };
    const taken = await post('/v1/calls/authorize', { 'x-pbx-key': pbxKey }, call);
    expect(taken.status).toBe(200);
    expect(await taken.json()).toMatchObject({ allowed: true, currency: 'JPY' });
    expect((await post('/v1/calls/authorize', { 'x-pbx-key': 'wrong' }, call)).status).toBe(599);
    expect((await post('/v1/calls/authorize', {}, call)).status).toBe(599);
    expect((await post('/v1/calls/authorize?x=1', { 'x-pbx-key': pbxKey }, call)).status).toBe(599);
    expect((await post('/v1/calls/cdrs', { 'x-pbx-key': pbxKey }, { records: [] })).status).toBe(599);
    expect((await post('/v1/calls/authorize', { 'x-pbx-key': pbxKey, authorization: `Bearer ${operator}` }, call)).status).toBe(599);
  });
});
