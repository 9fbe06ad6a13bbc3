import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const get = (path: string, accept: string) => fetch(`${api.url}${path}`, { headers: { accept }, redirect: 'manual' });

describe('the customer portal is served at / beside the API', () => {
  it('answers its page for / and for any portal address a browser opens, such as the reset link', async () => {
    for (const path of ['/', '/reset-password?token=abc', '/orders/123']) {
      const res = await get(path, 'text/html,application/xhtml+xml');
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/html');
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(await res.text()).toContain('<script src="/app.js"');
    }
    expect((await get('/app.js', '*/*')).headers.get('content-type')).toContain('javascript');
    expect((await get('/portal.css', '*/*')).headers.get('content-type')).toContain('text/css');
  });

  it('leaves the API, its documents and the staff console alone', async () => {
    const missing = await get('/v1/no-such-thing', 'text/html');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toContain('json');
    expect((await get('/openapi.json', 'text/html')).headers.get('content-type')).toContain('json');
    expect(await (await get('/staff/', 'text/html')).text()).toContain('/staff/app.js');
    expect((await get('/no-such-file.js', 'text/html')).status).toBe(404);
  });
});
