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

/** The prices in effect at one moment: one per unique/number kind, and one per overseas country. */
export interface CatalogConfig {
  prices: Record<string, Price>;
  overseasPrices: Record<string, Price>;
}

/** Every kind that carries a price: the uniques and the numbers (overseas per country). */
export const PRICE_KINDS = [...UNIQUE_KINDS, ...NUMBER_KINDS] as const;
export type PriceKind = (typeof PRICE_KINDS)[number];

/** What identifies a price: its kind, and for overseas numbers the country ('' otherwise). */
export interface PriceKey {
  kind: PriceKind;
  country: string;
}

/** One version of a price, valid from its instant until a later version of the same key starts. */
export interface PriceVersionTerms extends PriceKey, Price {
  validFrom: Date;
}

// ISO 3166-1 alpha-2, officially assigned codes.
const ISO_COUNTRIES = new Set(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI ' +
    'CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP ' +
    'GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK ' +
    'LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA ' +
    'PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF ' +
    'TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
  ).split(' '),
);

/** True for an assigned ISO 3166-1 alpha-2 country code (upper case). */
export const isCountryCode = (code: string): boolean => ISO_COUNTRIES.has(code);

/** True for a kind that has a price. */
export const isPriceKind = (kind: string): kind is PriceKind => (PRICE_KINDS as readonly string[]).includes(kind);

/**
 * Checks a key an operator names: a known kind; a country code for overseas numbers and none for
 * the others. Throws the 422 that says what is allowed.
 */
export function priceKeyOf(kind: string, country: string | undefined): PriceKey {
  if (!isPriceKind(kind)) throw new InputError('price_kind_unknown', { kind, allowed: [...PRICE_KINDS] }, 'body.kind');
  if (kind !== 'overseas') {
    if (country) throw new InputError('price_country_not_allowed', { kind }, 'body.country');
    return { kind, country: '' };
  }
  if (!country) throw new InputError('price_country_required', {}, 'body.country');
  if (!isCountryCode(country)) throw new InputError('price_country_unknown', { country }, 'body.country');
  return { kind, country };
}

/** The prices in effect at a moment: per key, the version with the latest validFrom not after it. */
export function catalogAt(versions: readonly PriceVersionTerms[], at: Date): CatalogConfig {
  const best = new Map<string, PriceVersionTerms>();
  for (const v of versions) {
    if (v.validFrom.getTime() > at.getTime()) continue;
    const key = `${v.kind}:${v.country}`;
    const seen = best.get(key);
    if (!seen || v.validFrom > seen.validFrom) best.set(key, v);
  }
  const cfg: CatalogConfig = { prices: {}, overseasPrices: {} };
  for (const v of best.values()) {
    const price = { monthly: v.monthly, initial: v.initial };
    if (v.kind === 'overseas') cfg.overseasPrices[v.country] = price;
    else cfg.prices[v.kind] = price;
  }
  return cfg;
}

/** The configured prices as keys to seed; entries that name no known kind or country are left out. */
export function seedPricesFrom(cfg: CatalogConfig): Array<PriceKey & Price> {
  const domestic = Object.entries(cfg.prices).flatMap(([kind, p]) =>
    isPriceKind(kind) && kind !== 'overseas' ? [{ kind, country: '', monthly: p.monthly, initial: p.initial }] : [],
  );
  const overseas = Object.entries(cfg.overseasPrices).flatMap(([country, p]) =>
    isCountryCode(country) ? [{ kind: 'overseas' as const, country, monthly: p.monthly, initial: p.initial }] : [],
  );
  return [...domestic, ...overseas];
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
  return { lines, totals: servicesTotals(lines) };
}

/** Totals of services lines: every line at 10% consumption tax, rounded once over all of them. */
export function servicesTotals(lines: ReadonlyArray<{ amount: number }>): OrderTotals {
  return computeTotals(lines.map((l) => ({ amount: l.amount, taxRate: 10 as const })));
}
