import { randomUUID } from 'node:crypto';
import { ConflictError, InputError, InsufficientBalanceError } from '../../domain/errors';
import type { Principal } from '../../domain/principal';
import { priceServicesOrder, UNIQUE_KINDS, type UniqueKind } from '../../domain/telephony/catalog';
import type { Order } from '../../db/orders/orders.store';
import { sipPasswordBox } from '../../lib/secret-box';
import { SERVICES_FAILURES, type ServicesOrderInput } from '../../workflows/telephony/contract';
import { placeServicesOrder as placeServicesOrderWorkflow } from '../../workflows/telephony/starters';
import { placed, quoteUnlessPlaced } from '../orders/placement';
import { orderScope } from '../orders/orders.routes';
import type { ApiDeps } from '../deps';
import { catalogNow } from './prices.service';
import { serviceScope, visibleCircle } from './scope';

/** What the customer asks for: quantities of uniques and held numbers, for one circle. */
export interface ServicesOrderRequest {
  circleId: string;
  uniques?: Partial<Record<UniqueKind, number>>;
  numberIds?: string[];
}

/** Validates and prices a request against the caller's cart and the prices in effect now; nothing is reserved. */
export async function quoteServicesOrder(deps: ApiDeps, p: Principal | undefined, req: ServicesOrderRequest) {
  const { accountId } = serviceScope(p);
  await visibleCircle(deps, p, req.circleId);
  const numberIds = [...new Set(req.numberIds ?? [])];
  const uniqueCount = UNIQUE_KINDS.reduce((s, k) => s + (req.uniques?.[k] ?? 0), 0);
  if (uniqueCount === 0 && numberIds.length === 0) throw new InputError('empty_order', {}, 'body.uniques');
  const { held, missing } = await deps.stores.numbers.heldByAccount(accountId, numberIds);
  if (missing.length) throw new InputError('number_not_held', { numberId: missing[0]! }, 'body.numberIds');
  // The manual sells overseas numbers by their own purchase, with a lead time (§3).
  const overseas = held.find((n) => n.kind === 'overseas');
  if (overseas)
    throw new InputError(
      'overseas_number_separate_order',
      { number: overseas.number, country: overseas.country, endpoint: '/v1/overseas-number-orders' },
      'body.numberIds',
    );
  const priced = priceServicesOrder(await catalogNow(deps), req.uniques ?? {}, held);
  const balance = await deps.stores.ledger.balance(accountId);
  return { accountId, held, ...priced, balance };
}

/**
 * Accepts an order paid from the prepaid balance: refused up front (nothing held or debited)
 * when the balance cannot pay; else placed with its workflow, which writes the order row as it
 * takes the numbers and the money, and does the rest.
 */
export async function placeServicesOrder(
  deps: ApiDeps,
  p: Principal | undefined,
  req: ServicesOrderRequest,
  orderId: string = randomUUID(),
): Promise<Order> {
  const checked = await quoteUnlessPlaced(deps, orderId, serviceScope(p).accountId, async () => {
    const q = await quoteServicesOrder(deps, p, req);
    if (q.balance < q.totals.total) throw new InsufficientBalanceError(q.balance, q.totals.total);
    return q;
  });
  if ('placed' in checked) return checked.placed;
  const { quote } = checked;
  const input: ServicesOrderInput = {
    orderId,
    accountId: quote.accountId,
    circleId: req.circleId,
    // The unique IDs are chosen here so that a retried creation step makes each one once.
    uniques: quote.lines.flatMap((l) =>
      l.type === 'unique'
        ? Array.from({ length: l.quantity }, () => ({ id: randomUUID(), kind: l.kind, monthlyFee: l.monthlyFee, initialFee: l.initialFee }))
        : [],
    ),
    numbers: quote.lines.flatMap((l) =>
      l.type === 'number' ? [{ id: l.numberId, number: l.number, kind: l.kind, monthlyFee: l.monthlyFee, initialFee: l.initialFee }] : [],
    ),
    items: quote.lines,
    totals: quote.totals,
    carrierTimeoutHours: deps.config.services.carrierActivationTimeoutHours,
  };
  return placed(deps, orderId, SERVICES_FAILURES, () => placeServicesOrderWorkflow(deps.temporal, deps.config.temporal.taskQueue, input));
}

/** Shows the SIP passwords of a completed order's uniques, once. */
export async function revealOrderCredentials(deps: ApiDeps, p: Principal | undefined, orderId: string) {
  const order = await deps.stores.orders.getVisible(orderId, orderScope(p));
  if (order.kind !== 'services') throw new ConflictError('order_not_completed', { status: order.status });
  if (order.status !== 'completed') throw new ConflictError('order_not_completed', { status: order.status });
  const taken = await deps.stores.uniques.takeOrderPasswords(orderId, order.accountId);
  if (taken.length === 0) throw new ConflictError('credentials_already_shown');
  const box = sipPasswordBox(deps.config.secret);
  return taken.map((u) => ({
    id: u.id,
    code: u.code,
    sipUser: u.sipUser,
    loginServer: u.loginServer,
    sipPassword: box.open(u.sealedPassword),
  }));
}
