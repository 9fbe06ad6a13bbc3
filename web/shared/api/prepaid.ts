import type { Call } from '../api-client';

/** The five ways to top up (seed §2). */
export type TopupMethodCode = 'card' | 'registered_card' | 'net_bank' | 'konbini' | 'bank_transfer';

/** The top-up page's choices (GET /v1/prepaid/topup-options). */
export interface TopupOptions {
  presets: number[];
  currency: 'JPY';
  methods: Array<{ method: TopupMethodCode; min: number; max: number; currency: 'JPY' }>;
  paymentWindowDays: number;
  threeDsTimeoutMinutes: number;
  /** The processor's card entry page to frame, and the only origin whose token messages count. */
  cardEntry: { url: string; origin: string };
}

/** A top-up order as the prepaid history shows it. */
export interface TopupRecord {
  /** The top-up order's ID. */
  id: string;
  method: TopupMethodCode;
  amount: number;
  currency: 'JPY';
  status: string;
  auto: boolean;
  reference: string | null;
  /** Pay by, in Japan time (+09:00). */
  deadlineAt: string | null;
  receivedAmount: number | null;
  creditedAmount: number;
  refundedAmount: number;
  /** What to do next; its times (deadline, expiresAt, applyAt) are in Japan time (+09:00). */
  nextAction: Record<string, unknown> | null;
  failureReason: string | null;
  createdAt: string;
}

/** What a top-up order sends: the typed amount (it wins) or a preset, the method, and the card. */
export interface TopupOrderBody {
  method: TopupMethodCode;
  amount?: number;
  presetAmount?: number;
  cardToken?: string;
  cardId?: string;
}

/** Kinds of balance movement. */
export type LedgerEntryKind =
  'topup' | 'topup_refund' | 'purchase' | 'refund' | 'monthly_fee' | 'call_charge' | 'adjustment' | 'manual_adjustment';

/** One balance movement (GET /v1/prepaid/ledger). */
export interface LedgerLine {
  id: number;
  amount: number;
  currency: 'JPY';
  kind: LedgerEntryKind;
  reference: string;
  balanceAfter: number;
  description: string | null;
  createdAt: string;
}

/** The history filters: kind, Tokyo dates, and the page cursor. */
export interface LedgerFilter {
  kind?: LedgerEntryKind;
  from?: string;
  to?: string;
  /** The nextCursor of the previous page. */
  cursor?: string;
  limit?: number;
}

/** A registered card: brand, last 4 digits and expiry only. */
export interface RegisteredCard {
  id: string;
  brand: string;
  last4: string;
  expMonth: number;
  expYear: number;
  registeredAt: string;
  lastUsedAt: string | null;
}

/** The low-balance threshold and the automatic top-up by registered card. */
export interface PrepaidSettingsDoc {
  lowBalanceThreshold: number | null;
  autoTopup: { enabled: boolean; amount: number | null; cardId: string | null };
}

/** The settings as the API answers them: `currency` beside the amounts. */
export interface PrepaidSettingsView {
  lowBalanceThreshold: number | null;
  currency: 'JPY';
  autoTopup: { enabled: boolean; amount: number | null; currency: 'JPY'; cardId: string | null };
}

const queryOf = (params: Record<string, string | number | undefined>) => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
};

/** The customer's side of the prepaid API. */
export const prepaidApi = (call: Call) => ({
  prepaidBalance: () => call<{ balance: number; currency: 'JPY' }>('GET', '/v1/prepaid/balance'),
  prepaidLedger: (f: LedgerFilter = {}) =>
    call<{ items: LedgerLine[]; nextCursor: string | null }>('GET', `/v1/prepaid/ledger${queryOf({ ...f })}`),
  topupOptions: () => call<TopupOptions>('GET', '/v1/prepaid/topup-options'),
  orderTopup: (body: TopupOrderBody, idempotencyKey: string) => call<TopupRecord>('POST', '/v1/prepaid/topups', body, idempotencyKey),
  topupHistory: (cursor?: string) =>
    call<{ items: TopupRecord[]; nextCursor: string | null }>('GET', `/v1/prepaid/topups${queryOf({ cursor })}`),
  topup: (orderId: string) => call<TopupRecord>('GET', `/v1/prepaid/topups/${encodeURIComponent(orderId)}`),
  cancelTopup: (orderId: string) => call<TopupRecord>('POST', `/v1/prepaid/topups/${encodeURIComponent(orderId)}/cancel`),
  /** An account has a few cards: one page holds them all. */
  registeredCards: () => call<{ items: RegisteredCard[]; nextCursor: string | null }>('GET', '/v1/prepaid/cards'),
  registerCard: (cardToken: string, idempotencyKey: string) =>
    call<RegisteredCard>('POST', '/v1/prepaid/cards', { cardToken }, idempotencyKey),
  removeCard: (cardId: string) => call<void>('DELETE', `/v1/prepaid/cards/${encodeURIComponent(cardId)}`),
  prepaidSettings: () => call<PrepaidSettingsView>('GET', '/v1/prepaid/settings'),
  savePrepaidSettings: (s: PrepaidSettingsDoc) => call<PrepaidSettingsView>('PUT', '/v1/prepaid/settings', s),
});
