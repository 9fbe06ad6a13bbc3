import { InputError } from '../errors';
import { computeTotals, type OrderTotals } from '../money';

/** The kinds of unique the seed sells (§3). */
export const UNIQUE_KINDS = ['sip_terminal', 'cloud_fax', 'ymobile'] as const;
export type UniqueKind = (typeof UNIQUE_KINDS)[number];

/** The kinds of phone number: domestic by area code, free call, special, Navi Dial, 050, overseas. */
export const NUMBER_KINDS = ['local', 'freecall', 'special', 'navidial', 'ip050', 'overseas'] as const;
export type NumberKind = (typeof NUMBER_KINDS)[number];

/** A catalog price in integer yen, tax excluded. */
export interface Price {
  monthly: number;
  initial: number;
}

/** Prices as configured: one per unique/number kind, and one per overseas country. */
export interface CatalogConfig {
  prices: Record<string, Price>;
  overseasPrices: Record<string, Price>;
}

/** The price of a unique kind; a kind missing from the configuration is a setup error. */
export function uniquePrice(cfg: CatalogConfig, kind: UniqueKind): Price {
  const p = cfg.prices[kind];
  if (!p) throw new Error(`no price configured for unique kind ${kind}`);
  return p;
}

/** The price of a number; an overseas country without a configured price cannot be bought. */
export function numberPrice(cfg: CatalogConfig, n: { kind: string; country: string; number: string }, field = 'body.numberIds'): Price {
  if (n.kind === 'overseas') {
    const p = cfg.overseasPrices[n.country];
    if (!p) throw new InputError('no_price_for_country', { country: n.country, number: n.number }, field);
    return p;
  }
  const p = cfg.prices[n.kind];
  if (!p) throw new InputError('number_kind_not_sold', { kind: n.kind, number: n.number }, field);
  return p;
}

/** One priced line of a services order: initial fee plus the first month, per item. */
export type ServicesLine =
  | { type: 'unique'; kind: UniqueKind; quantity: number; monthlyFee: number; initialFee: number; amount: number }
  | {
      type: 'number';
      numberId: string;
      number: string;
      kind: string;
      country: string;
      monthlyFee: number;
      initialFee: number;
      amount: number;
    };

/** Prices an order: every line at 10% consumption tax, rounded once for the order. */
export function priceServicesOrder(
  cfg: CatalogConfig,
  uniques: Partial<Record<UniqueKind, number>>,
  numbers: Array<{ id: string; number: string; kind: string; country: string }>,
): { lines: ServicesLine[]; totals: OrderTotals } {
  const lines: ServicesLine[] = [];
  for (const kind of UNIQUE_KINDS) {
    const quantity = uniques[kind] ?? 0;
    if (quantity <= 0) continue;
    const p = uniquePrice(cfg, kind);
    lines.push({
      type: 'unique',
      kind,
      quantity,
      monthlyFee: p.monthly,
      initialFee: p.initial,
      amount: quantity * (p.monthly + p.initial),
    });
  }
  for (const n of numbers) {
    const p = numberPrice(cfg, n);
    lines.push({
      type: 'number',
      numberId: n.id,
      number: n.number,
      kind: n.kind,
      country: n.country,
      monthlyFee: p.monthly,
      initialFee: p.initial,
      amount: p.monthly + p.initial,
    });
  }
  return { lines, totals: computeTotals(lines.map((l) => ({ amount: l.amount, taxRate: 10 as const }))) };
}
