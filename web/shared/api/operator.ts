import type { Call } from '../api-client';

/**
 * Every item of a list that a desk works through whole (a queue), read page by page: the API
 * answers at most 200 a page, `{ items, nextCursor }`, nextCursor null on the last page.
 */
export async function everyPage<T>(call: Call, path: string): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const sep = path.includes('?') ? '&' : '?';
    const page: { items: T[]; nextCursor: string | null } = await call(
      'GET',
      `${path}${sep}limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

/** A bank transfer awaiting confirmation (GET /v1/operator/bank-transfers). */
export interface PendingTransfer {
  /** The top-up order's ID. */
  id: string;
  accountId: string;
  accountName: string;
  accountLoginId: string;
  amount: number;
  currency: 'JPY';
  reference: string | null;
  status: string;
  /** Pay by, in Japan time (+09:00). */
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
  currency: 'JPY';
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
  currency: 'JPY';
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
  /** When a scheduled credit is applied, in Japan time (+09:00). */
  applyAt: string | null;
  duplicate: boolean;
}

/** The operators' bank-transfer desk and reviews. */
export const operatorApi = (call: Call) => ({
  /** The whole queue, oldest first. */
  pendingTransfers: () => everyPage<PendingTransfer>(call, '/v1/operator/bank-transfers'),
  /** Confirms receipt with the day the money arrived; the key makes a double click (or a retry) count once. */
  confirmTransfer: (orderId: string, amountReceived: number, arrivedOn: string, idempotencyKey: string) =>
    call<ConfirmResult>(
      'POST',
      `/v1/operator/bank-transfers/${encodeURIComponent(orderId)}/confirm`,
      { amountReceived, arrivedOn },
      idempotencyKey,
    ),
  /** Every open review, oldest first. */
  openReviews: () => everyPage<PaymentReview>(call, '/v1/operator/reviews'),
  /** The latest decisions, with their notes (the first page). */
  resolvedReviews: () =>
    call<{ items: PaymentReview[]; nextCursor: string | null }>('GET', '/v1/operator/reviews?status=resolved&limit=20').then(
      (r) => r.items,
    ),
  /** Credits what arrived (or assigns a deposit to its order), or records its refund; repeating it changes nothing. */
  resolveReview: (reviewId: string, decision: ReviewDecision, idempotencyKey: string) =>
    call<PaymentReview>('POST', `/v1/operator/reviews/${encodeURIComponent(reviewId)}/resolve`, decision, idempotencyKey),
});
