import { InputError } from '../../domain/errors';
import { catalogAt, PRICE_KINDS, priceKeyOf, seedPricesFrom, type CatalogConfig, type PriceKey } from '../../domain/telephony/catalog';
import type { PriceVersion } from '../../db/telephony/prices.store';
import type { ApiDeps } from '../deps';

// A minute of slack for the operator's clock and the time spent filling the form.
const PAST_SLACK_MS = 60_000;
const FUTURE_LIMIT_MS = 2 * 366 * 86_400_000;

const keyOf = (k: PriceKey) => `${k.kind}:${k.country}`;

/**
 * Every live version, after giving each key of the environment's price lists its seeded version
 * the first time it is missing: the environment only seeds, the database decides from then on.
 */
async function liveVersions(deps: ApiDeps): Promise<PriceVersion[]> {
  const seeds = seedPricesFrom(deps.config.services);
  const versions = await deps.stores.prices.live();
  const present = new Set(versions.map(keyOf));
  const missing = seeds.filter((s) => !present.has(keyOf(s)));
  if (!missing.length) return versions;
  await deps.stores.prices.seedMissing(missing);
  return deps.stores.prices.live();
}

/**
 * The prices in effect now, read from the database at each call, so that a version takes effect
 * at its validFrom in every API process alike.
 */
export async function catalogNow(deps: ApiDeps, at: Date = new Date()): Promise<CatalogConfig> {
  return catalogAt(await liveVersions(deps), at);
}

/** One key on the operators' board: the version in effect and the ones scheduled after it. */
export interface PriceLine extends PriceKey {
  current: PriceVersion | null;
  scheduled: PriceVersion[];
}

const kindOrder = (k: PriceKey) => PRICE_KINDS.indexOf(k.kind);

/** Every key with its current and scheduled versions, in catalog order (overseas by country). */
export async function priceBoard(deps: ApiDeps, now: Date = new Date()): Promise<PriceLine[]> {
  const lines = new Map<string, PriceLine>();
  for (const v of await liveVersions(deps)) {
    const line = lines.get(keyOf(v)) ?? { kind: v.kind, country: v.country, current: null, scheduled: [] };
    if (v.validFrom.getTime() > now.getTime()) line.scheduled.push(v);
    else if (!line.current || v.validFrom > line.current.validFrom) line.current = v;
    lines.set(keyOf(v), line);
  }
  for (const line of lines.values()) line.scheduled.sort((a, b) => a.validFrom.getTime() - b.validFrom.getTime());
  return [...lines.values()].sort((a, b) => kindOrder(a) - kindOrder(b) || a.country.localeCompare(b.country));
}

/** What an operator asks for: a new price of a key from an instant. */
export interface PriceRequest {
  kind: string;
  country?: string;
  monthly: number;
  initial: number;
  validFrom: string;
  note?: string;
}

/**
 * Schedules a price version. A validFrom up to a minute in the past means "now" and is stored as
 * now: orders charged in that minute paid the old price, and the record must say so.
 */
export async function schedulePrice(deps: ApiDeps, staffId: string, req: PriceRequest, now: Date = new Date()): Promise<PriceVersion> {
  const key = priceKeyOf(req.kind, req.country);
  const asked = new Date(req.validFrom);
  const earliest = new Date(now.getTime() - PAST_SLACK_MS);
  const latest = new Date(now.getTime() + FUTURE_LIMIT_MS);
  if (asked < earliest || asked > latest)
    throw new InputError(
      'price_valid_from_out_of_range',
      { validFrom: asked.toISOString(), earliest: now.toISOString(), latest: latest.toISOString() },
      'body.validFrom',
    );
  await liveVersions(deps);
  return deps.stores.prices.create({
    ...key,
    monthly: req.monthly,
    initial: req.initial,
    validFrom: asked < now ? now : asked,
    note: req.note?.trim() || null,
    staffId,
  });
}

/** Withdraws a version before it takes effect. */
export async function withdrawPrice(deps: ApiDeps, staffId: string, versionId: string, now: Date = new Date()): Promise<void> {
  await deps.stores.prices.cancel(versionId, staffId, now);
}
