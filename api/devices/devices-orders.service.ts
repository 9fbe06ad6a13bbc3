import { randomUUID } from 'node:crypto';
import { WorkflowNotFoundError, WorkflowUpdateFailedError, WorkflowUpdateStage } from '@temporalio/client';
import { AppError, ConflictError, InputError, InsufficientBalanceError, NotFoundError } from '../../domain/errors';
import { computeTotals } from '../../domain/money';
import type { Principal } from '../../domain/principal';
import type { Order } from '../../db/orders/orders.store';
import {
  cancelDevicesOrderUpdate,
  DEVICES_ORDER_STATUS,
  type DevicesOrderInput,
  type DirectPayment,
  type ShipTo,
  DEVICES_FAILURES,
} from '../../workflows/devices/contract';
import { placeTopupUpdate, topupWorkflowId } from '../../workflows/prepaid/contract';
import { placeDevicesOrder as placeDevicesOrderWorkflow } from '../../workflows/devices/starters';
import { accountIdOf } from '../accounts/account.routes';
import { assertCircleVisible } from '../accounts/circles.routes';
import type { ApiDeps } from '../deps';
import { placed, quoteUnlessPlaced } from '../orders/placement';
import { orderScope } from '../orders/orders.routes';
import { appErrorOf } from '../http/workflow-failure';
import { cancelTopup, checkedTopupInput } from '../prepaid/topup.service';

/** The seed's "device settings": shipped as is, or pre-configured with a unique per device. */
export type DeviceSettings =
  { mode: 'none' } | { mode: 'preconfigured'; circleId: string; devices: Array<{ uniqueId: string; secondUniqueId?: string }> };

/** How the order is paid: from the prepaid balance, or directly as a top-up of the total would be. */
export type DevicesPayment =
  { method: 'balance' } | { method: 'card'; cardToken: string } | { method: 'registered_card'; cardId: string } | { method: 'konbini' };

/** What the customer asks for. */
export interface DevicesOrderRequest {
  model: string;
  quantity: number;
  settings: DeviceSettings;
  shipTo: ShipTo;
  /** Absent: the balance (callers from before direct payment). */
  payment?: DevicesPayment;
}

/** The payment a device order records in its detail: the method and, paid directly, its top-up. */
export function paymentOf(order: Order): { method: DevicesPayment['method']; topupOrderId: string | null } {
  const p = order.detail.payment as { method?: DevicesPayment['method']; topupOrderId?: string } | undefined;
  return { method: p?.method ?? 'balance', topupOrderId: p?.topupOrderId ?? null };
}

/**
 * The top-up that takes a direct payment of the total, checked as any top-up is (the method's
 * range, the card); its refusals name the order's payment field.
 */
async function directPayment(deps: ApiDeps, accountId: string, payment: DevicesPayment, total: number): Promise<DirectPayment | undefined> {
  if (payment.method === 'balance') return undefined;
  const topupOrderId = randomUUID();
  try {
    const topup = await checkedTopupInput(
      deps,
      accountId,
      {
        amount: total,
        method: payment.method,
        cardToken: payment.method === 'card' ? payment.cardToken : undefined,
        cardId: payment.method === 'registered_card' ? payment.cardId : undefined,
      },
      topupOrderId,
    );
    return { topupOrderId, topup };
  } catch (err) {
    if (err instanceof AppError && err.field) throw new AppError(err.status, err.code, err.params, `body.payment`);
    throw err;
  }
}

/** Checks the request against the catalog, the circle and its uniques, and prices it; nothing is reserved. */
export async function quoteDevicesOrder(deps: ApiDeps, p: Principal | undefined, req: DevicesOrderRequest) {
  const accountId = accountIdOf(p);
  const model = await deps.stores.devices.getModel(req.model);
  if (!model) throw new InputError('unknown_model', { model: req.model }, 'body.model');
  let circleId: string | null = p?.kind === 'circle' ? p.circleId : null;
  const units = Array.from({ length: req.quantity }, (_, i) => ({ id: randomUUID(), position: i + 1, uniqueIds: [] as string[] }));
  if (req.settings.mode === 'preconfigured') {
    const s = req.settings;
    assertCircleVisible(p, s.circleId);
    await deps.stores.circles.get(accountId, s.circleId);
    circleId = s.circleId;
    if (s.devices.length !== req.quantity)
      throw new InputError('settings_count_mismatch', { quantity: req.quantity, given: s.devices.length }, 'body.settings.devices');
    if (s.devices.some((d) => d.secondUniqueId) && model.sipAccounts < 2)
      throw new InputError('second_account_unsupported', { model: model.code, sipAccounts: model.sipAccounts }, 'body.settings.devices');
    s.devices.forEach((d, i) => (units[i]!.uniqueIds = [d.uniqueId, ...(d.secondUniqueId ? [d.secondUniqueId] : [])]));
    const all = units.flatMap((u) => u.uniqueIds);
    if (new Set(all).size !== all.length) throw new InputError('duplicate_unique', {}, 'body.settings.devices');
    const check = await deps.stores.devices.checkUniques(accountId, s.circleId, all);
    if (check.notUsable.length) throw new InputError('unique_not_usable', { uniqueId: check.notUsable[0]! }, 'body.settings.devices');
    // A phone registers as a SIP terminal: a cloud FAX or Y!mobile unique has no SIP account it could use.
    if (check.wrongKind.length) throw new InputError('unique_not_sip_terminal', check.wrongKind[0]!, 'body.settings.devices');
    if (check.bound.length) throw new ConflictError('unique_already_bound', { uniqueId: check.bound[0]! }, 'body.settings.devices');
  }
  const totals = computeTotals([{ amount: model.price * req.quantity, taxRate: 10 }]);
  const balance = await deps.stores.ledger.balance(accountId);
  return { accountId, circleId, model, units, totals, balance };
}

/**
 * Places an order paid from the prepaid balance or directly (card, registered card, konbini).
 * A balance order is refused up front when the balance cannot pay; the stock is reserved by the
 * order's workflow, which answers the placement (update-with-start), so an order that ran out of
 * stock is refused here with 409 and leaves nothing behind. Paid directly, the answer waits until
 * the payment says what the customer does next (3-D Secure, konbini slip), as a top-up's does.
 */
export async function placeDevicesOrder(
  deps: ApiDeps,
  p: Principal | undefined,
  req: DevicesOrderRequest,
  orderId: string = randomUUID(),
): Promise<Order> {
  const checked = await quoteUnlessPlaced(deps, orderId, accountIdOf(p), async () => {
    const quote = await quoteDevicesOrder(deps, p, req);
    const payment = req.payment ?? { method: 'balance' };
    if (payment.method === 'balance' && quote.balance < quote.totals.total)
      throw new InsufficientBalanceError(quote.balance, quote.totals.total);
    if (quote.model.stock < req.quantity)
      throw new ConflictError(
        'out_of_stock',
        { model: quote.model.code, requested: req.quantity, available: quote.model.stock },
        'body.quantity',
      );
    return { ...quote, payment: await directPayment(deps, quote.accountId, payment, quote.totals.total) };
  });
  if ('placed' in checked) return checked.placed;
  const q = checked.quote;
  const input: DevicesOrderInput = {
    orderId,
    accountId: q.accountId,
    circleId: q.circleId,
    modelCode: q.model.code,
    modelName: q.model.name,
    quantity: req.quantity,
    unitPrice: q.model.price,
    preconfigured: req.settings.mode === 'preconfigured',
    devices: q.units,
    shipTo: req.shipTo,
    totals: q.totals,
    ...(q.payment ? { payment: q.payment } : {}),
  };
  const order = await placed(deps, orderId, DEVICES_FAILURES, () =>
    placeDevicesOrderWorkflow(deps.temporal, deps.config.temporal.taskQueue, input),
  );
  // The first attempt's top-up, whichever attempt this is.
  const { topupOrderId } = paymentOf(order);
  if (!topupOrderId) return order;
  await untilPaymentBegun(deps, topupOrderId);
  return (await deps.stores.orders.get(orderId))!;
}

/** Waits (as the top-up's own placement does) until the payment has written what to do next, or has ended. */
async function untilPaymentBegun(deps: ApiDeps, topupOrderId: string): Promise<void> {
  try {
    await deps.temporal.workflow.getHandle(topupWorkflowId(topupOrderId)).executeUpdate(placeTopupUpdate);
  } catch (err) {
    // A payment that has already ended (a refused card) is read from the rows as it stands.
    if (!(err instanceof WorkflowNotFoundError) && !(err instanceof WorkflowUpdateFailedError)) throw err;
  }
}

/** Cancels the top-up of an order still waiting for its payment; a payment already made is left to the order. */
async function cancelUnpaidPayment(deps: ApiDeps, order: Order): Promise<void> {
  const { topupOrderId } = paymentOf(order);
  if (!topupOrderId || order.status !== DEVICES_ORDER_STATUS.awaitingPayment) return;
  try {
    await cancelTopup(deps, order.accountId, topupOrderId);
  } catch (err) {
    if (!(err instanceof ConflictError)) throw err;
  }
}

/** A device order of the caller (another account's, or another kind, reads as missing). */
export async function visibleDevicesOrder(deps: ApiDeps, p: Principal | undefined, orderId: string): Promise<Order> {
  const order = await deps.stores.orders.getVisible(orderId, orderScope(p));
  if (order.kind !== 'devices') throw new NotFoundError('order');
  return order;
}

/** Cancels before shipment (refund, stock back); a second cancel answers the same, after shipment 409. */
export async function cancelDevicesOrder(deps: ApiDeps, p: Principal | undefined, orderId: string): Promise<Order> {
  const order = await visibleDevicesOrder(deps, p, orderId);
  if (order.status !== 'cancelled') {
    try {
      const update = await deps.temporal.workflow
        .getHandle(order.workflowId)
        .startUpdate(cancelDevicesOrderUpdate, { updateId: `cancel:${orderId}`, waitForStage: WorkflowUpdateStage.ACCEPTED });
      // An unpaid direct payment is cancelled too; the order then ends as cancelled. Money that
      // arrived meanwhile is not cancellable: it pays the order, and the cancel refunds it to the balance.
      await cancelUnpaidPayment(deps, order);
      await update.result();
    } catch (err) {
      if (!(err instanceof WorkflowNotFoundError)) throw appErrorOf(err, [DEVICES_FAILURES]) ?? err;
      // The workflow has ended: the row says how.
      const now = (await deps.stores.orders.get(orderId))!;
      if (now.status !== 'cancelled')
        throw now.status === 'delivered'
          ? new ConflictError('order_already_shipped')
          : new ConflictError('order_closed', { status: now.status });
    }
  }
  return (await deps.stores.orders.get(orderId))!;
}
