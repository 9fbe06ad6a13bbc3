import type { Lang } from './i18n';
import { authApi } from './api/auth';
import { accountsApi } from './api/accounts';
import { prepaidApi } from './api/prepaid';
import { ordersApi } from './api/orders';
import { telephonyApi } from './api/telephony';
import { billingApi } from './api/billing';
import { devicesApi } from './api/devices';
import { bankStatementsApi } from './api/bank-statements';
import { catalogApi } from './api/catalog';
import { customersApi } from './api/customers';
import { operatorApi } from './api/operator';
import { staffAdminApi } from './api/staff-admin';
import { warehouseApi } from './api/warehouse';
import { unusedBalanceApi } from './api/unused-balance';
export type * from './api/operator';
export type * from './api/bank-statements';
export type * from './api/customers';
export type * from './api/catalog';
export type * from './api/staff-admin';
export type * from './api/warehouse';
export type * from './api/unused-balance';
export type * from './api/accounts';
export type * from './api/prepaid';
export type * from './api/orders';
export type * from './api/telephony';
export type * from './api/billing';
export type * from './api/devices';

/** A problem document as the API answers every error. */
export interface Problem {
  status: number;
  code: string;
  title: string;
  detail: string;
  field?: string;
  /** Every broken rule of a validation, each with its field, when there is more than one. */
  errors?: Array<{ field: string; code: string; message: string }>;
}

/** An error answer, carrying the API's problem document (its detail is in the caller's language). */
export class ApiProblem extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
  }
}

/** One request to the API: JSON in and out, the CSRF token and Idempotency-Key attached. */
export type Call = <T>(method: string, path: string, body?: unknown, idempotencyKey?: string) => Promise<T>;

/** Who is logged in, as GET /v1/auth/session says. */
export interface Session {
  kind: 'account' | 'circle' | 'unique' | 'staff';
  role?: 'operator' | 'warehouse' | 'admin';
  /** A staff password an administrator set, to be replaced before anything else. */
  mustChangePassword?: boolean;
  staffId?: string;
  accountId?: string;
  circleId?: string;
  uniqueId?: string;
}

/**
 * The screens' client of the public API. The session lives in an HttpOnly cookie the page never
 * sees; the CSRF token that must go with each state change is kept in this object's memory only.
 */
export function createApiClient(lang: () => Lang) {
  let csrfToken: string | undefined;

  const call: Call = async <T>(method: string, path: string, body?: unknown, idempotencyKey?: string): Promise<T> => {
    const headers: Record<string, string> = { accept: 'application/json', 'accept-language': lang() };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
    if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
    const res = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
    });
    const data = res.status === 204 ? undefined : await res.json();
    if (!res.ok) throw new ApiProblem(data as Problem);
    return data as T;
  };

  return {
    /** Logs in with a browser session (cookie); the answer's CSRF token stays in memory. */
    async login(kind: Session['kind'], loginId: string, password: string): Promise<Session> {
      const r = await call<{ csrfToken: string; principal: Session }>('POST', '/v1/auth/login', {
        kind,
        loginId,
        password,
        session: 'cookie',
      });
      csrfToken = r.csrfToken;
      return r.principal;
    },
    /** The current session after a reload, or null when there is none. */
    async session(): Promise<Session | null> {
      try {
        const s = await call<Session & { csrfToken?: string }>('GET', '/v1/auth/session');
        csrfToken = s.csrfToken;
        return s;
      } catch (err) {
        if (err instanceof ApiProblem && err.problem.status === 401) return null;
        throw err;
      }
    },
    async logout(): Promise<void> {
      await call('POST', '/v1/auth/logout');
      csrfToken = undefined;
    },
    ...authApi(call),
    ...operatorApi(call),
    ...bankStatementsApi(call),
    ...customersApi(call),
    ...catalogApi(call),
    ...staffAdminApi(call),
    ...warehouseApi(call),
    ...unusedBalanceApi(call),
    ...accountsApi(call),
    ...prepaidApi(call),
    ...ordersApi(call),
    ...telephonyApi(call),
    ...billingApi(call),
    ...devicesApi(call),
  };
}

/** The API client the screens share. */
export type ApiClient = ReturnType<typeof createApiClient>;
