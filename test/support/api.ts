import type { Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { composeApiDeps, createApp } from '../../api/app';
import type { ApiDeps } from '../../api/deps';
import { createDb } from '../../db/knex';
import { createStores } from '../../db/stores';
import { loadConfig } from '../../lib/config';
import { createLogger } from '../../lib/logger';
import { createParties } from '../../lib/parties';
import type { Logger } from 'pino';
import { createTemporalClient } from '../../lib/temporal';
import { DOMAIN_MODULES } from '../../modules';
import type { DomainModule } from '../../modules/domain-module';

/** A response as tests read it. */
export interface TestResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** Options of one request. */
export interface RequestOptions {
  token?: string;
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
}

/** A running API on a random port with the suite's real services behind it. */
export interface TestApi {
  url: string;
  deps: ApiDeps;
  request<T = any>(method: string, path: string, opts?: RequestOptions): Promise<TestResponse<T>>;
  close(): Promise<void>;
}

/** Starts the real Koa app for one test file, with env overrides for limits under test (and, rarely, other domains). */
export async function startTestApi(
  envOverrides: Record<string, string> = {},
  log: Logger = createLogger('silent', 'test-api'),
  modules: DomainModule[] = DOMAIN_MODULES,
): Promise<TestApi> {
  const config = loadConfig({ ...inject('env'), ...envOverrides });
  const db = createDb(config.databaseUrl, 10);
  const temporal = await createTemporalClient(config.temporal);
  const deps: ApiDeps = composeApiDeps(
    { config, db, stores: createStores(db), temporal, log, parties: createParties(config, db) },
    modules,
  );
  const server: Server = createApp(deps, modules).listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    url,
    deps,
    async request(method, path, opts = {}) {
      const headers: Record<string, string> = { ...(opts.headers ?? {}) };
      if (opts.token) headers.authorization = `Bearer ${opts.token}`;
      let body: string | undefined = opts.rawBody;
      if (opts.body !== undefined) {
        body = JSON.stringify(opts.body);
        headers['content-type'] ??= 'application/json';
      }
      const res = await fetch(url + path, { method, headers, body });
      const text = await res.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        /* not JSON: keep the text */
      }
      return { status: res.status, body: parsed as any, headers: res.headers };
    },
    async close() {
      await new Promise((r) => server.close(r));
      await temporal.connection.close();
      await db.destroy();
    },
  };
}

/** A login ID no other test uses. */
export const uniqueLoginId = (prefix = 'user') => `${prefix}-${randomUUID().slice(0, 12)}`;

/** Opens an account through the API and logs it in. */
export async function signUp(
  api: TestApi,
  overrides: Partial<{ loginId: string; password: string; email: string; name: string; language: 'ja' | 'en' }> = {},
) {
  const loginId = overrides.loginId ?? uniqueLoginId();
  const input = {
    loginId,
    password: 'correct-horse-1',
    email: `${loginId}@example.jp`,
    name: 'テスト株式会社',
    language: 'ja' as const,
    ...overrides,
  };
  const created = await api.request('POST', '/v1/accounts', { body: input });
  if (created.status !== 201) throw new Error(`sign-up failed: ${created.status} ${JSON.stringify(created.body)}`);
  const login = await api.request('POST', '/v1/auth/login', { body: { kind: 'account', loginId, password: input.password } });
  if (login.status !== 200) throw new Error(`login failed: ${login.status} ${JSON.stringify(login.body)}`);
  return { ...input, accountId: created.body.id as string, token: login.body.token as string };
}

/** Logs a seeded staff user in. */
export async function staffLogin(api: TestApi, role: 'operator' | 'warehouse' | 'admin' | 'operator2'): Promise<string> {
  const res = await api.request('POST', '/v1/auth/login', { body: { kind: 'staff', loginId: role, password: `${role}-pass-1` } });
  if (res.status !== 200) throw new Error(`staff login failed: ${res.status}`);
  return res.body.token;
}

/** Every item of a list, read page by page (`limit`, `cursor` → `{ items, nextCursor }`), asserting each page is a 200. */
export async function allPages<T = any>(api: TestApi, path: string, token?: string): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const sep = path.includes('?') ? '&' : '?';
    const res: TestResponse = await api.request('GET', `${path}${sep}limit=200${cursor ? `&cursor=${cursor}` : ''}`, { token });
    if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    items.push(...(res.body.items as T[]));
    cursor = res.body.nextCursor as string | null;
  } while (cursor);
  return items;
}
