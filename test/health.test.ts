import { spawn } from 'node:child_process';
import net from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
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

describe('liveness and readiness probes', () => {
  it('/health/live answers 200 and /health/ready 200 when PostgreSQL and Temporal answer', async () => {
    const live = await api.request('GET', '/health/live');
    expect(live.status).toBe(200);
    expect(live.body).toEqual({ status: 'live' });
    const ready = await api.request('GET', '/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ready', database: 'up', temporal: 'up' });
    expect(ready.headers.get('cache-control')).toBe('no-store');
  });

  it('/health/ready answers 503 naming the database when PostgreSQL does not answer; /health/live stays 200', async () => {
    const broken = await startTestApi({ DATABASE_URL: 'postgres://nobody:nothing@127.0.0.1:1/none' });
    try {
      const ready = await broken.request('GET', '/health/ready');
      expect(ready.status).toBe(503);
      expect(ready.body).toEqual({ status: 'not_ready', database: 'down', temporal: 'up', down: ['database'] });
      expect((await broken.request('GET', '/health/live')).status).toBe(200);
    } finally {
      await broken.close();
    }
  });

  it('/health/ready answers 503 naming Temporal when it does not answer', async () => {
    const broken = await startTestApi({ TEMPORAL_ADDRESS: '127.0.0.1:1' });
    try {
      const ready = await broken.request('GET', '/health/ready');
      expect(ready.status).toBe(503);
      expect(ready.body).toMatchObject({ status: 'not_ready', database: 'up', down: ['temporal'] });
    } finally {
      await broken.close();
    }
  });
});

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

describe('shutdown of the API process', () => {
  it('on SIGTERM: readiness answers 503 shutting_down, a request in flight still completes, new connections are refused, exit 0', async () => {
    const port = await freePort();
    const root = join(__dirname, '..');
    const child = spawn(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'api', 'main.ts')], {
      env: {
        ...process.env,
        ...inject('env'),
        PORT: String(port),
        SHUTDOWN_DELAY_SECONDS: '1',
        SHUTDOWN_GRACE_SECONDS: '20',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
    const exited = new Promise<number | null>((r) => child.once('exit', r));
    const base = `http://127.0.0.1:${port}`;
    try {
      for (let i = 0; ; i++) {
        const res = await fetch(`${base}/health/ready`).catch(() => undefined);
        if (res?.status === 200) break;
        if (i > 240) throw new Error(`the API did not become ready:\n${output}`);
        await new Promise((r) => setTimeout(r, 250));
      }
      // A slow client: the headers are in, the body comes later, so the request is in flight when SIGTERM arrives.
      const body = JSON.stringify({ kind: 'account', loginId: 'nobody-at-all', password: 'not-the-password' });
      const socket = net.connect(port, '127.0.0.1');
      let answer = '';
      socket.on('data', (c: Buffer) => (answer += c.toString()));
      const socketClosed = new Promise<void>((r) => socket.once('close', () => r()));
      await new Promise<void>((r) => socket.once('connect', () => r()));
      socket.write(
        `POST /v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, 10)}`,
      );
      await new Promise((r) => setTimeout(r, 300));

      process.kill(child.pid!, 'SIGTERM');
      await new Promise((r) => setTimeout(r, 300));
      const ready = await fetch(`${base}/health/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: 'shutting_down' });
      expect((await fetch(`${base}/health/live`)).status).toBe(200);

      // After SHUTDOWN_DELAY_SECONDS the API accepts no new connection, and still answers the one in flight.
      await new Promise((r) => setTimeout(r, 1500));
      await expect(fetch(`${base}/health/live`)).rejects.toThrow();
      socket.write(body.slice(10));
      await socketClosed;
      expect(answer).toMatch(/^HTTP\/1\.1 4\d\d /);
      expect(await exited).toBe(0);
      expect(output).toContain('api stopped');
    } finally {
      if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
    }
  }, 120_000);
});
