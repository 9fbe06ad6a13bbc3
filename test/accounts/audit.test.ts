import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, startTestApi, staffLogin, uniqueLoginId, type TestApi, type TestResponse } from '../support/api';

let api: TestApi;
let admin: string;
const userAgent = `audit-test/${randomUUID()}`;

beforeAll(async () => {
  api = await startTestApi();
  admin = await staffLogin(api, 'admin');
});
afterAll(() => api.close());

const asBrowser = (extra: Record<string, string> = {}) => ({ 'user-agent': userAgent, ...extra });

/** The audit row of one request, found by the request ID it answered with. */
async function auditRowOf(res: TestResponse) {
  const page = await api.request('GET', `/v1/staff/audit?requestId=${res.headers.get('x-request-id')}`, { token: admin });
  expect(page.status).toBe(200);
  expect(page.body.items.length).toBeLessThanOrEqual(1);
  return page.body.items[0] as Record<string, unknown> | undefined;
}

async function staffIdOf(token: string) {
  return (await api.request('GET', '/v1/auth/session', { token })).body.staffId as string;
}

describe('the staff audit log: who, what, when, from where', () => {
  it("records an operator's bank-transfer confirmation with its route parameters, body, address and browser", async () => {
    const operator = await staffLogin(api, 'operator');
    const orderId = randomUUID();
    const res = await api.request('POST', `/v1/operator/bank-transfers/${orderId}/confirm`, {
      token: operator,
      headers: asBrowser({ 'idempotency-key': randomUUID() }),
      body: { amountReceived: 12_000 },
    });
    const row = await auditRowOf(res);
    expect(row).toMatchObject({
      staffId: await staffIdOf(operator),
      loginId: 'operator',
      role: 'operator',
      operationId: 'confirmBankTransfer',
      method: 'POST',
      path: `/v1/operator/bank-transfers/${orderId}/confirm`,
      params: { orderId },
      body: { amountReceived: 12_000 },
      status: res.status,
      ip: expect.stringMatching(/127\.0\.0\.1/),
      userAgent,
    });
    expect(Date.now() - Date.parse(String(row!.at))).toBeLessThan(60_000);
  });

  it('records a warehouse claim, and the release of it', async () => {
    const warehouse = await staffLogin(api, 'warehouse');
    const taskId = randomUUID();
    const claim = await api.request('POST', `/v1/warehouse/tasks/${taskId}/claim`, { token: warehouse, headers: asBrowser() });
    expect(await auditRowOf(claim)).toMatchObject({
      loginId: 'warehouse',
      role: 'warehouse',
      operationId: 'claimWarehouseTask',
      params: { taskId },
    });
    const release = await api.request('DELETE', `/v1/warehouse/tasks/${taskId}/claim`, { token: warehouse, headers: asBrowser() });
    expect(await auditRowOf(release)).toMatchObject({ method: 'DELETE', status: release.status });
  });

  it("records an administrator's new staff user without the password, chosen or temporary", async () => {
    const chosen = `chosen-${randomUUID()}`;
    const loginId = uniqueLoginId('audited');
    const res = await api.request('POST', '/v1/staff', {
      token: admin,
      headers: asBrowser(),
      body: { loginId, name: 'Audited', role: 'operator', password: chosen },
    });
    expect(res.status).toBe(201);
    const row = await auditRowOf(res);
    expect(row).toMatchObject({ loginId: 'admin', role: 'admin', operationId: 'createStaff', status: 201 });
    expect(row!.body).toEqual({ loginId, name: 'Audited', role: 'operator', password: '[redacted]' });

    const reset = await api.request('POST', `/v1/staff/${res.body.id}/password-reset`, { token: admin, headers: asBrowser() });
    const all = JSON.stringify(await api.deps.db('staff_audit').select());
    expect(all).not.toContain(chosen);
    expect(all).not.toContain(reset.body.temporaryPassword);
  });

  it('records staff logins, failed and successful, and logouts, without the password', async () => {
    const wrong = `wrong-${randomUUID()}`;
    const failed = await api.request('POST', '/v1/auth/login', {
      headers: asBrowser(),
      body: { kind: 'staff', loginId: 'operator', password: wrong },
    });
    expect(failed.status).toBe(401);
    expect(await auditRowOf(failed)).toMatchObject({
      staffId: expect.any(String),
      loginId: 'operator',
      role: 'operator',
      operationId: 'login',
      status: 401,
      body: { kind: 'staff', loginId: 'operator', password: '[redacted]' },
      ip: expect.stringMatching(/127\.0\.0\.1/),
      userAgent,
    });

    const ghost = uniqueLoginId('ghost');
    const unknown = await api.request('POST', '/v1/auth/login', {
      headers: asBrowser(),
      body: { kind: 'staff', loginId: ghost, password: wrong },
    });
    expect(await auditRowOf(unknown)).toMatchObject({ staffId: null, loginId: ghost, role: null, status: 401 });

    const ok = await api.request('POST', '/v1/auth/login', {
      headers: asBrowser(),
      body: { kind: 'staff', loginId: 'warehouse', password: 'warehouse-pass-1' },
    });
    expect(await auditRowOf(ok)).toMatchObject({ loginId: 'warehouse', operationId: 'login', status: 200 });
    const logout = await api.request('POST', '/v1/auth/logout', { token: ok.body.token, headers: asBrowser() });
    expect(await auditRowOf(logout)).toMatchObject({ loginId: 'warehouse', operationId: 'logout', status: 204 });
    expect(JSON.stringify(await api.deps.db('staff_audit').select())).not.toContain(wrong);
  });

  it('records a staff request that is refused before it runs', async () => {
    const operator = await staffLogin(api, 'operator');
    const forbidden = await api.request('POST', `/v1/warehouse/tasks/${randomUUID()}/claim`, { token: operator });
    expect(forbidden.status).toBe(403);
    expect(await auditRowOf(forbidden)).toMatchObject({ loginId: 'operator', operationId: 'claimWarehouseTask', status: 403 });
    const invalid = await api.request('POST', `/v1/operator/bank-transfers/${randomUUID()}/confirm`, {
      token: operator,
      body: { amountReceived: -1, cardNumber: '4111 1111 1111 1111' },
    });
    expect(invalid.status).toBe(422);
    expect((await auditRowOf(invalid))!.body).toEqual({ amountReceived: -1, cardNumber: '[redacted]' });
  });

  it('masks secrets in any field: tokens, card data, card numbers typed into free text', async () => {
    const operator = await staffLogin(api, 'operator');
    const res = await api.request('POST', `/v1/operator/bank-transfers/${randomUUID()}/confirm`, {
      token: operator,
      body: { note: 'card 4111-1111-1111-1111 by phone', nested: { cardToken: 'tok_abc', cvc: '123', newPassword: 'p' } },
    });
    const body = JSON.stringify((await auditRowOf(res))!.body);
    expect(body).not.toMatch(/4111|tok_abc|"123"|"p"/);
  });

  it('keeps a body it cannot store as it came (a lone surrogate, a huge value) as a summary, and still answers', async () => {
    const operator = await staffLogin(api, 'operator');
    const res = await api.request('POST', `/v1/operator/bank-transfers/${randomUUID()}/confirm`, {
      token: operator,
      body: { note: `bad\ud800 ${'x'.repeat(5000)}`, items: Array.from({ length: 50 }, (_, i) => i) },
    });
    expect(res.status).toBe(422);
    const body = (await auditRowOf(res))!.body as { note: string; items: unknown[] };
    expect(body.note).toMatch(/^bad\ufffd x+…\(5005 chars\)$/);
    expect(body.items).toHaveLength(21);
  });

  it('records nothing for reads, nor for customers', async () => {
    const operator = await staffLogin(api, 'operator');
    const acct = await signUp(api);
    expect(await auditRowOf(await api.request('GET', '/v1/operator/reviews', { token: operator }))).toBeUndefined();
    expect(await auditRowOf(await api.request('POST', '/v1/auth/logout', { token: acct.token }))).toBeUndefined();
    const customerLogin = { kind: 'account', loginId: acct.loginId, password: 'wrong-pass-1' };
    expect(await auditRowOf(await api.request('POST', '/v1/auth/login', { body: customerLogin }))).toBeUndefined();
  });

  it('does not run an action whose audit row cannot be written', async () => {
    const loginId = uniqueLoginId('unaudited');
    const open = api.deps.stores.audit.open;
    api.deps.stores.audit.open = () => Promise.reject(new Error('audit log unavailable'));
    try {
      const res = await api.request('POST', '/v1/staff', { token: admin, body: { loginId, name: 'Never', role: 'operator' } });
      expect(res.status).toBe(500);
    } finally {
      api.deps.stores.audit.open = open;
    }
    const list = await api.request('GET', '/v1/staff', { token: admin });
    expect(list.body.items.map((s: { loginId: string }) => s.loginId)).not.toContain(loginId);
  });

  it('keeps rows as written: no edits, no deletes', async () => {
    const row = await api.deps.db('staff_audit').whereNotNull('status').first();
    await expect(api.deps.db('staff_audit').where({ id: row.id }).update({ status: 200, login_id: 'someone' })).rejects.toThrow(
      /immutable/,
    );
    await expect(api.deps.db('staff_audit').where({ id: row.id }).delete()).rejects.toThrow(/append-only/);
  });
});

describe('reading the audit log', () => {
  it('filters by staff user, operation and time, newest first, page by page', async () => {
    const operator = await staffLogin(api, 'operator');
    const operatorId = await staffIdOf(operator);
    const from = new Date(Date.now() - 1000).toISOString();
    for (let i = 0; i < 3; i++)
      await api.request('POST', `/v1/operator/reviews/${randomUUID()}/resolve`, { token: operator, body: { action: 'credit' } });
    const q = `staffId=${operatorId}&operationId=resolvePaymentReview&from=${encodeURIComponent(from)}`;
    const first = await api.request('GET', `/v1/staff/audit?${q}&limit=2`, { token: admin });
    expect(first.body.items).toHaveLength(2);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await api.request('GET', `/v1/staff/audit?${q}&limit=2&cursor=${first.body.nextCursor}`, { token: admin });
    const all = [...first.body.items, ...second.body.items];
    expect(all.length).toBeGreaterThanOrEqual(3);
    const ids = all.map((e: { id: string }) => Number(e.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    for (const e of all) expect(e).toMatchObject({ staffId: operatorId, operationId: 'resolvePaymentReview' });

    const hourBefore = encodeURIComponent(new Date(Date.parse(from) - 3_600_000).toISOString());
    const past = await api.request('GET', `/v1/staff/audit?staffId=${operatorId}&from=${hourBefore}&to=${encodeURIComponent(from)}`, {
      token: admin,
    });
    expect(past.status).toBe(200);
    const pastIds = new Set(past.body.items.map((e: { id: string }) => e.id));
    for (const e of all) expect(pastIds.has(e.id)).toBe(false);
  });

  it('says what is wrong with a filter', async () => {
    const reversed = await api.request('GET', '/v1/staff/audit?from=2026-12-02T00:00:00%2B09:00&to=2026-12-01T00:00:00%2B09:00', {
      token: admin,
      headers: { 'accept-language': 'en' },
    });
    expect(reversed.status).toBe(422);
    expect(reversed.body).toMatchObject({ code: 'audit_range_reversed', detail: '"from" must be earlier than "to".' });
    const bad = await api.request('GET', '/v1/staff/audit?cursor=abc&staffId=nope', { token: admin });
    expect(bad.status).toBe(422);
    expect((bad.body.errors as Array<{ field: string }>).map((e) => e.field).sort()).toEqual(['query.cursor', 'query.staffId']);
  });
});
