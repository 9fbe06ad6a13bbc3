import type { Call } from '../api-client';
import { everyPage } from './operator';

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
  currency: 'JPY';
  createdAt: string;
  matches: Array<{ field: LookupField; value: string }>;
}

/** One ledger entry, newest first. */
export interface CustomerLedgerEntry {
  id: number;
  amount: number;
  currency: 'JPY';
  kind: string;
  reference: string;
  balanceAfter: number;
  description: string | null;
  createdAt: string;
}

/** A page of ledger entries; nextCursor (null on the last page) continues it. */
export interface CustomerLedgerPage {
  items: CustomerLedgerEntry[];
  nextCursor: string | null;
}

/** A manual adjustment and its decision. */
export interface Adjustment {
  id: string;
  accountId: string;
  accountLoginId: string;
  accountName: string;
  direction: 'credit' | 'debit';
  amount: number;
  currency: 'JPY';
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
  /** The account's ID. */
  id: string;
  account: {
    id: string;
    loginId: string;
    name: string;
    email: string;
    language: 'ja' | 'en';
    balance: number;
    currency: 'JPY';
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
    currency: 'JPY';
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
    currency: 'JPY';
    createdAt: string;
    cancelledAt: string | null;
  }>;
  numbers: Array<{
    id: string;
    /** E.164, e.g. +81312345678. */
    number: string;
    /** The national form a person reads, e.g. 03-1234-5678. */
    numberDisplay: string;
    kind: string;
    country: string;
    status: string;
    circleId: string | null;
    monthlyFee: number | null;
    currency: 'JPY';
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
  currency: 'JPY';
}

const enc = encodeURIComponent;

/** The operators' customer desk: lookup, the customer page, and adjustments with four eyes. */
export const customersApi = (call: Call) => ({
  /** Every match (at most 50 accounts), strongest first. */
  findCustomers: (q: string) => everyPage<CustomerHit>(call, `/v1/operator/customers?q=${enc(q)}`),
  customerPage: (accountId: string) => call<CustomerPage>('GET', `/v1/operator/customers/${enc(accountId)}`),
  customerLedger: (accountId: string, cursor: string) =>
    call<CustomerLedgerPage>('GET', `/v1/operator/customers/${enc(accountId)}/ledger?limit=20&cursor=${enc(cursor)}`),
  /** Credits or debits by hand; the key makes a double click (or a retry) count once. */
  requestAdjustment: (accountId: string, body: { direction: 'credit' | 'debit'; amount: number; reason: string }, idempotencyKey: string) =>
    call<Adjustment>('POST', `/v1/operator/customers/${enc(accountId)}/adjustments`, body, idempotencyKey),
  /** The whole approval queue, oldest first. */
  pendingAdjustments: () => everyPage<Adjustment>(call, '/v1/operator/adjustments?status=pending'),
  approveAdjustment: (id: string, idempotencyKey: string) =>
    call<Adjustment>('POST', `/v1/operator/adjustments/${enc(id)}/approve`, undefined, idempotencyKey),
  rejectAdjustment: (id: string, reason: string, idempotencyKey: string) =>
    call<Adjustment>('POST', `/v1/operator/adjustments/${enc(id)}/reject`, { reason }, idempotencyKey),
});
