import type { Call } from '../api-client';
import { everyPage } from './operator';

/** One call of the history (GET /v1/calls); cost is null until rated. */
export interface CallEntry {
  /** The PBX's call ID */
  id: string;
  uniqueId: string;
  circleId: string;
  direction: 'outbound' | 'inbound';
  /** E.164; null for a short code (110), which has none */
  destination: string | null;
  /** The form a person reads (090-1234-5678) */
  destinationDisplay: string;
  destinationClass: string | null;
  startedAt: string;
  durationSeconds: number;
  /** Yen, tax excluded. */
  cost: number | null;
  currency: 'JPY';
  taxRate: number | null;
  rated: boolean;
}

/** Calls, seconds and rated cost of one Japan-time day or month (GET /v1/calls/totals). */
export interface CallTotal {
  id: string;
  period: string;
  calls: number;
  seconds: number;
  cost: number;
  currency: 'JPY';
  unrated: number;
}

/** Filters of the call history; from and to are ISO instants. */
export interface CallFilter {
  from?: string;
  to?: string;
  circleId?: string;
  uniqueId?: string;
}

/** One charge of a statement's month (a calls line: every call charged at one tax rate). */
export interface MonthlyStatementLine {
  /** The ledger entry; calls-<rate> for a calls line */
  id: string;
  /** When it was charged, Japan time */
  date: string;
  kind: 'purchase' | 'refund' | 'monthly_fee' | 'calls' | 'adjustment';
  description: string;
  quantity: number;
  taxRate: number;
  /** Tax included; negative for a refund */
  amount: number;
  currency: 'JPY';
}

/** A month's qualified invoice (GET /v1/billing/statements/{month}). */
export interface MonthlyStatement {
  /** The month, YYYY-MM */
  id: string;
  title: string;
  invoiceNumber: string;
  month: string;
  period: { from: string; to: string };
  issuer: { name: string; registrationNumber: string };
  recipient: { accountId: string; name: string };
  lines: MonthlyStatementLine[];
  taxByRate: Array<{ rate: number; taxable: number; tax: number; currency: 'JPY' }>;
  subtotal: number;
  tax: number;
  total: number;
  currency: 'JPY';
}

/** A month with a statement, and its totals (GET /v1/billing/statements). */
export interface StatementMonth {
  id: string;
  month: string;
  subtotal: number;
  tax: number;
  total: number;
  currency: 'JPY';
}

/** A contact of a circle's phone book. */
export interface PhonebookContact {
  id: string;
  circleId: string;
  name: string;
  nameKana: string | null;
  company: string | null;
  /** E.164; null for a short number or an extension, which has none */
  number: string | null;
  /** The form a person reads (03-1234-5678) */
  numberDisplay: string;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

/** What a contact form sends; empty optional fields are null. */
export interface PhonebookContactInput {
  name: string;
  nameKana: string | null;
  company: string | null;
  number: string;
  notes: string | null;
}

const query = (params: Record<string, string | number | undefined>) => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
};

/** The customer's side of the billing API: call history and totals, statements, and the circle phone book. */
export const billingApi = (call: Call) => ({
  listCalls: (f: CallFilter & { limit?: number; cursor?: string }) =>
    call<{ items: CallEntry[]; nextCursor: string | null }>('GET', `/v1/calls${query({ ...f })}`),
  callTotals: (f: CallFilter & { period: 'day' | 'month' }) =>
    call<{ items: CallTotal[]; nextCursor: null }>('GET', `/v1/calls/totals${query({ ...f })}`),
  listStatements: () => everyPage<StatementMonth>(call, '/v1/billing/statements').then((items) => ({ items })),
  getStatement: (month: string) => call<MonthlyStatement>('GET', `/v1/billing/statements/${encodeURIComponent(month)}`),
  /** Where the statement's PDF downloads from (the session cookie goes with a plain link). */
  statementPdfUrl: (month: string, lang: 'ja' | 'en') => `/v1/billing/statements/${encodeURIComponent(month)}.pdf?lang=${lang}`,
  searchContacts: (circleId: string, q?: string) =>
    everyPage<PhonebookContact>(call, `/v1/circles/${circleId}/contacts${query({ q })}`).then((items) => ({ items })),
  addContact: (circleId: string, input: PhonebookContactInput, idempotencyKey: string) =>
    call<PhonebookContact>('POST', `/v1/circles/${circleId}/contacts`, input, idempotencyKey),
  updateContact: (circleId: string, contactId: string, input: PhonebookContactInput) =>
    call<PhonebookContact>('PATCH', `/v1/circles/${circleId}/contacts/${contactId}`, input),
  removeContact: (circleId: string, contactId: string) => call<void>('DELETE', `/v1/circles/${circleId}/contacts/${contactId}`),
});
