import { randomUUID } from 'node:crypto';
import http from 'node:http';

/** A JSON client for the running API. */
export function apiClient(baseUrl: string) {
  async function call(method: string, path: string, opts: { token?: string; body?: unknown; headers?: Record<string, string> } = {}) {
    const headers: Record<string, string> = { ...(opts.headers ?? {}) };
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    if (opts.body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(baseUrl + path, { method, headers, body: opts.body === undefined ? undefined : JSON.stringify(opts.body) });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  }
  return {
    call,
    /** Opens an account and logs it in; returns its ID and token. */
    async newCustomer(prefix = 'bench'): Promise<{ accountId: string; token: string; loginId: string }> {
      const loginId = `${prefix}-${randomUUID().slice(0, 12)}`;
      const created = await call('POST', '/v1/accounts', {
        body: { loginId, password: 'bench-password-1', email: `${loginId}@bench.example.jp`, name: 'Bench', language: 'en' },
      });
      if (created.status !== 201) throw new Error(`sign-up ${created.status}: ${JSON.stringify(created.body)}`);
      const login = await call('POST', '/v1/auth/login', { body: { kind: 'account', loginId, password: 'bench-password-1' } });
      return { accountId: created.body.id, token: login.body.token, loginId };
    },
  };
}

/**
 * A POST over a shared keep-alive agent that resolves with the status code only (the body is
 * drained, not parsed): the cheapest client, so a latency figure is the server's, not ours.
 */
export function keepAlivePoster(baseUrl: string, headers: Record<string, string>, maxSockets = 64) {
  const url = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets });
  return {
    post(path: string, body: unknown): Promise<number> {
      const data = JSON.stringify(body);
      return new Promise((resolve, reject) => {
        const req = http.request(
          {
            host: url.hostname,
            port: url.port,
            path,
            method: 'POST',
            agent,
            headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) },
          },
          (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode ?? 0));
          },
        );
        req.on('error', reject);
        req.end(data);
      });
    },
    close: () => agent.destroy(),
  };
}
