import type { Call } from '../api-client';

/** One call of the history (GET /v1/calls); cost is null until rated. */
export interface CallEntry {
  callId: string;
  uniqueId: string;
  circleId: string;
  direction: 'outbound' | 'inbound';
  destination: string;
  destinationClass: string | null;
  startedAt: string;
  durationSeconds: number;
  /** Yen, tax excluded. */
  cost: number | null;
  taxRate: number | null;
  rated: boolean;
}

/** Calls, seconds and rated cost of one Japan-time day or month (GET /v1/calls/totals). */
export interface CallTotal {
  period: string;
  calls: number;
  seconds: number;
  cost: number;
  unrated: number;
}

/** Filters of the call history; from and to are ISO instants. */
export interface CallFilter {
  from?: string;
  to?: string;
  circleId?: string;
  uniqueId?: string;
}

/** One line of a statement. */
export interface MonthlyStatementLine {
  kind: 'monthly_fee' | 'calls';
  description: string;
  quantity: number;
  seconds: number | null;
  amount: number;
  taxRate: number;
}

/** A month's qualified invoice (GET /v1/billing/statements/{month}). */
export interface MonthlyStatement {
  title: string;
  invoiceNumber: string;
  month: string;
  period: { from: string; to: string };
  issuer: { name: string; registrationNumber: string };
  recipient: { accountId: string; name: string };
  lines: MonthlyStatementLine[];
  taxByRate: Array<{ rate: number; taxable: number; tax: number }>;
  subtotal: number;
  tax: number;
  total: number;
}

/** A month with a statement, and its totals (GET /v1/billing/statements). */
export interface StatementMonth {
  month: string;
  subtotal: number;
  tax: number;
  total: number;
}

/** A contact of a circle's phone book. */
export interface PhonebookContact {
  id: string;
  circleId: string;
  name: string;
  nameKana: string | null;
  company: string | null;
  number: string;
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
  callTotals: (f: CallFilter & { period: 'day' | 'month' }) => call<{ items: CallTotal[] }>('GET', `/v1/calls/totals${query({ ...f })}`),
  listStatements: () => call<{ items: StatementMonth[] }>('GET', '/v1/billing/statements'),
  getStatement: (month: string) => call<MonthlyStatement>('GET', `/v1/billing/statements/${encodeURIComponent(month)}`),
  /** Where the statement's PDF downloads from (the session cookie goes with a plain link). */
  statementPdfUrl: (month: string, lang: 'ja' | 'en') => `/v1/billing/statements/${encodeURIComponent(month)}.pdf?lang=${lang}`,
  searchContacts: (circleId: string, q?: string) =>
    call<{ items: PhonebookContact[] }>('GET', `/v1/circles/${circleId}/contacts${query({ q, limit: 500 })}`),
  addContact: (circleId: string, input: PhonebookContactInput, idempotencyKey: string) =>
    call<PhonebookContact>('POST', `/v1/circles/${circleId}/contacts`, input, idempotencyKey),
  updateContact: (circleId: string, contactId: string, input: PhonebookContactInput) =>
    call<PhonebookContact>('PATCH', `/v1/circles/${circleId}/contacts/${contactId}`, input),
  removeContact: (circleId: string, contactId: string) => call<void>('DELETE', `/v1/circles/${circleId}/contacts/${contactId}`),
});
