import { createRateCache, type RateCache, type RatesStore } from '../../db/billing/rates.store';

const caches = new WeakMap<RatesStore, RateCache>();

/** The process's in-memory rate table for a store (one per API process). */
export function rateCacheFor(rates: RatesStore, ttlMs: number): RateCache {
  let cache = caches.get(rates);
  if (!cache) {
    cache = createRateCache(rates, ttlMs);
    caches.set(rates, cache);
  }
  return cache;
}
