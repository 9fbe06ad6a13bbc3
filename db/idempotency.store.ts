import type { Knex } from 'knex';

/** What a stored key says about a new request carrying it. */
export type IdempotencyClaim =
  | { state: 'claimed' }
  | { state: 'replay'; status: number; body: unknown; location: string | null }
  | { state: 'mismatch' }
  | { state: 'in_progress' };

/** Idempotency-Key records: the first request's response is kept and replayed. */
export function createIdempotencyStore(db: Knex, retentionHours = 24) {
  return {
    /** Claims the key for this request, or reports what the earlier request left. */
    async claim(scope: string, key: string, method: string, path: string, requestHash: string): Promise<IdempotencyClaim> {
      const inserted = await db.raw(
        `insert into idempotency_keys (scope, key, method, path, request_hash, state) values (?, ?, ?, ?, ?, 'in_progress')
         on conflict (scope, key) do nothing returning key`,
        [scope, key, method, path, requestHash],
      );
      if (inserted.rows.length === 1) return { state: 'claimed' };
      const row = await db('idempotency_keys').where({ scope, key }).first();
      if (!row) return this.claim(scope, key, method, path, requestHash);
      if (row.request_hash !== requestHash || row.method !== method || row.path !== path) return { state: 'mismatch' };
      if (row.state === 'in_progress') {
        // A request whose process died mid-way never completes its key; after a minute the retry takes it over.
        const taken = await db('idempotency_keys')
          .where({ scope, key, state: 'in_progress' })
          .where('created_at', '<', db.raw(`now() - interval '60 seconds'`))
          .update({ created_at: db.fn.now() });
        return taken === 1 ? { state: 'claimed' } : { state: 'in_progress' };
      }
      return { state: 'replay', status: row.response_status, body: row.response_body, location: row.response_location ?? null };
    },

    async complete(scope: string, key: string, status: number, body: unknown, location?: string): Promise<void> {
      await db('idempotency_keys')
        .where({ scope, key })
        .update({
          state: 'done',
          response_status: status,
          response_body: JSON.stringify(body ?? null),
          response_location: location ?? null,
        });
    },

    /** Frees the key after a server failure, so the client's retry runs the request again. */
    async release(scope: string, key: string): Promise<void> {
      await db('idempotency_keys').where({ scope, key, state: 'in_progress' }).delete();
    },

    async purgeExpired(): Promise<number> {
      return db('idempotency_keys')
        .where('created_at', '<', db.raw(`now() - make_interval(hours => ?)`, [retentionHours]))
        .delete();
    },
  };
}

export type IdempotencyStore = ReturnType<typeof createIdempotencyStore>;
