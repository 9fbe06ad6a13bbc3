import type { Knex } from 'knex';
import { sha256 } from '../../lib/crypto';

/** Single-use password reset tokens, stored hashed. */
export function createPasswordResetsStore(db: Knex) {
  return {
    /** Records the token for a reminder request; a retried request keeps the first row. */
    async issue(input: { requestId: string; accountId: string; token: string; ttlMinutes: number }): Promise<{ expiresAt: Date }> {
      const expiresAt = new Date(Date.now() + input.ttlMinutes * 60_000);
      await db.raw(
        `insert into password_resets (request_id, account_id, token_hash, expires_at) values (?, ?, ?, ?)
         on conflict (request_id) do nothing`,
        [input.requestId, input.accountId, sha256(input.token), expiresAt],
      );
      const row = await db('password_resets').where({ request_id: input.requestId }).first('expires_at');
      return { expiresAt: row.expires_at };
    },

    /** Marks the token used and returns its account, or undefined when unknown, used or expired. */
    async consume(token: string, trx: Knex): Promise<string | undefined> {
      const [row] = await trx('password_resets')
        .where({ token_hash: sha256(token) })
        .whereNull('used_at')
        .where('expires_at', '>', trx.fn.now())
        .update({ used_at: trx.fn.now() })
        .returning('account_id');
      return row?.account_id;
    },
  };
}

export type PasswordResetsStore = ReturnType<typeof createPasswordResetsStore>;
