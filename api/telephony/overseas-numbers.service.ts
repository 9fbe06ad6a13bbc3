import { randomUUID } from 'node:crypto';
import { ConflictError, InputError, InsufficientBalanceError } from '../../domain/errors';
import type { Principal } from '../../domain/principal';
import { servicesTotals, type CatalogConfig } from '../../domain/telephony/catalog';
import type { Order } from '../../db/orders/orders.store';
import { OVERSEAS_FAILURES, type OverseasNumberOrderInput } from '../../workflows/telephony/contract';
import { placeOverseasNumberOrder as placeOverseasNumberOrderWorkflow } from '../../workflows/telephony/starters';
import { placed, quoteUnlessPlaced } from '../orders/placement';
import type { ApiDeps } from '../deps';
import { catalogNow } from './prices.service';
import { serviceScope, visibleCircle } from './scope';

/** What the customer asks for: one overseas number of a country (and area), for one circle. */
export interface OverseasNumberOrderRequest {
  circleId: string;
  country: string;
  areaCode?: string;
}

/** A country whose overseas numbers can be bought: its price, the lead time and the areas in stock. */
export interface OverseasCountryOffer {
  country: string;
  monthlyFee: number;
  initialFee: number;
  subtotal: number;
  tax: number;
  total: number;
  leadTimeDays: number;
  areaCodes: string[];
  available: number;
}

/** The price of one overseas number: initial fee plus the first month, 10% tax rounded once. */
function priceOverseasNumber(cfg: CatalogConfig, country: string) {
  const p = cfg.overseasPrices[country];
  if (!p)
    throw new InputError(
      'overseas_country_not_sold',
      { country, allowed: Object.keys(cfg.overseasPrices).sort().join(', ') },
      'body.country',
    );
  return { price: p, totals: servicesTotals([{ amount: p.monthly + p.initial }]) };
}

/** The countries on sale: priced in the catalog now, with numbers in stock, each with its lead time. */
export async function overseasCountryOffers(deps: ApiDeps): Promise<OverseasCountryOffer[]> {
  const cfg = await catalogNow(deps);
  const stock = await deps.stores.numbers.overseasStock();
  return Object.keys(cfg.overseasPrices)
    .sort()
    .map((country) => {
      const { price, totals } = priceOverseasNumber(cfg, country);
      const areas = stock.filter((s) => s.country === country);
      return {
        country,
        monthlyFee: price.monthly,
        initialFee: price.initial,
        subtotal: totals.subtotal,
        tax: totals.tax,
        total: totals.total,
        leadTimeDays: deps.config.services.overseasLeadDays,
        areaCodes: areas.flatMap((a) => (a.areaCode ? [a.areaCode] : [])),
        available: areas.reduce((n, a) => n + a.available, 0),
      };
    });
}

/**
 * Accepts an overseas number order paid from the prepaid balance: refused up front (nothing
 * taken or debited) for a country without a price, an area without numbers or a balance that
 * cannot pay; else placed with its workflow, which takes a number and the money with the order row.
 */
export async function placeOverseasNumberOrder(
  deps: ApiDeps,
  p: Principal | undefined,
  req: OverseasNumberOrderRequest,
  orderId: string = randomUUID(),
): Promise<Order> {
  const { accountId } = serviceScope(p);
  const checked = await quoteUnlessPlaced(deps, orderId, accountId, async () => {
    await visibleCircle(deps, p, req.circleId);
    const priced = priceOverseasNumber(await catalogNow(deps), req.country);
    const stock = await deps.stores.numbers.overseasStock();
    const inStock = stock.some((s) => s.country === req.country && (!req.areaCode || s.areaCode === req.areaCode) && s.available > 0);
    if (!inStock)
      throw new ConflictError('overseas_number_unavailable', { country: req.country, areaCode: req.areaCode ?? '' }, 'body.areaCode');
    const balance = await deps.stores.ledger.balance(accountId);
    if (balance < priced.totals.total) throw new InsufficientBalanceError(balance, priced.totals.total);
    return priced;
  });
  if ('placed' in checked) return checked.placed;
  const { price, totals } = checked.quote;
  const input: OverseasNumberOrderInput = {
    orderId,
    accountId,
    circleId: req.circleId,
    country: req.country,
    areaCode: req.areaCode ?? null,
    monthlyFee: price.monthly,
    initialFee: price.initial,
    totals,
    leadTimeMs: deps.config.services.overseasLeadMs,
    carrierTimeoutHours: deps.config.services.carrierActivationTimeoutHours,
  };
  return placed(deps, orderId, OVERSEAS_FAILURES, () =>
    placeOverseasNumberOrderWorkflow(deps.temporal, deps.config.temporal.taskQueue, input),
  );
}
