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

/** The bank statement line a review came from. */
export interface ReviewStatementLine {
  id: string;
  importId: string;
  fileName: string;
  lineNo: number;
  arrivedOn: string;
  amount: number;
  remitter: string;
  reference: string | null;
}

/** A payment awaiting an operator's decision, or decided (GET /v1/operator/reviews). */
export interface PaymentReview {
  id: string;
  /** Null for a deposit no reference matched. */
  orderId: string | null;
  accountId: string | null;
  reason: 'amount_mismatch' | 'late_payment' | 'unknown_deposit';
  expectedAmount: number | null;
  receivedAmount: number;
  status: 'open' | 'credited' | 'refunded' | 'assigned';
  creditedAmount: number | null;
  note: string | null;
  statementLine: ReviewStatementLine | null;
  createdAt: string;
  resolvedAt: string | null;
}

/** An operator's decision on a review. */
export interface ReviewDecision {
  action: 'credit' | 'refund';
  note?: string;
  /** For a deposit no reference matched: the order it belongs to. */
  orderId?: string;
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
  /** Confirms receipt with the day the money arrived; the key makes a double click (or a retry) count once. */
  confirmTransfer: (orderId: string, amountReceived: number, arrivedOn: string, idempotencyKey: string) =>
    call<ConfirmResult>(
      'POST',
      `/v1/operator/bank-transfers/${encodeURIComponent(orderId)}/confirm`,
      { amountReceived, arrivedOn },
      idempotencyKey,
    ),
  openReviews: () => call<{ items: PaymentReview[] }>('GET', '/v1/operator/reviews?limit=500').then((r) => r.items),
  /** The latest decisions, with their notes. */
  resolvedReviews: () => call<{ items: PaymentReview[] }>('GET', '/v1/operator/reviews?status=resolved&limit=20').then((r) => r.items),
  /** Credits what arrived (or assigns a deposit to its order), or records its refund; repeating it changes nothing. */
  resolveReview: (reviewId: string, decision: ReviewDecision, idempotencyKey: string) =>
    call<PaymentReview>('POST', `/v1/operator/reviews/${encodeURIComponent(reviewId)}/resolve`, decision, idempotencyKey),
});
