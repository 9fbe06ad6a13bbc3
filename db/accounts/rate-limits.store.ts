import type { Knex } from 'knex';

/** Fixed-window counters in PostgreSQL, so every API instance shares the same limits. */
export function createRateLimitsStore(db: Knex) {
  return {
    /** Counts one hit on the bucket and returns the hits in the current window with its end. */
    async hit(bucket: string, windowSeconds: number): Promise<{ hits: number; resetsAt: Date }> {
      const result = await db.raw(
        `insert into rate_limits (bucket, window_start, hits)
         values (?, to_timestamp(floor(extract(epoch from now()) / ?) * ?), 1)
         on conflict (bucket, window_start) do update set hits = rate_limits.hits + 1
         returning hits, window_start`,
        [bucket, windowSeconds, windowSeconds],
      );
      const row = result.rows[0];
      return { hits: row.hits, resetsAt: new Date(new Date(row.window_start).getTime() + windowSeconds * 1000) };
    },

    /** Hits in the current window, without counting one. */
    async current(bucket: string, windowSeconds: number): Promise<{ hits: number; resetsAt: Date }> {
      const result = await db.raw(
        `select coalesce(max(hits), 0)::int as hits, to_timestamp(floor(extract(epoch from now()) / ?) * ?) as window_start
         from rate_limits where bucket = ? and window_start = to_timestamp(floor(extract(epoch from now()) / ?) * ?)`,
        [windowSeconds, windowSeconds, bucket, windowSeconds, windowSeconds],
      );
      const row = result.rows[0];
      return { hits: row.hits, resetsAt: new Date(new Date(row.window_start).getTime() + windowSeconds * 1000) };
    },

    async purgeOlderThan(seconds: number): Promise<number> {
      return db('rate_limits')
        .where('window_start', '<', db.raw(`now() - make_interval(secs => ?)`, [seconds]))
        .delete();
    },
  };
}

export type RateLimitsStore = ReturnType<typeof createRateLimitsStore>;
