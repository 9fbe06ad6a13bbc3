import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, startTestApi, uniqueLoginId, type TestApi } from './support/api';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const circleBody = () => ({ name: 'Idem', loginId: uniqueLoginId('c'), password: 'circle-pass-1' });

describe('Idempotency-Key', () => {
  it('replays the first response for the same key and body, creating once', async () => {
    const acct = await signUp(api);
    const key = randomUUID();
    const body = circleBody();
    const first = await api.request('POST', '/v1/circles', { token: acct.token, body, headers: { 'idempotency-key': key } });
    const second = await api.request('POST', '/v1/circles', { token: acct.token, body, headers: { 'idempotency-key': key } });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    // The replay of a create points at the same resource.
    expect(first.headers.get('location')).toBe(`/v1/circles/${first.body.id}`);
    expect(second.headers.get('location')).toBe(first.headers.get('location'));
    const list = await api.request('GET', '/v1/circles', { token: acct.token });
    expect(list.body.items).toHaveLength(1);
  });

  it('answers 422 when the same key comes with another body', async () => {
    const acct = await signUp(api);
    const key = randomUUID();
    await api.request('POST', '/v1/circles', { token: acct.token, body: circleBody(), headers: { 'idempotency-key': key } });
    const res = await api.request('POST', '/v1/circles', { token: acct.token, body: circleBody(), headers: { 'idempotency-key': key } });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('idempotency_key_reused');
  });

  it('lets exactly one of many concurrent duplicates run; the others get 409 or the replay', async () => {
    const acct = await signUp(api);
    const key = randomUUID();
    const body = circleBody();
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        api.request('POST', '/v1/circles', { token: acct.token, body, headers: { 'idempotency-key': key } }),
      ),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
    expect(results.filter((r) => r.status === 201 && r.headers.get('idempotent-replayed') !== 'true')).toHaveLength(1);
    const list = await api.request('GET', '/v1/circles', { token: acct.token });
    expect(list.body.items).toHaveLength(1);
  });

  it('keeps keys per caller: another account may use the same key', async () => {
    const a = await signUp(api);
    const b = await signUp(api);
    const key = randomUUID();
    const ra = await api.request('POST', '/v1/circles', { token: a.token, body: circleBody(), headers: { 'idempotency-key': key } });
    const rb = await api.request('POST', '/v1/circles', { token: b.token, body: circleBody(), headers: { 'idempotency-key': key } });
    expect([ra.status, rb.status]).toEqual([201, 201]);
    expect(rb.body.id).not.toBe(ra.body.id);
  });

  it('replays a business refusal too, so a retry cannot turn it into a success', async () => {
    const acct = await signUp(api);
    const taken = circleBody();
    await api.request('POST', '/v1/circles', { token: acct.token, body: taken });
    const key = randomUUID();
    const first = await api.request('POST', '/v1/circles', { token: acct.token, body: taken, headers: { 'idempotency-key': key } });
    expect(first.status).toBe(409);
    // 409 is not stored (it may be transient); a replay re-runs and refuses again.
    const again = await api.request('POST', '/v1/circles', { token: acct.token, body: taken, headers: { 'idempotency-key': key } });
    expect(again.status).toBe(409);
  });

  it('refuses a malformed key', async () => {
    const acct = await signUp(api);
    const res = await api.request('POST', '/v1/circles', {
      token: acct.token,
      body: circleBody(),
      headers: { 'idempotency-key': 'x'.repeat(201) },
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('invalid_idempotency_key');
  });
});
