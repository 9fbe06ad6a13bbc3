import { randomUUID } from 'node:crypto';

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
      const created = await call('POST', '/v1/accounts', { body: { loginId, password: 'bench-password-1', email: `${loginId}@bench.example.jp`, name: 'Bench', language: 'en' } });
      if (created.status !== 201) throw new Error(`sign-up ${created.status}: ${JSON.stringify(created.body)}`);
      const login = await call('POST', '/v1/auth/login', { body: { kind: 'account', loginId, password: 'bench-password-1' } });
      return { accountId: created.body.id, token: login.body.token, loginId };
    },
  };
}
