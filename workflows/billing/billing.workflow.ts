import { allHandlersFinished, condition, continueAsNew, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import type { createBillingActivities } from '../../activities/billing/billing.activities';
import { jstMonthOf, jstMonthStart, nextMonth } from '../../domain/billing/months';
import { balanceCreditedSignal, billingStateQuery, type BillingCycleState, type BillingInput } from './contract';
import { HEARTBEAT_TIMEOUT } from '../activity-timeouts';

const { chargeMonthlyFees, suspendOutbound } = proxyActivities<ReturnType<typeof createBillingActivities>>({
  heartbeatTimeout: HEARTBEAT_TIMEOUT,
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '5 minutes' },
});

const DAY_MS = 86_400_000;

/**
 * An account's billing cycle: on the 1st of each month (Japan time) it charges the monthly fees;
 * when the balance is short it records them as owed and mails, waits out the grace period
 * (a top-up credit retries at once), then suspends outbound calls until the fees are paid.
 */
export async function billingWorkflow(input: BillingInput): Promise<void> {
  const state: BillingCycleState = input.state ?? {
    accountId: input.accountId,
    chargedThrough: input.paidThrough ?? jstMonthOf(Date.now()),
    owedMonths: [],
    graceUntil: null,
    suspended: false,
    cycles: 0,
    pendingCredit: false,
  };
  setHandler(balanceCreditedSignal, () => {
    state.pendingCredit = true;
  });
  setHandler(billingStateQuery, () => state);

  const maxCycles = input.maxCyclesPerRun ?? 12;
  let cyclesThisRun = 0;
  while (cyclesThisRun < maxCycles && !workflowInfo().continueAsNewSuggested) {
    const boundary = jstMonthStart(nextMonth(state.chargedThrough));
    const graceEnds = state.graceUntil !== null && !state.suspended ? state.graceUntil : Infinity;
    const wait = Math.min(boundary, graceEnds) - Date.now();
    const creditToUse = () => state.pendingCredit && state.owedMonths.length > 0;
    if (wait > 0) await condition(creditToUse, wait);
    if (creditToUse()) {
      state.pendingCredit = false;
      await settleOwed(state);
    } else if (Date.now() >= boundary) {
      state.pendingCredit = false;
      await chargeNextMonth(state, input.graceDays);
      cyclesThisRun++;
    } else if (Date.now() >= graceEnds) {
      await suspend(state);
    }
  }
  await condition(allHandlersFinished);
  await continueAsNew<typeof billingWorkflow>({ ...input, state });
}

/** Charges the new month (with anything still owed); a short balance starts the grace period. */
async function chargeNextMonth(state: BillingCycleState, graceDays: number): Promise<void> {
  const month = nextMonth(state.chargedThrough);
  state.chargedThrough = month;
  state.cycles++;
  const months = [...state.owedMonths, month];
  const graceUntil = state.graceUntil ?? Date.now() + graceDays * DAY_MS;
  const result = await chargeMonthlyFees({ accountId: state.accountId, months, graceUntil });
  if (result.status === 'paid') return clearOwed(state);
  state.owedMonths = months;
  state.graceUntil = graceUntil;
}

/** Retries what is owed; success lifts a suspension. */
async function settleOwed(state: BillingCycleState): Promise<void> {
  const result = await chargeMonthlyFees({ accountId: state.accountId, months: state.owedMonths, graceUntil: state.graceUntil });
  if (result.status === 'paid') clearOwed(state);
}

/** Grace is over: suspend outbound calls, unless a top-up paid the fees meanwhile. */
async function suspend(state: BillingCycleState): Promise<void> {
  const suspended = await suspendOutbound({
    accountId: state.accountId,
    month: state.owedMonths[state.owedMonths.length - 1] ?? state.chargedThrough,
  });
  if (suspended) state.suspended = true;
  else await settleOwed(state);
}

function clearOwed(state: BillingCycleState): void {
  state.owedMonths = [];
  state.graceUntil = null;
  state.suspended = false;
}
