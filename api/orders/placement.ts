import { ConflictError } from '../../domain/errors';
import type { FailureTable } from '../../domain/failures';
import type { Order } from '../../db/orders/orders.store';
import type { ApiDeps } from '../deps';
import { appErrorOf } from '../http/workflow-failure';

/**
 * Quotes a placement, unless an earlier attempt of the same request already placed the order.
 * A retry after a server failure runs the request again, but the first attempt's order may
 * already hold the numbers, stock and balance the quote checks, so the quote would refuse what
 * was in fact bought. A refused quote therefore looks for the order this request names first.
 */
export async function quoteUnlessPlaced<Q>(
  deps: Pick<ApiDeps, 'stores'>,
  orderId: string,
  accountId: string,
  quote: () => Promise<Q>,
): Promise<{ quote: Q } | { placed: Order }> {
  try {
    return { quote: await quote() };
  } catch (err) {
    // Only a refusal can be the first attempt's doing; an outage is reported as it is.
    const status = (err as { status?: number }).status;
    if (!status || status < 400 || status >= 500) throw err;
    const placed = await deps.stores.orders.get(orderId);
    if (placed && placed.accountId === accountId) return { placed };
    throw err;
  }
}

/**
 * Runs a placement (the workflow's update-with-start) and answers with the order row its workflow
 * wrote. A typed refusal is answered from the domain's failure table; a closed workflow that left
 * no row was refused when first placed.
 */
export async function placed(
  deps: Pick<ApiDeps, 'stores'>,
  orderId: string,
  failures: FailureTable,
  place: () => Promise<unknown>,
): Promise<Order> {
  try {
    await place();
  } catch (err) {
    throw appErrorOf(err, [failures]) ?? err;
  }
  const order = await deps.stores.orders.get(orderId);
  if (!order) throw new ConflictError('order_closed', { status: 'rejected' });
  return order;
}
