import {
  ActivityFailure,
  allHandlersFinished,
  ApplicationFailure,
  condition,
  log,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { createOverseasNumberOrderActivities } from '../../activities/telephony/overseas-number-order.activities';
import type { StatusChange } from '../../domain/orders/status-change';
import { HEARTBEAT_TIMEOUT } from '../activity-timeouts';
import { moveOrderTo } from '../orders/status';
import { OrderStatusKey } from '../search-attributes';
import { afterCompletion, dbSteps, failureReason, orderRow, undo } from './order-steps';
import {
  carrierResultSignal,
  OVERSEAS_FAILURES,
  OVERSEAS_NUMBER_ORDER_KIND,
  OVERSEAS_ORDER_STATUS as S,
  placeOverseasNumberOrderUpdate,
  type CarrierResult,
  type OverseasNumberOrderInput,
  type OverseasNumberOrderResult,
} from './contract';

type Acts = ReturnType<typeof createOverseasNumberOrderActivities>;

/** The carrier request: it gives up after a while, so a broken carrier ends the order instead of hanging it. */
const carrierStep = proxyActivities<Acts>({
  heartbeatTimeout: HEARTBEAT_TIMEOUT,
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', maximumAttempts: 15 },
});

/** Steps that only touch our own database: short local transactions, idempotent like every step. */
const dbStep = proxyLocalActivities<Acts>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '500 milliseconds', maximumInterval: '30 seconds', maximumAttempts: 15 },
});

/** Refund and mails: they retry until they succeed, however long the database or mail server is away. */
const mustFinish = proxyActivities<Acts>({
  heartbeatTimeout: HEARTBEAT_TIMEOUT,
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '5 minutes' },
});

/**
 * One overseas number, bought by its own purchase (manual §3): take a number of the country from
 * stock and debit the balance (one transaction) → ask the carrier to route it by the due date
 * (now + lead time) → wait for its answer → the number is the circle's, mail "ready". When a step
 * fails for good, the number goes back to stock and the money to the balance.
 */
export async function overseasNumberOrderWorkflow(input: OverseasNumberOrderInput): Promise<OverseasNumberOrderResult> {
  const { orderId, accountId, circleId } = input;
  let numberId: string | null = null;
  let answer: CarrierResult | undefined;
  setHandler(carrierResultSignal, (r) => {
    // Delivered at least once: the first answer for our number counts.
    if (!answer && r.numberId === numberId) answer = r;
  });
  const status = (s: string, extra: Partial<StatusChange> = {}): StatusChange => ({ status: s, eventKey: s, ...extra });
  const order = {
    id: orderId,
    accountId,
    circleId,
    kind: OVERSEAS_NUMBER_ORDER_KIND,
    status: S.accepted,
    workflowId: workflowInfo().workflowId,
    totals: input.totals,
    detail: {
      country: input.country,
      areaCode: input.areaCode,
      monthlyFee: input.monthlyFee,
      initialFee: input.initialFee,
      leadTimeDays: input.leadTimeMs / 86_400_000,
    },
  };

  let placement: { refused: ApplicationFailure | null } | undefined;
  setHandler(placeOverseasNumberOrderUpdate, async () => {
    await condition(() => placement !== undefined);
    if (placement!.refused) throw placement!.refused;
    return { orderId };
  });

  let opening = true;
  try {
    const taken = await dbStep.openOverseasNumberOrder({
      order,
      country: input.country,
      areaCode: input.areaCode,
      total: input.totals.total,
      leadTimeMs: input.leadTimeMs,
      paid: status(S.paid),
    });
    numberId = taken.numberId;
    opening = false;
    placement = { refused: null };

    await carrierStep.requestOverseasActivation({ orderId, ...taken, status: status(S.awaitingCarrier) });
    const answered = await condition(() => answer !== undefined, input.leadTimeMs + input.carrierTimeoutHours * 3_600_000);
    if (!answered) throw ApplicationFailure.nonRetryable('the carrier did not answer in time', OVERSEAS_FAILURES.carrierTimeout.type);
    await dbSteps.recordNumberActivations({ results: [answer!] });
    if (answer!.outcome === 'failed')
      throw ApplicationFailure.nonRetryable(
        `the carrier could not activate ${taken.number}`,
        OVERSEAS_FAILURES.numberActivationFailed.type,
        { numbers: [taken.number], reasons: [answer!.reason] },
      );

    await dbStep.completeOverseasNumberOrder({
      orderId,
      accountId,
      circleId,
      numberId: taken.numberId,
      number: taken.number,
      monthlyFee: input.monthlyFee,
      initialFee: input.initialFee,
      status: status(S.completed, { closed: true }),
    });
    upsertSearchAttributes({ [OrderStatusKey.name]: [S.completed] });
  } catch (err) {
    const reason = failureReason(err);
    const refusal = opening ? refusalOf(err) : undefined;
    if (refusal) {
      // The opening transaction was refused as a whole: nothing was taken or debited, no row written.
      placement = { refused: refusal };
      upsertSearchAttributes({ [OrderStatusKey.name]: ['rejected'] });
      await condition(allHandlersFinished);
      return { status: 'rejected', reason, numberId: null };
    }
    log.warn('overseas number order failed; compensating', { orderId, reason });
    await undo.releaseOrderNumbers({ orderId });
    await mustFinish.refundOverseasNumberOrder({ orderId, accountId });
    await orderRow.recordOrder(order);
    placement ??= { refused: null };
    await moveOrderTo(orderId, status(S.failed, { failureReason: reason, closed: true }));
    await mustFinish.mailOverseasNumberOrderFailed({ orderId });
    return { status: 'failed', reason, numberId };
  }
  // Outside the failure path: a billing or mail outage must not undo a number that is routed.
  await afterCompletion.ensureBillingCycle(accountId);
  await mustFinish.mailOverseasNumberReady({ orderId });
  return { status: 'completed', reason: null, numberId };
}

/** The refusal to answer the placement with, when the opening transaction was refused for a business reason. */
function refusalOf(err: unknown): ApplicationFailure | undefined {
  const cause = err instanceof ActivityFailure ? err.cause : err;
  const refusals: string[] = [OVERSEAS_FAILURES.insufficientBalance.type, OVERSEAS_FAILURES.noOverseasNumber.type];
  if (!(cause instanceof ApplicationFailure) || !cause.type || !refusals.includes(cause.type)) return undefined;
  return ApplicationFailure.nonRetryable(cause.message, cause.type, ...(cause.details ?? []));
}
