import {
  ActivityFailure,
  allHandlersFinished,
  ApplicationFailure,
  condition,
  log,
  patched,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { StatusChange } from '../../domain/orders/status-change';
import { moveOrderTo } from '../orders/status';
import { OrderStatusKey } from '../search-attributes';
import {
  activateNumbers,
  afterCompletion,
  dbSteps,
  failureReason,
  initialLines,
  markLines,
  notices,
  orderRow,
  steps,
  undo,
} from './order-steps';
import {
  carrierResultSignal,
  placeServicesOrderUpdate,
  SERVICES_FAILURES,
  SERVICES_ORDER_STATUS as S,
  type CarrierResult,
  type LineResult,
  type RefusedRefund,
  type ServicesOrderInput,
  type ServicesOrderResult,
} from './contract';

/**
 * One services order: take the held numbers and debit the prepaid balance (one transaction) →
 * create the uniques and put them on the PBX → have the carrier activate the numbers → assign all
 * to the circle → mail "thank you". When a step fails for good, the undo steps registered so far
 * run in reverse. Each step writes the order's status row in its own transaction.
 */
export async function servicesOrderWorkflow(input: ServicesOrderInput): Promise<ServicesOrderResult> {
  const { orderId, accountId, circleId } = input;
  const lines = initialLines(input);
  const answers = new Map<string, CarrierResult>();
  setHandler(carrierResultSignal, (r) => {
    // Delivered at least once: the first answer per number counts, unknown numbers are ignored.
    if (!answers.has(r.numberId) && input.numbers.some((n) => n.id === r.numberId)) answers.set(r.numberId, r);
  });
  // Set once the carrier refused some numbers and their share went back to the balance.
  let refund: RefusedRefund | undefined;
  const status = (s: string, extra: Partial<StatusChange> = {}): StatusChange => ({
    status: s,
    eventKey: s,
    detail: { lines: lines as unknown as Record<string, unknown>[], ...(refund ? { refund } : {}) },
    ...extra,
  });
  const order = {
    id: orderId,
    accountId,
    circleId,
    kind: 'services' as const,
    status: S.accepted,
    workflowId: workflowInfo().workflowId,
    totals: input.totals,
    detail: { items: input.items, lines },
  };

  // The placement's answer: the order exists (row written), or it was refused as a whole.
  let placement: { refused: ApplicationFailure | null } | undefined;
  setHandler(placeServicesOrderUpdate, async () => {
    await condition(() => placement !== undefined);
    if (placement!.refused) throw placement!.refused;
    return { orderId };
  });

  const compensations: Array<{ name: string; run: () => Promise<void> }> = [];
  let opening = true;
  let bought: Awaited<ReturnType<typeof dbSteps.completeServicesOrder>>;
  try {
    compensations.unshift({ name: 'release numbers', run: () => releaseNumbers(orderId, lines) });
    compensations.unshift({ name: 'refund', run: () => undo.refundServicesOrder({ orderId, accountId }) });
    await dbSteps.openServicesOrder({ order, numberIds: input.numbers.map((n) => n.id), total: input.totals.total, paid: status(S.paid) });
    opening = false;
    placement = { refused: null };

    compensations.unshift({ name: 'remove uniques', run: () => removeUniques(orderId, lines) });
    if (input.uniques.length) markLines(lines, 'unique', 'created');
    await steps.provisionServicesOrder({ orderId, accountId, circleId, uniques: input.uniques, status: status(S.provisioning) });

    const refused = await activateNumbers(input, answers, lines, () => status(S.activatingNumbers));
    if (refused.length) {
      refund = await dbSteps.refundRefusedNumbers({
        orderId,
        accountId,
        items: input.items,
        paid: input.totals,
        refusedNumberIds: refused,
        status: status(S.numbersRefused),
      });
    }

    markLines(lines, 'unique', 'active');
    bought = await dbSteps.completeServicesOrder({
      orderId,
      accountId,
      circleId,
      numbers: input.numbers.filter((n) => !refused.includes(n.id)),
      status: status(S.completed, { closed: true }),
    });
    upsertSearchAttributes({ [OrderStatusKey.name]: [S.completed] });
  } catch (err) {
    const reason = failureReason(err);
    const refusal = opening ? refusalOf(err) : undefined;
    if (refusal && patched(REFUSED_AT_OPENING)) {
      // The opening transaction was refused as a whole: nothing was taken or debited, no row written.
      placement = { refused: refusal };
      upsertSearchAttributes({ [OrderStatusKey.name]: ['rejected'] });
      await condition(allHandlersFinished);
      return { status: 'rejected', reason, lines };
    }
    log.warn('services order failed; compensating', { orderId, reason });
    for (const c of compensations) {
      try {
        await c.run();
      } catch (e) {
        log.error('compensation failed', { orderId, step: c.name, error: failureReason(e) });
      }
    }
    // The opening transaction may have been refused as a whole, row included.
    await orderRow.recordOrder(order);
    placement ??= { refused: null };
    await moveOrderTo(orderId, status(S.failed, { failureReason: reason, closed: true }));
    if (patched(FAILURE_MAIL)) await notices.mailServicesOrderFailed({ orderId });
    return { status: 'failed', reason, lines };
  }
  // Outside the saga: a billing or mail outage must not undo a purchase that went through.
  await afterCompletion.ensureBillingCycle(accountId);
  const refusedNow = refund?.numberIds ?? [];
  await afterCompletion.mailServicesThankYou({
    orderId,
    accountId,
    circleId,
    totals: input.totals,
    uniques: bought,
    numbers: input.numbers.filter((n) => !refusedNow.includes(n.id)),
    ...(refund ? { refused: refusedLines(lines), refund } : {}),
  });
  return { status: 'completed', reason: null, lines, ...(refund ? { refunded: refund.amount } : {}) };
}

/** The refused number lines as the mail lists them, with the carrier's reason. */
function refusedLines(lines: LineResult[]): Array<{ number: string; kind: string; reason: string | null }> {
  return lines.flatMap((l) =>
    l.type === 'number' && l.status === 'refused' ? [{ number: l.number, kind: l.kind, reason: l.reason }] : [],
  );
}

async function releaseNumbers(orderId: string, lines: LineResult[]): Promise<void> {
  await undo.releaseOrderNumbers({ orderId });
  markLines(lines, 'number', 'released', ['ordered', 'activating', 'active']);
}

async function removeUniques(orderId: string, lines: LineResult[]): Promise<void> {
  await undo.removeOrderUniques({ orderId, reason: 'order failed' });
  markLines(lines, 'unique', 'removed');
}

/** Patch marker: a failed order mails the customer the reason and the refund (histories before it do not). */
const FAILURE_MAIL = 'services-failure-mail';

/** Patch marker: a refusal of the opening transaction ends the order without a row (before: a failed row). */
const REFUSED_AT_OPENING = 'services-refused-at-opening';

/** The refusal to answer the placement with, when the opening transaction was refused for a business reason. */
function refusalOf(err: unknown): ApplicationFailure | undefined {
  const cause = err instanceof ActivityFailure ? err.cause : err;
  const refusals: string[] = [SERVICES_FAILURES.insufficientBalance.type, SERVICES_FAILURES.numberHoldLost.type];
  if (!(cause instanceof ApplicationFailure) || !cause.type || !refusals.includes(cause.type)) return undefined;
  return ApplicationFailure.nonRetryable(cause.message, cause.type, ...(cause.details ?? []));
}
