import type { Call } from '../api-client';

/** What part of a customer a search term matched. */
export type LookupField =
  'account_id' | 'order_id' | 'login_id' | 'circle_login_id' | 'email' | 'phone_number' | 'shipping_phone' | 'unique_code' | 'mac' | 'name';

/** One search result (GET /v1/operator/customers?q=). */
export interface CustomerHit {
  id: string;
  loginId: string;
  name: string;
  email: string;
  balance: number;
  createdAt: string;
  matches: Array<{ field: LookupField; value: string }>;
}

/** One ledger entry, newest first. */
export interface CustomerLedgerEntry {
  id: number;
  amount: number;
  kind: string;
  reference: string;
  balanceAfter: number;
  description: string | null;
  createdAt: string;
}

/** A page of ledger entries; nextBefore continues it. */
export interface CustomerLedgerPage {
  items: CustomerLedgerEntry[];
  nextBefore: number | null;
}

/** A manual adjustment and its decision. */
export interface Adjustment {
  id: string;
  accountId: string;
  accountLoginId: string;
  accountName: string;
  direction: 'credit' | 'debit';
  amount: number;
  reason: string;
  status: 'pending' | 'applied' | 'rejected';
  approvalRequired: boolean;
  requestedBy: { id: string; name: string };
  decidedBy: { id: string; name: string } | null;
  decisionNote: string | null;
  ledgerEntryId: number | null;
  balanceAfter: number | null;
  createdAt: string;
  decidedAt: string | null;
}

/** The customer page (GET /v1/operator/customers/{accountId}). */
export interface CustomerPage {
  account: {
    id: string;
    loginId: string;
    name: string;
    email: string;
    language: 'ja' | 'en';
    balance: number;
    lowBalanceThreshold: number | null;
    createdAt: string;
  };
  circles: Array<{ id: string; name: string; loginId: string; removedAt: string | null }>;
  ledger: CustomerLedgerPage;
  orders: Array<{
    id: string;
    kind: string;
    status: string;
    circleId: string | null;
    total: number;
    failureReason: string | null;
    createdAt: string;
    closedAt: string | null;
    timeline: Array<{ status: string; note: string | null; at: string }>;
  }>;
  uniques: Array<{
    id: string;
    code: string | null;
    kind: string;
    status: string;
    circleId: string;
    circleName: string | null;
    name: string | null;
    incomingExtension: string | null;
    monthlyFee: number;
    createdAt: string;
    cancelledAt: string | null;
  }>;
  numbers: Array<{
    id: string;
    number: string;
    kind: string;
    country: string;
    status: string;
    circleId: string | null;
    monthlyFee: number | null;
    activatedAt: string | null;
    cancelledAt: string | null;
  }>;
  devices: Array<{
    id: string;
    orderId: string;
    modelCode: string;
    status: string;
    mac: string | null;
    serial: string | null;
    uniqueCodes: string[];
    configFetchedAt: string | null;
  }>;
  adjustments: Adjustment[];
  approvalLimit: number;
}

const enc = encodeURIComponent;

/** The operators' customer desk: lookup, the customer page, and adjustments with four eyes. */
export const customersApi = (call: Call) => ({
  findCustomers: (q: string) => call<{ items: CustomerHit[] }>('GET', `/v1/operator/customers?q=${enc(q)}`).then((r) => r.items),
  customerPage: (accountId: string) => call<CustomerPage>('GET', `/v1/operator/customers/${enc(accountId)}`),
  customerLedger: (accountId: string, before: number) =>
    call<CustomerLedgerPage>('GET', `/v1/operator/customers/${enc(accountId)}/ledger?limit=20&before=${before}`),
  /** Credits or debits by hand; the key makes a double click (or a retry) count once. */
  requestAdjustment: (accountId: string, body: { direction: 'credit' | 'debit'; amount: number; reason: string }, idempotencyKey: string) =>
    call<Adjustment>('POST', `/v1/operator/customers/${enc(accountId)}/adjustments`, body, idempotencyKey),
  pendingAdjustments: () => call<{ items: Adjustment[] }>('GET', '/v1/operator/adjustments?status=pending&limit=500').then((r) => r.items),
  approveAdjustment: (id: string, idempotencyKey: string) =>
    call<Adjustment>('POST', `/v1/operator/adjustments/${enc(id)}/approve`, undefined, idempotencyKey),
  rejectAdjustment: (id: string, reason: string, idempotencyKey: string) =>
    call<Adjustment>('POST', `/v1/operator/adjustments/${enc(id)}/reject`, { reason }, idempotencyKey),
});
