/** One counted request: whether it may go on, and what the RateLimit headers tell the caller. */
export interface RateVerdict {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window ends and the full limit is back (at least 1). */
  resetSeconds: number;
}

/** Beyond this many tracked keys, windows that have ended are swept before a new one is added. */
const SWEEP_ABOVE = 10_000;

/**
 * Fixed windows per key, kept in this process's memory: no database round trip and no hot row that
 * every request of a busy key would update. Each window starts with the key's first request after
 * the previous one ended, so keys do not all get their limit back at the same second. Several API
 * processes each enforce the limit on their own: behind N processes a key may make up to N times it.
 */
export function createKeyRateLimiter(limit: number, windowMs: number, now: () => number = Date.now) {
  const windows = new Map<string, { start: number; hits: number }>();
  const sweep = (t: number) => {
    for (const [key, w] of windows) if (t >= w.start + windowMs) windows.delete(key);
  };
  return {
    /** Counts one request of the key; a refused request does not count against the next window. */
    hit(key: string): RateVerdict {
      const t = now();
      let w = windows.get(key);
      if (!w || t >= w.start + windowMs) {
        if (!w && windows.size >= SWEEP_ABOVE) sweep(t);
        w = { start: t, hits: 0 };
        windows.set(key, w);
      }
      const allowed = w.hits < limit;
      if (allowed) w.hits += 1;
      const resetSeconds = Math.max(1, Math.ceil((w.start + windowMs - t) / 1000));
      return { allowed, limit, remaining: limit - w.hits, resetSeconds };
    },
  };
}

export type KeyRateLimiter = ReturnType<typeof createKeyRateLimiter>;
