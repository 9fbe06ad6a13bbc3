import type { Knex } from 'knex';
import { sha256 } from '../../lib/crypto';

/** Where a reset token stands. */
export type ResetTokenState = { state: 'usable'; expiresAt: Date } | { state: 'used' | 'expired' | 'unknown' };

/** Why a reset token could not be used. */
export type ResetRefusal = 'used' | 'expired' | 'unknown';

/** Single-use password reset tokens, stored hashed. */
export function createPasswordResetsStore(db: Knex) {
  /** What a token is now: usable (with its deadline), already used, expired, or unknown. */
  async function inspect(token: string, trx: Knex = db): Promise<ResetTokenState> {
    const row = await trx('password_resets')
      .where({ token_hash: sha256(token) })
      .first('used_at', 'expires_at', trx.raw('expires_at <= now() as expired'));
    if (!row) return { state: 'unknown' };
    if (row.used_at) return { state: 'used' };
    if (row.expired) return { state: 'expired' };
    return { state: 'usable', expiresAt: row.expires_at };
  }

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

    inspect,

    /** Marks the token used and returns its account; when it cannot be used, says why. */
    async consume(token: string, trx: Knex): Promise<{ accountId: string } | { refused: ResetRefusal }> {
      const [row] = await trx('password_resets')
        .where({ token_hash: sha256(token) })
        .whereNull('used_at')
        .where('expires_at', '>', trx.fn.now())
        .update({ used_at: trx.fn.now() })
        .returning('account_id');
      if (row) return { accountId: row.account_id };
      const now = await inspect(token, trx);
      // Usable now but not a moment ago means a concurrent reset took it first.
      return { refused: now.state === 'usable' ? 'used' : now.state };
    },
  };
}

export type PasswordResetsStore = ReturnType<typeof createPasswordResetsStore>;
