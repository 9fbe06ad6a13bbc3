import { patched } from '@temporalio/workflow';
import { topupActivities as act } from './activities';
import { ON_TIME_TRANSFER_PATCH, topupWorkflowId, type TopupOrderInput, type TopupOutcome } from './contract';
import { installOrderHandlers, installPaymentHandlers, TopupState, untilHandlersDoneOrMoney } from './state';
import { payByBankTransfer } from './steps/bank-transfer';
import { payByCard } from './steps/card';
import { payThroughProcessor } from './steps/processor-payment';
import { reviewLatePayments } from './steps/late-payments';

/**
 * One prepaid top-up order, from acceptance to credited balance, expiry, cancellation or
 * failure. Its status row tells the customer what to do next at every step.
 */
export async function topupOrderWorkflow(input: TopupOrderInput): Promise<TopupOutcome> {
  const state = new TopupState(input.orderId);
  state.onTimeAware = patched(ON_TIME_TRANSFER_PATCH);
  installPaymentHandlers(state);
  installOrderHandlers(state, input.method);

  await act.recordTopup({
    orderId: input.orderId,
    accountId: input.accountId,
    method: input.method,
    amount: input.amount,
    cardId: input.cardId,
    auto: input.auto,
  });
  state.recorded = true;
  await pay(input, state);

  // Money that arrived after the order closed (late, or twice) is reviewed, never dropped.
  do {
    await reviewLatePayments(input, state, topupWorkflowId(input.orderId));
    await untilHandlersDoneOrMoney(state);
  } while (state.hasMoney());
  return { status: state.status, credited: state.credited, failureReason: state.failureReason };
}

async function pay(input: TopupOrderInput, state: TopupState): Promise<void> {
  switch (input.method) {
    case 'card':
    case 'registered_card':
      return payByCard(input, state);
    case 'konbini':
    case 'net_bank':
      return payThroughProcessor(input, state);
    case 'bank_transfer':
      return payByBankTransfer(input, state);
  }
}
