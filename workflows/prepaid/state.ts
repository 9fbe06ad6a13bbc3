import { ApplicationFailure, condition, setHandler } from '@temporalio/workflow';
import type { StatusChange } from '../../domain/orders/status-change';
import { moveOrderTo } from '../orders/status';
import {
  CANCELLABLE_STATUSES,
  cancelTopupUpdate,
  placeTopupUpdate,
  confirmTransferUpdate,
  paymentEventSignal,
  resolveReviewUpdate,
  TOPUP_FAILURES,
  topupStatusQuery,
  type ConfirmationResult,
  type PaymentEvent,
  type ReviewResolution,
  type TopupStatus,
  type TransferConfirmation,
} from './contract';

/** What a top-up workflow knows: its status and the messages that arrived, deduplicated. */
export class TopupState {
  status: TopupStatus = 'accepted';
  /** The order and top-up rows are written: the placement may answer. */
  recorded = false;
  closed = false;
  cancelRequested = false;
  confirmation?: TransferConfirmation;
  confirmationResult?: ConfirmationResult;
  openReviewId?: string;
  resolution?: ReviewResolution;
  credited = 0;
  reviews = 0;
  failureReason?: string;
  private readonly payments: PaymentEvent[] = [];
  private readonly seen = new Set<string>();

  constructor(readonly orderId: string) {}

  /** Queues a payment event once per key (webhooks and signals arrive at least once). */
  receive(e: PaymentEvent): void {
    if (this.seen.has(e.key)) return;
    this.seen.add(e.key);
    this.payments.push(e);
  }

  /** Whether an event for this processor payment (charge, slip, virtual account) has arrived. */
  has(paymentId: string): boolean {
    return this.payments.some((p) => p.paymentId === paymentId);
  }

  /** Takes the first event for this processor payment, if any. */
  take(paymentId: string): PaymentEvent | undefined {
    const i = this.payments.findIndex((p) => p.paymentId === paymentId);
    return i < 0 ? undefined : this.payments.splice(i, 1)[0];
  }

  /** Takes any event that brought money: what is left once the order has closed is a late payment. */
  takeMoney(): PaymentEvent | undefined {
    const i = this.payments.findIndex((p) => p.kind !== 'charge_failed');
    return i < 0 ? undefined : this.payments.splice(i, 1)[0];
  }

  /** Whether money arrived that the current step has not handled. */
  hasMoney(): boolean {
    return this.payments.some((p) => p.kind !== 'charge_failed');
  }

  /** Moves the order to a status: workflow state, search attribute and status row. */
  async moveTo(change: StatusChange): Promise<void> {
    this.status = change.status as TopupStatus;
    await moveOrderTo(this.orderId, change);
    if (change.closed) this.closed = true;
  }
}

/** Handlers every top-up workflow has: payment events, review decisions and the status query. */
export function installPaymentHandlers(state: TopupState): void {
  setHandler(topupStatusQuery, () => state.status);
  setHandler(paymentEventSignal, (e) => state.receive(e));
  setHandler(
    resolveReviewUpdate,
    async (r) => {
      // A repeated decision (double click) waits for the first one's result.
      state.resolution ??= r;
      await condition(() => state.openReviewId !== r.reviewId);
      return { status: state.status };
    },
    {
      validator: (r) => {
        if (state.openReviewId !== r.reviewId)
          throw ApplicationFailure.nonRetryable('review is not open', TOPUP_FAILURES.reviewNotOpen.type);
      },
    },
  );
}

/** Handlers of the order workflow: the customer's cancel and the operator's transfer confirmation. */
export function installOrderHandlers(state: TopupState, method: string): void {
  setHandler(placeTopupUpdate, async () => {
    await condition(() => state.recorded);
    return { orderId: state.orderId };
  });
  setHandler(
    cancelTopupUpdate,
    async () => {
      state.cancelRequested = true;
      await condition(() => state.closed);
      return { status: state.status };
    },
    {
      validator: () => {
        if (!CANCELLABLE_STATUSES.includes(state.status) || state.hasMoney() || state.confirmation) {
          throw ApplicationFailure.nonRetryable(`order is ${state.status}`, TOPUP_FAILURES.notCancellable.type);
        }
      },
    },
  );
  setHandler(
    confirmTransferUpdate,
    async (c) => {
      if (state.confirmation) {
        await condition(() => state.confirmationResult !== undefined);
        return { ...state.confirmationResult!, duplicate: true };
      }
      if (state.closed) {
        // Money that arrives after expiry or cancellation is never lost: it goes to review.
        state.receive({ key: `confirm:${c.confirmationId}`, kind: 'paid', amount: c.amount, source: 'operator' });
        state.confirmation = c;
        state.confirmationResult = { outcome: 'late_review', applyAt: null, duplicate: false };
        return state.confirmationResult;
      }
      state.confirmation = c;
      await condition(() => state.confirmationResult !== undefined);
      return state.confirmationResult!;
    },
    {
      validator: (c) => {
        if (method !== 'bank_transfer') throw ApplicationFailure.nonRetryable('not a bank transfer', TOPUP_FAILURES.notBankTransfer.type);
        if (!Number.isSafeInteger(c.amount) || c.amount < 1)
          throw ApplicationFailure.nonRetryable('amount must be a positive integer', TOPUP_FAILURES.invalidAmount.type);
      },
    },
  );
}
