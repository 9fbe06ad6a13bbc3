import { ApplicationFailure, ParentClosePolicy, allHandlersFinished, condition, log, patched, startChild } from '@temporalio/workflow';
import { moveOrderTo } from '../orders/status';
import { topupWorkflowId } from '../prepaid/contract';
import type { topupOrderWorkflow } from '../prepaid/topup-order.workflow';
import {
  DEVICES_ORDER_STATUS as S,
  type DevicesOrderInput,
  type DevicesOrderResult,
  type DirectPayment,
  type WarehouseStep,
} from './contract';
import { recordDelivery, registerDevicesOrderHandlers } from './handlers';
import { DevicesOrderState } from './state';
import { failureReason, notices, steps, typedFailure, undo } from './steps';

/** Patch marker: the order mails "received", "failed" and "cancelled" (histories before it do not). */
const CUSTOMER_NOTICES = 'devices-customer-notices';
/** Patch marker: the order may be paid by card, registered card or konbini through a top-up of its total. */
const DIRECT_PAYMENT = 'devices-direct-payment';

/** The warehouse steps before shipment and the status the order shows while waiting for each. */
const WAREHOUSE_PHASES: Array<[WarehouseStep, string]> = [
  ['pick', S.picking],
  ['scan', S.scanning],
  ['pack', S.packing],
  ['ship', S.readyToShip],
];

/**
 * One device order: reserve stock (answering the placement update) → when paid directly, a top-up
 * of the total (card, registered card, konbini) credits the balance → debit the prepaid balance →
 * warehouse task: pick → scan each unit (provisioning profile when pre-configured) → pack →
 * ship (mail with tracking) → delivered by the carrier's webhook or by staff (mail). The customer
 * may cancel until the parcel ships: refund, stock back, uniques freed.
 */
export async function devicesOrderWorkflow(input: DevicesOrderInput): Promise<DevicesOrderResult> {
  const state = new DevicesOrderState(input);
  registerDevicesOrderHandlers(state);

  const rejected = await reserveStock(state);
  if (rejected) return finish(state, { status: 'rejected', reason: rejected });
  if (input.payment && patched(DIRECT_PAYMENT)) {
    const notPaid = await payDirectly(state, input.payment);
    if (notPaid && state.cancelRequested) return cancel(state);
    if (notPaid) {
      await notices.mailDevicesOrderNotice({ orderId: input.orderId, notice: 'failed' });
      return finish(state, { status: 'failed', reason: notPaid });
    }
  }
  const unpaid = await pay(state);
  if (unpaid) {
    if (patched(CUSTOMER_NOTICES)) await notices.mailDevicesOrderNotice({ orderId: input.orderId, notice: 'failed' });
    return finish(state, { status: 'failed', reason: unpaid });
  }
  // Not awaited here: a mail outage must not keep the warehouse from seeing the order.
  if (patched(CUSTOMER_NOTICES)) state.receivedMail = notices.mailDevicesOrderNotice({ orderId: input.orderId, notice: 'received' });
  if (state.cancelRequested) return cancel(state);

  state.taskOpening = true;
  await steps.openWarehouseTask({ orderId: input.orderId });
  state.taskOpen = true;
  for (const [step, status] of WAREHOUSE_PHASES) {
    await moveOrderTo(input.orderId, { status, eventKey: status, note: `waiting for ${step}` });
    await condition(() => state.done.has(step) || state.cancelReady());
    if (state.cancelRequested) return cancel(state);
  }

  await moveOrderTo(input.orderId, { status: S.shipped, eventKey: S.shipped, detail: { shipment: { ...state.shipment } } });
  await state.receivedMail;
  await steps.mailDevicesOrder({ orderId: input.orderId, event: 'shipped' });
  await condition(() => state.done.has('deliver') || state.carrierReportedDelivery());
  await recordDelivery(state, 'carrier');
  await moveOrderTo(input.orderId, { status: S.delivered, eventKey: S.delivered, closed: true });
  await steps.mailDevicesOrder({ orderId: input.orderId, event: 'delivered' });
  return finish(state, { status: 'delivered', reason: null });
}

/** Takes the stock; a refusal (out of stock, unique taken) ends the order before it exists. */
async function reserveStock(state: DevicesOrderState): Promise<string | null> {
  try {
    const { refused } = await steps.reserveDevices(state.input);
    state.reservation = { failure: refused && ApplicationFailure.nonRetryable(refused.message, refused.type, refused.details) };
    return refused && `${refused.type}: ${refused.message}`;
  } catch (err) {
    state.reservation = { failure: typedFailure(err) ?? ApplicationFailure.nonRetryable(failureReason(err), 'ReservationFailed') };
    return failureReason(err);
  }
}

/**
 * Waits for the customer's payment: a top-up of exactly the total, run by the top-up machinery as
 * this order's child, puts the money on the balance, and pay() then debits it as for any order,
 * so the ledger tells one story. A payment that fails, expires or is cancelled releases the stock;
 * the order fails (cancelled when the customer asked for it) and the top-up's reason is kept.
 */
async function payDirectly(state: DevicesOrderState, payment: DirectPayment): Promise<string | null> {
  const { orderId } = state.input;
  let reason: string;
  try {
    await moveOrderTo(orderId, {
      status: S.awaitingPayment,
      eventKey: S.awaitingPayment,
      note: `waiting for the ${payment.topup.method} payment`,
    });
    const topup = await startChild<typeof topupOrderWorkflow>('topupOrderWorkflow', {
      workflowId: topupWorkflowId(payment.topupOrderId),
      args: [payment.topup],
      // Money may still arrive for a top-up after this order gave up on it: its review must go on.
      parentClosePolicy: ParentClosePolicy.ABANDON,
    });
    state.paymentStarted = true;
    const outcome = await topup.result();
    if (outcome.status === 'credited') return null;
    // An expired slip leaves no reason of its own: the top-up's order row calls it this.
    reason = outcome.failureReason ?? (outcome.status === 'expired' ? 'payment_deadline_passed' : `payment_${outcome.status}`);
  } catch (err) {
    reason = failureReason(err);
  } finally {
    state.paymentStarted = true;
  }
  log.warn('device order was not paid', { orderId, reason });
  state.closed = !state.cancelRequested;
  if (!state.cancelRequested) {
    await undo.releaseDevicesOrder({ orderId });
    await moveOrderTo(orderId, { status: S.failed, eventKey: S.failed, failureReason: reason, closed: true });
  }
  return reason;
}

/** Debits the balance; when it cannot pay after all, the stock goes back and the order fails. */
async function pay(state: DevicesOrderState): Promise<string | null> {
  const { orderId, accountId, totals } = state.input;
  try {
    await steps.debitDevicesOrder({ orderId, accountId, total: totals.total });
    await moveOrderTo(orderId, { status: S.paid, eventKey: S.paid });
    return null;
  } catch (err) {
    const reason = failureReason(err);
    log.warn('device order could not be paid', { orderId, reason });
    state.closed = true;
    await undo.releaseDevicesOrder({ orderId });
    await moveOrderTo(orderId, { status: S.failed, eventKey: S.failed, failureReason: reason, closed: true });
    return reason;
  }
}

/** Undoes what happened, newest first: the task, the stock and uniques, the money. */
async function cancel(state: DevicesOrderState): Promise<DevicesOrderResult> {
  const { orderId, accountId } = state.input;
  // A staff step that started before the request finishes first, so nothing lands after the undo.
  await condition(() => state.cancelReady());
  await undo.cancelWarehouseTask({ orderId });
  await undo.releaseDevicesOrder({ orderId });
  await undo.refundDevicesOrder({ orderId, accountId });
  await moveOrderTo(orderId, { status: S.cancelled, eventKey: S.cancelled, closed: true });
  state.cancelled = true;
  // After the customer's cancel is answered: a mail outage delays the mail, not the answer. The
  // "received" mail goes first, so that the two never arrive the wrong way round.
  if (patched(CUSTOMER_NOTICES)) {
    await state.receivedMail;
    await notices.mailDevicesOrderNotice({ orderId, notice: 'cancelled' });
  }
  return finish(state, { status: 'cancelled', reason: 'cancelled by the customer' });
}

/** Lets running handlers answer their callers before the workflow completes. */
async function finish(state: DevicesOrderState, result: DevicesOrderResult): Promise<DevicesOrderResult> {
  state.closed = true;
  await state.receivedMail;
  await condition(allHandlersFinished);
  return result;
}
