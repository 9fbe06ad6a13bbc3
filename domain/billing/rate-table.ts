import type { TaxRate } from '../money';
import type { Tariff } from './rating';

/** Kinds of destination, as the call history and the statement show them. */
export const RATE_CLASSES = ['fixed', 'mobile', 'ip050', 'freecall', 'navidial', 'international', 'emergency', 'barred'] as const;

/** One kind of destination. */
export type RateClass = (typeof RATE_CLASSES)[number];

/** Who pays under a rate: the caller (outbound), or the holder of the number called (inbound free call). */
export type Direction = 'outbound' | 'inbound';

/** One rate row: a prefix, its class and its tariff, valid over [validFrom, validTo). */
export interface Rate extends Tariff {
  id: string;
  direction: Direction;
  prefix: string;
  class: RateClass;
  description: string;
  validFrom: Date;
  validTo: Date | null;
}

/**
 * Puts a dialled number into the form the rate prefixes use: national digits (0312345678), the
 * emergency and service codes (110), or 010 + country code for abroad (+1 415… → 0101415…).
 */
export function normalizeDestination(raw: string): string | null {
  const s = raw.replace(/[\s()-]/g, '');
  if (/^\+81\d{5,15}$/.test(s)) return `0${s.slice(3)}`;
  if (/^\+\d{5,18}$/.test(s)) return `010${s.slice(1)}`;
  if (/^\d{3,21}$/.test(s)) return s;
  return null;
}

/** True when a rate is in force at the instant. */
export const isValidAt = (r: Pick<Rate, 'validFrom' | 'validTo'>, at: number) =>
  r.validFrom.getTime() <= at && (r.validTo === null || r.validTo.getTime() > at);

/** Rates indexed by prefix for longest-prefix matching, with validity dates honoured. */
export class RateTable {
  private readonly byPrefix = new Map<string, Rate[]>();
  private maxLength = 0;

  constructor(rates: Rate[]) {
    for (const r of rates) {
      const key = `${r.direction}:${r.prefix}`;
      const list = this.byPrefix.get(key) ?? [];
      list.push(r);
      this.byPrefix.set(key, list);
      this.maxLength = Math.max(this.maxLength, r.prefix.length);
    }
  }

  /** The rate of the longest prefix of the destination valid at the instant, or undefined. */
  lookup(direction: Direction, destination: string, at: number): Rate | undefined {
    for (let len = Math.min(destination.length, this.maxLength); len > 0; len--) {
      const candidates = this.byPrefix.get(`${direction}:${destination.slice(0, len)}`);
      if (!candidates) continue;
      let best: Rate | undefined;
      for (const r of candidates) if (isValidAt(r, at) && (!best || r.validFrom > best.validFrom)) best = r;
      if (best) return best;
    }
    return undefined;
  }
}

/** The consumption tax rate of a stored rate row. */
export const asTaxRate = (n: number): TaxRate => (n === 0 ? 0 : n === 8 ? 8 : 10);
