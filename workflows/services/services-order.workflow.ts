import { log, setHandler, workflowInfo } from '@temporalio/workflow';
import { moveOrderTo } from '../orders/status';
import { activateNumbers, failureReason, initialLines, markLines, orderRow, steps, undo } from './order-steps';
import { carrierResultSignal, SERVICES_ORDER_STATUS as S, type CarrierResult, type LineResult, type ServicesOrderInput, type ServicesOrderResult } from './contract';

/**
 * One services order: take the held numbers → debit the prepaid balance → create the uniques →
 * put them on the PBX → have the carrier activate the numbers → assign all to the circle → mail
 * "thank you". When a step fails for good, the undo steps registered so far run in reverse.
 */
export async function servicesOrderWorkflow(input: ServicesOrderInput): Promise<ServicesOrderResult> {
  const { orderId, accountId, circleId } = input;
  const lines = initialLines(input);
  const answers = new Map<string, CarrierResult>();
  setHandler(carrierResultSignal, (r) => {
    // Delivered at least once: the first answer per number counts, unknown numbers are ignored.
    if (!answers.has(r.numberId) && input.numbers.some((n) => n.id === r.numberId)) answers.set(r.numberId, r);
  });
  const report = (status: string, extra: { failureReason?: string; closed?: boolean } = {}) =>
    moveOrderTo(orderId, { status, eventKey: status, detail: { lines: lines as unknown as Record<string, unknown>[] }, ...extra });

  await orderRow.recordOrder({ id: orderId, accountId, circleId, kind: 'services', status: S.accepted, workflowId: workflowInfo().workflowId, totals: input.totals, detail: { items: input.items, lines } });
  const compensations: Array<{ name: string; run: () => Promise<void> }> = [];
  try {
    compensations.unshift({ name: 'release numbers', run: () => releaseNumbers(orderId, lines) });
    await steps.claimOrderNumbers({ orderId, accountId, numberIds: input.numbers.map((n) => n.id) });

    compensations.unshift({ name: 'refund', run: () => undo.refundServicesOrder({ orderId, accountId }) });
    await steps.debitServicesOrder({ orderId, accountId, total: input.totals.total });
    await report(S.paid);

    compensations.unshift({ name: 'remove uniques', run: () => removeUniques(orderId, lines) });
    await steps.createOrderUniques({ orderId, accountId, circleId, uniques: input.uniques });
    await steps.provisionOrderUniques({ orderId });
    markLines(lines, 'unique', 'created');
    await report(S.provisioning);

    await report(S.activatingNumbers);
    await activateNumbers(input, answers, lines);

    await steps.completeServicesOrder({ orderId, accountId, circleId, numbers: input.numbers });
    markLines(lines, 'unique', 'active');
    await steps.mailServicesThankYou({ orderId, accountId, circleId });
    await report(S.completed, { closed: true });
    return { status: 'completed', reason: null, lines };
  } catch (err) {
    const reason = failureReason(err);
    log.warn('services order failed; compensating', { orderId, reason });
    for (const c of compensations) {
      try {
        await c.run();
      } catch (e) {
        log.error('compensation failed', { orderId, step: c.name, error: failureReason(e) });
      }
    }
    await report(S.failed, { failureReason: reason, closed: true });
    return { status: 'failed', reason, lines };
  }
}

async function releaseNumbers(orderId: string, lines: LineResult[]): Promise<void> {
  await undo.releaseOrderNumbers({ orderId });
  markLines(lines, 'number', 'released', ['ordered', 'activating', 'active']);
}

async function removeUniques(orderId: string, lines: LineResult[]): Promise<void> {
  await undo.removeOrderUniques({ orderId, reason: 'order failed' });
  markLines(lines, 'unique', 'removed');
}
