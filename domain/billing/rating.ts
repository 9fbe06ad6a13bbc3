import type { TaxRate } from '../money';

/** What a rate charges: money in 1/1000 yen so fractional per-unit prices stay exact. */
export interface Tariff {
  connectFeeMilli: number;
  unitPriceMilli: number;
  unitSeconds: number;
  incrementSeconds: number;
  taxRate: TaxRate;
}

/** Seconds billed: the duration rounded up to whole increments; an unanswered call (0 s) bills nothing. */
export function billableSeconds(durationSeconds: number, incrementSeconds: number): number {
  if (durationSeconds <= 0) return 0;
  return Math.ceil(durationSeconds / incrementSeconds) * incrementSeconds;
}

/**
 * The charge of one call in yen, tax excluded. The exact amount is the rational number
 * (connect + billable × price / unit) in milli-yen; it is rounded up to the yen once, per call.
 * The same formula runs in SQL when CDRs are rated in bulk (db/billing/cdrs.store.ts).
 */
export function callCost(t: Tariff, durationSeconds: number): number {
  const billable = billableSeconds(durationSeconds, t.incrementSeconds);
  if (billable === 0) return 0;
  const numerator = t.connectFeeMilli * t.unitSeconds + billable * t.unitPriceMilli;
  const denominator = t.unitSeconds * 1000;
  return ceilDiv(numerator, denominator);
}

/** Integer ceiling division of non-negative integers, without floating-point surprises. */
export function ceilDiv(a: number, b: number): number {
  return Math.floor((a + b - 1) / b);
}

/** A cost with tax rounded up: what a reservation must hold so the call can never overspend. */
export function withTaxCeiling(yen: number, taxRate: TaxRate): number {
  return yen + ceilDiv(yen * taxRate, 100);
}

/** True when a rate never charges anything (free call, emergency). */
export function isFree(t: Tariff): boolean {
  return t.connectFeeMilli === 0 && t.unitPriceMilli === 0;
}

/** How long a call may last and what it reserves; null when not even the first increment is affordable. */
export interface Allowance {
  maxSeconds: number;
  reserve: number;
}

/**
 * The longest call the available yen pay for, counting the connect fee, whole increments and
 * tax, capped at capSeconds. Costs grow with whole increments, so a binary search finds the limit.
 */
export function affordableCall(t: Tariff, availableYen: number, capSeconds: number): Allowance | null {
  if (isFree(t)) return { maxSeconds: capSeconds, reserve: 0 };
  const price = (n: number) => withTaxCeiling(callCost(t, Math.min(capSeconds, n * t.incrementSeconds)), t.taxRate);
  if (price(1) > availableYen) return null;
  let lo = 1;
  let hi = Math.max(1, Math.ceil(capSeconds / t.incrementSeconds));
  while (lo < hi) {
    const mid = Math.floor((lo + hi + 1) / 2);
    if (price(mid) <= availableYen) lo = mid;
    else hi = mid - 1;
  }
  return { maxSeconds: Math.min(capSeconds, lo * t.incrementSeconds), reserve: price(lo) };
}
