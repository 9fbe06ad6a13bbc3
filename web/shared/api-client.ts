import type { Lang } from './i18n';

/** A problem document as the API answers every error. */
export interface Problem {
  status: number;
  code: string;
  title: string;
  detail: string;
  field?: string;
}

/** An error answer, carrying the API's problem document (its detail is in the caller's language). */
export class ApiProblem extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
  }
}

/** Who is logged in, as GET /v1/auth/session says. */
export interface Session {
  kind: 'account' | 'circle' | 'unique' | 'staff';
  role?: 'operator' | 'warehouse';
  staffId?: string;
  accountId?: string;
}

/** A bank transfer awaiting confirmation (GET /v1/operator/bank-transfers). */
export interface PendingTransfer {
  orderId: string;
  accountId: string;
  accountName: string;
  accountLoginId: string;
  amount: number;
  reference: string | null;
  status: string;
  deadlineAt: string | null;
  orderedAt: string;
}

/** A payment awaiting an operator's decision (GET /v1/operator/reviews). */
export interface PaymentReview {
  id: string;
  orderId: string;
  accountId: string;
  reason: 'amount_mismatch' | 'late_payment';
  expectedAmount: number;
  receivedAmount: number;
  status: 'open' | 'credited' | 'refunded';
  createdAt: string;
}

/** What confirming a transfer did (POST /v1/operator/bank-transfers/{orderId}/confirm). */
export interface ConfirmResult {
  orderId: string;
  outcome: 'credit' | 'scheduled' | 'review' | 'late_review';
  applyAt: string | null;
  duplicate: boolean;
}

/**
 * The screens' client of the public API. The session lives in an HttpOnly cookie the page never
 * sees; the CSRF token that must go with each state change is kept in this object's memory only.
 */
export function createApiClient(lang: () => Lang) {
  let csrfToken: string | undefined;

  async function call<T>(method: string, path: string, body?: unknown, idempotencyKey?: string): Promise<T> {
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
  }

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
    pendingTransfers: () => call<{ items: PendingTransfer[] }>('GET', '/v1/operator/bank-transfers?limit=500').then((r) => r.items),
    /** Confirms receipt; the key makes a double click (or a retry) count once. */
    confirmTransfer: (orderId: string, amountReceived: number, idempotencyKey: string) =>
      call<ConfirmResult>('POST', `/v1/operator/bank-transfers/${encodeURIComponent(orderId)}/confirm`, { amountReceived }, idempotencyKey),
    openReviews: () => call<{ items: PaymentReview[] }>('GET', '/v1/operator/reviews?limit=500').then((r) => r.items),
    /** Credits what arrived, or records its refund; repeating it changes nothing. */
    resolveReview: (reviewId: string, action: 'credit' | 'refund', idempotencyKey: string) =>
      call<PaymentReview>('POST', `/v1/operator/reviews/${encodeURIComponent(reviewId)}/resolve`, { action }, idempotencyKey),
  };
}

/** The API client the screens share. */
export type ApiClient = ReturnType<typeof createApiClient>;
