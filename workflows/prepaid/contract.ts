import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { TopupMethod } from '../../domain/prepaid/limits';
import type { FailureTable } from '../../domain/failures';

/** Statuses of a top-up order, as the orders API shows them. */
export const TOPUP_STATUS = {
  accepted: 'accepted',
  awaiting3ds: 'awaiting_3ds',
  awaitingPayment: 'awaiting_payment',
  awaitingTransfer: 'awaiting_transfer',
  creditScheduled: 'credit_scheduled',
  inReview: 'in_review',
  credited: 'credited',
  refunded: 'refunded',
  failed: 'failed',
  expired: 'expired',
  cancelled: 'cancelled',
} as const;

/** One top-up status. */
export type TopupStatus = (typeof TOPUP_STATUS)[keyof typeof TOPUP_STATUS];

/** Statuses in which the customer may still cancel: nothing has been paid yet. */
export const CANCELLABLE_STATUSES: readonly TopupStatus[] = ['accepted', 'awaiting_3ds', 'awaiting_payment', 'awaiting_transfer'];

/** How long the order waits, from config at order time. */
export interface TopupWaits {
  threeDsTimeoutMs: number;
  paymentWindowMs: number;
  reminderBeforeMs: number;
}

/** Input of one top-up order's workflow. */
export interface TopupOrderInput {
  orderId: string;
  accountId: string;
  method: TopupMethod;
  amount: number;
  /** New card: the processor's token from its tokenisation page. */
  cardToken?: string;
  /** Registered card: our card ID. */
  cardId?: string;
  /** Started by the low-balance check rather than by the customer. */
  auto?: boolean;
  waits: TopupWaits;
}

/** How a top-up ended. */
export interface TopupOutcome {
  status: TopupStatus;
  credited: number;
  failureReason?: string;
}

/** Money arrived or a charge settled, as the processor's webhook or an operator reports it. */
export interface PaymentEvent {
  /** Deduplication key: the processor's event ID or the operator confirmation's ID. */
  key: string;
  kind: 'charge_succeeded' | 'charge_failed' | 'paid';
  amount: number;
  paymentId?: string;
  failureCode?: string;
  source: 'processor' | 'operator';
  /** An operator's confirmation: who confirmed it. */
  staffId?: string;
  /**
   * An operator's confirmation of money that arrived by the deadline's date, after the order's
   * own wait ended: it is credited like any on-time transfer, not reviewed as late.
   */
  onTime?: boolean;
  /** An operator's confirmation: the Tokyo date the money arrived. */
  arrivedOn?: string;
}

/** An operator's confirmation that a bank transfer arrived, with the amount on the statement. */
export interface TransferConfirmation {
  confirmationId: string;
  amount: number;
  staffId: string;
  /** Tokyo date the money arrived, YYYY-MM-DD (absent in confirmations older than the field). */
  arrivedOn?: string;
  /** Whether it arrived by the deadline's date; the API judges it from the order's deadline. */
  onTime?: boolean;
}

/** What the confirmation led to: credit now, credit at the next business opening, or review. */
export interface ConfirmationResult {
  outcome: 'credit' | 'scheduled' | 'review' | 'late_review';
  applyAt: string | null;
  duplicate: boolean;
}

/** An operator's decision on a payment under review. */
export interface ReviewResolution {
  reviewId: string;
  action: 'credit' | 'refund';
  staffId: string;
}

/** Processor webhooks and late confirmations reach the order through this signal. */
export const paymentEventSignal = defineSignal<[PaymentEvent]>('paymentEvent');
/** The customer cancels an unpaid order; refused once money has arrived. */
export const cancelTopupUpdate = defineUpdate<{ status: TopupStatus }, []>('cancelTopup');
/** Answers the placement (update-with-start) once the order's rows are written. */
export const placeTopupUpdate = defineUpdate<{ orderId: string }, []>('placeTopup');
/** An operator confirms a bank transfer; repeating it (double click) changes nothing. */
export const confirmTransferUpdate = defineUpdate<ConfirmationResult, [TransferConfirmation]>('confirmTransfer');
/** An operator credits or refunds a payment under review. */
export const resolveReviewUpdate = defineUpdate<{ status: TopupStatus }, [ReviewResolution]>('resolveReview');
/** The order's current status, for diagnostics (pages read the orders table). */
export const topupStatusQuery = defineQuery<TopupStatus>('topupStatus');

/** Typed failures of a top-up, with the HTTP answer each gets (activities and the API read it). */
export const TOPUP_FAILURES = {
  notCancellable: { type: 'TopupNotCancellable', status: 409, code: 'topup_not_cancellable' },
  notBankTransfer: { type: 'NotBankTransfer', status: 409, code: 'not_bank_transfer' },
  reviewNotOpen: { type: 'ReviewNotOpen', status: 409, code: 'review_not_open' },
  invalidAmount: { type: 'InvalidAmount', status: 422, code: 'validation_failed', field: 'body.amountReceived' },
  cardRefused: { type: 'CardRefused', status: 422, code: 'card_refused', messageAs: 'reason' },
  cardDeclined: { type: 'CardDeclined', status: 422, code: 'card_refused', messageAs: 'reason' },
} as const satisfies FailureTable;

/** Workflow ID of one top-up order. */
export const topupWorkflowId = (orderId: string) => `TopupOrder:${orderId}`;
/** Workflow ID of the review of payments that arrived after the order closed. */
export const latePaymentWorkflowId = (orderId: string) => `TopupLatePayment:${orderId}`;

/**
 * Patch: on-time transfers confirmed after the order's wait ended are credited, not reviewed as
 * late. Histories recorded before it keep their old path.
 */
export const ON_TIME_TRANSFER_PATCH = 'on-time-transfer-after-close';

/**
 * Patch: the placement answers once the payment step has written what the customer does next
 * (3-D Secure URL, slip, transfer instructions) or the order has ended, at most PLACEMENT_WAIT
 * later; before it, as soon as the order row existed.
 */
export const PLACEMENT_WAITS_FOR_PAYMENT_PATCH = 'placement-waits-for-payment-step';
export const PLACEMENT_WAIT = '10 seconds';

/** Input of the late-payment review workflow. */
export interface LatePaymentInput {
  orderId: string;
  accountId: string;
}
