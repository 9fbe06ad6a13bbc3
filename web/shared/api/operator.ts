import type { Call } from '../api-client';

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

/** The operators' bank-transfer desk and reviews. */
export const operatorApi = (call: Call) => ({
  pendingTransfers: () => call<{ items: PendingTransfer[] }>('GET', '/v1/operator/bank-transfers?limit=500').then((r) => r.items),
  /** Confirms receipt; the key makes a double click (or a retry) count once. */
  confirmTransfer: (orderId: string, amountReceived: number, idempotencyKey: string) =>
    call<ConfirmResult>('POST', `/v1/operator/bank-transfers/${encodeURIComponent(orderId)}/confirm`, { amountReceived }, idempotencyKey),
  openReviews: () => call<{ items: PaymentReview[] }>('GET', '/v1/operator/reviews?limit=500').then((r) => r.items),
  /** Credits what arrived, or records its refund; repeating it changes nothing. */
  resolveReview: (reviewId: string, action: 'credit' | 'refund', idempotencyKey: string) =>
    call<PaymentReview>('POST', `/v1/operator/reviews/${encodeURIComponent(reviewId)}/resolve`, { action }, idempotencyKey),
});
