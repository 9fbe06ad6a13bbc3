import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/api';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe('health and API documents', () => {
  it('answers 200 when Temporal and PostgreSQL both answer', async () => {
    const res = await api.request('GET', '/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', database: 'up', temporal: 'up', pbx: { mode: 'sandbox' } });
  });

  it('the first URL the start banner prints works: GET /v1 answers with links to the docs, the OpenAPI document and /health', async () => {
    const res = await api.request('GET', '/v1');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      version: 'v1',
      links: { docs: expect.stringMatching(/\/docs$/), openapi: expect.stringMatching(/\/openapi\.json$/) },
    });
    expect((await fetch(res.body.links.openapi.replace(/^https?:\/\/[^/]+/, api.url))).status).toBe(200);
  });

  it('answers 503 naming Temporal when it does not answer', async () => {
    const broken = await startTestApi({ TEMPORAL_ADDRESS: '127.0.0.1:1' });
    const res = await broken.request('GET', '/health', { headers: { 'accept-language': 'en' } });
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body.detail).toContain('temporal');
    expect(res.body.detail).not.toContain('database');
    expect(res.body.params).toEqual({ down: 'temporal' });
    const ja = await broken.request('GET', '/health');
    expect(ja.body.detail).toBe('一時的に利用できません（ワークフロー基盤）。');
    await broken.close();
  });

  it('answers 503 with Retry-After, not 500, when an operation needs Temporal and it is down', async () => {
    const broken = await startTestApi({ TEMPORAL_ADDRESS: '127.0.0.1:1' });
    try {
      const res = await broken.request('POST', '/v1/auth/password-reminder', {
        body: { loginId: 'someone' },
        headers: { 'accept-language': 'en' },
      });
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('2');
      expect(res.body).toMatchObject({ code: 'service_unavailable', detail: 'Unavailable: temporal.' });
    } finally {
      await broken.close();
    }
  });

  it('serves an OpenAPI 3.1 document whose operations carry a tag and an access rule', async () => {
    const res = await api.request('GET', '/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    const ops = Object.values(res.body.paths as Record<string, Record<string, any>>).flatMap((p) => Object.values(p));
    expect(ops.length).toBeGreaterThan(10);
    for (const op of ops) {
      expect(op.tags).toHaveLength(1);
      expect(op['x-access']).toBeDefined();
      // The PBX's service key is offered exactly where the access rule lets the PBX in.
      const pbxKey = (op.security ?? []).some((s: Record<string, unknown>) => 'pbxKey' in s);
      expect(pbxKey, op.operationId).toBe(Array.isArray(op['x-access']) && op['x-access'].includes('pbx'));
    }
    expect(res.body.components.securitySchemes.pbxKey).toMatchObject({ type: 'apiKey', in: 'header', name: 'X-Pbx-Key' });
    expect(res.body.paths['/v1/calls/authorize'].post.security).toEqual([{ bearer: [] }, { pbxKey: [] }]);
  });

  it('serves a browsable docs page without outside assets', async () => {
    const res = await api.request('GET', '/docs');
    expect(res.status).toBe(200);
    expect(res.body).toContain('/docs/swagger-ui-bundle.js');
    expect((await api.request('GET', '/docs/swagger-ui-bundle.js')).status).toBe(200);
  });
});
