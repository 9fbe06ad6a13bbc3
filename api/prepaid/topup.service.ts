import { randomUUID } from 'node:crypto';
import { ApplicationFailure, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ConflictError, InputError, NotFoundError } from '../../domain/errors';
import { checkTopupAmount, chooseTopupAmount, TOPUP_METHODS, type TopupMethod } from '../../domain/prepaid/limits';
import { cancelTopupUpdate, TOPUP_FAILURES, topupWorkflowId, type TopupOrderInput } from '../../workflows/prepaid/contract';
import { placeTopupOrder } from '../../workflows/prepaid/starters';
import { appErrorOf } from '../http/workflow-failure';
import type { ApiDeps } from '../deps';
import { CURRENCY } from '../schemas';

/** What the customer sends to order a top-up. */
export interface TopupRequest {
  amount?: number;
  presetAmount?: number;
  method: TopupMethod;
  cardToken?: string;
  cardId?: string;
}

/** The select box and the range of each method, for the purchase page. */
export function topupOptions(deps: ApiDeps) {
  const { limits, presets, waits } = deps.config.topup;
  return {
    presets,
    currency: CURRENCY,
    methods: TOPUP_METHODS.map((method) => ({ method, min: limits[method].min, max: limits[method].max, currency: CURRENCY })),
    paymentWindowDays: waits.paymentWindowMs / 86_400_000,
    threeDsTimeoutMinutes: waits.threeDsTimeoutMs / 60_000,
    cardEntry: cardEntryOf(deps.config.parties.processor.url),
  };
}

/** The processor's hosted card entry page: the browser types the card number there, never into our pages. */
export function cardEntryOf(processorUrl: string): { url: string; origin: string } {
  const url = new URL(`${processorUrl.replace(/\/$/, '')}/card-entry`);
  return { url: url.toString(), origin: url.origin };
}

/** Validates the cart and places the order with its workflow, which writes its rows before answering. */
export async function orderTopup(deps: ApiDeps, accountId: string, req: TopupRequest, orderId: string = randomUUID()) {
  const input = await checkedTopupInput(deps, accountId, req, orderId);
  // A retried request whose order has closed since ('closed') reads that order as it stands.
  await placeTopupOrder(deps.temporal, deps.config.temporal.taskQueue, input).catch((err: unknown) => {
    throw appErrorOf(err, [TOPUP_FAILURES]) ?? err;
  });
  // The placement answers once the payment step has written what to do next (or the order ended).
  return findTopup(deps, accountId, orderId);
}

/** The top-up workflow's input for a valid cart (amount in the method's range, the card it names); refuses an invalid one. */
export async function checkedTopupInput(deps: ApiDeps, accountId: string, req: TopupRequest, orderId: string): Promise<TopupOrderInput> {
  const amount = chooseTopupAmount(req, deps.config.topup.presets);
  checkTopupAmount(req.method, amount, deps.config.topup.limits, req.amount !== undefined ? 'body.amount' : 'body.presetAmount');
  if (req.method === 'card' && !req.cardToken) throw new InputError('topup_card_required', { method: req.method }, 'body.cardToken');
  if (req.method === 'registered_card') {
    if (!req.cardId) throw new InputError('topup_card_required', { method: req.method }, 'body.cardId');
    if (!(await deps.stores.cards.find(accountId, req.cardId))) throw new NotFoundError('card');
  }
  return {
    orderId,
    accountId,
    method: req.method,
    amount,
    cardToken: req.method === 'card' ? req.cardToken : undefined,
    cardId: req.method === 'registered_card' ? req.cardId : undefined,
    waits: deps.config.topup.waits,
  };
}

/** One of the account's top-ups with its status; another account's is not found. */
export async function findTopup(deps: ApiDeps, accountId: string, orderId: string) {
  const topup = await deps.stores.topups.get(orderId);
  if (!topup || topup.accountId !== accountId) throw new NotFoundError('topup');
  const order = (await deps.stores.orders.get(orderId))!;
  return { ...topup, status: order.status, nextAction: order.nextAction, failureReason: order.failureReason };
}

/** Cancels an unpaid order; refused with 409 once money has arrived or the order has ended. */
export async function cancelTopup(deps: ApiDeps, accountId: string, orderId: string) {
  const before = await findTopup(deps, accountId, orderId);
  try {
    await deps.temporal.workflow.getHandle(topupWorkflowId(orderId)).executeUpdate(cancelTopupUpdate, { updateId: `cancel:${orderId}` });
  } catch (err) {
    const notCancellable =
      err instanceof WorkflowNotFoundError ||
      (err instanceof WorkflowUpdateFailedError &&
        err.cause instanceof ApplicationFailure &&
        err.cause.type === TOPUP_FAILURES.notCancellable.type);
    if (notCancellable) throw new ConflictError('topup_not_cancellable', { status: before.status });
    throw err;
  }
  return findTopup(deps, accountId, orderId);
}
