import { randomUUID } from 'node:crypto';
import { WorkflowNotFoundError } from '@temporalio/client';
import { ConflictError, InputError, InsufficientBalanceError, NotFoundError } from '../../domain/errors';
import { computeTotals } from '../../domain/money';
import type { Principal } from '../../domain/principal';
import type { Order } from '../../db/orders/orders.store';
import { cancelDevicesOrderUpdate, type DevicesOrderInput, type ShipTo, DEVICES_FAILURES } from '../../workflows/devices/contract';
import { placeDevicesOrder as placeDevicesOrderWorkflow } from '../../workflows/devices/starters';
import { accountIdOf } from '../accounts/account.routes';
import { assertCircleVisible } from '../accounts/circles.routes';
import type { ApiDeps } from '../deps';
import { placed, quoteUnlessPlaced } from '../orders/placement';
import { orderScope } from '../orders/orders.routes';
import { appErrorOf } from '../http/workflow-failure';

/** The seed's "device settings": shipped as is, or pre-configured with a unique per device. */
export type DeviceSettings =
  { mode: 'none' } | { mode: 'preconfigured'; circleId: string; devices: Array<{ uniqueId: string; secondUniqueId?: string }> };

/** What the customer asks for. */
export interface DevicesOrderRequest {
  model: string;
  quantity: number;
  settings: DeviceSettings;
  shipTo: ShipTo;
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
    if (check.bound.length) throw new ConflictError('unique_already_bound', { uniqueId: check.bound[0]! }, 'body.settings.devices');
  }
  const totals = computeTotals([{ amount: model.price * req.quantity, taxRate: 10 }]);
  const balance = await deps.stores.ledger.balance(accountId);
  return { accountId, circleId, model, units, totals, balance };
}

/**
 * Places an order paid from the prepaid balance. Refused up front when the balance cannot pay;
 * the stock is reserved by the order's workflow, which answers the placement (update-with-start),
 * so an order that ran out of stock is refused here with 409 and leaves nothing behind.
 */
export async function placeDevicesOrder(
  deps: ApiDeps,
  p: Principal | undefined,
  req: DevicesOrderRequest,
  orderId: string = randomUUID(),
): Promise<Order> {
  const checked = await quoteUnlessPlaced(deps, orderId, accountIdOf(p), async () => {
    const quote = await quoteDevicesOrder(deps, p, req);
    if (quote.balance < quote.totals.total) throw new InsufficientBalanceError(quote.balance, quote.totals.total);
    if (quote.model.stock < req.quantity)
      throw new ConflictError(
        'out_of_stock',
        { model: quote.model.code, requested: req.quantity, available: quote.model.stock },
        'body.quantity',
      );
    return quote;
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
  };
  return placed(deps, orderId, DEVICES_FAILURES, () => placeDevicesOrderWorkflow(deps.temporal, deps.config.temporal.taskQueue, input));
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
      await deps.temporal.workflow.getHandle(order.workflowId).executeUpdate(cancelDevicesOrderUpdate, { updateId: `cancel:${orderId}` });
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
