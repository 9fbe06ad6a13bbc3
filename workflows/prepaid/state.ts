import { allHandlersFinished, ApplicationFailure, condition, patched, setHandler } from '@temporalio/workflow';
import type { StatusChange } from '../../domain/orders/status-change';
import { moveOrderTo } from '../orders/status';
import {
  CANCELLABLE_STATUSES,
  cancelTopupUpdate,
  placeTopupUpdate,
  confirmTransferUpdate,
  PLACEMENT_WAIT,
  PLACEMENT_WAITS_FOR_PAYMENT_PATCH,
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
  /** The status the order row shows (written by moveTo); 'accepted' until the payment step moves it. */
  shown: TopupStatus = 'accepted';
  closed = false;
  cancelRequested = false;
  confirmation?: TransferConfirmation;
  confirmationResult?: ConfirmationResult;
  openReviewId?: string;
  resolution?: ReviewResolution;
  credited = 0;
  reviews = 0;
  /** This run credits on-time transfers confirmed after its wait ended (set once, from the patch). */
  onTimeAware = false;
  /** What each confirmation that arrived after the wait led to, by payment key. */
  readonly results = new Map<string, ConfirmationResult>();
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

  /** Whether an event with this key has arrived before. */
  hasSeen(key: string): boolean {
    return this.seen.has(key);
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
    this.shown = this.status;
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
    // The rows must exist (however long that takes); then the payment step has a while to write what to do next.
    await condition(() => state.recorded);
    if (patched(PLACEMENT_WAITS_FOR_PAYMENT_PATCH)) await condition(() => state.shown !== 'accepted', PLACEMENT_WAIT);
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
        state.confirmation = c;
        state.confirmationResult = await confirmAfterClose(state, c);
        return state.confirmationResult;
      }
      state.confirmation = c;
      await condition(() => state.confirmationResult !== undefined);
      return state.confirmationResult!;
    },
    {
      validator: (c) => {
        if (method !== 'bank_transfer') throw ApplicationFailure.nonRetryable('not a bank transfer', TOPUP_FAILURES.notBankTransfer.type);
        validateAmount(c);
      },
    },
  );
}

function validateAmount(c: TransferConfirmation): void {
  if (!Number.isSafeInteger(c.amount) || c.amount < 1)
    throw ApplicationFailure.nonRetryable('amount must be a positive integer', TOPUP_FAILURES.invalidAmount.type);
}

const LATE: ConfirmationResult = { outcome: 'late_review', applyAt: null, duplicate: false };

/**
 * A confirmation after the order's wait ended. Money is never lost: late money goes to review at
 * once; money that arrived on time waits for the main loop to credit it (or review a wrong amount).
 */
async function confirmAfterClose(state: TopupState, c: TransferConfirmation): Promise<ConfirmationResult> {
  const key = `confirm:${c.confirmationId}`;
  const onTime = state.onTimeAware && c.onTime === true;
  state.receive({
    key,
    kind: 'paid',
    amount: c.amount,
    source: 'operator',
    staffId: c.staffId,
    arrivedOn: c.arrivedOn,
    ...(onTime ? { onTime } : {}),
  });
  if (!onTime) state.results.set(key, LATE);
  if (!state.results.has(key)) await condition(() => state.results.has(key));
  return state.results.get(key)!;
}

/** The late-payment review's handler of confirmations that reach an order whose workflow has finished. */
export function installLateConfirmationHandler(state: TopupState): void {
  setHandler(
    confirmTransferUpdate,
    async (c) => {
      const key = `confirm:${c.confirmationId}`;
      if (!state.hasSeen(key)) return confirmAfterClose(state, c);
      if (!state.results.has(key)) await condition(() => state.results.has(key));
      return { ...state.results.get(key)!, duplicate: true };
    },
    { validator: validateAmount },
  );
}

/**
 * Waits until every handler has finished, or until money an update handler is waiting on needs
 * the main loop (an on-time confirmation after close), whichever comes first.
 */
export async function untilHandlersDoneOrMoney(state: TopupState): Promise<void> {
  await condition(() => allHandlersFinished() || (state.onTimeAware && state.hasMoney()));
}
