import type { Knex } from 'knex';
import { randomToken, sha256 } from '../../lib/crypto';
import type { Principal, StaffRole } from '../../domain/principal';

type SessionRow = {
  token_hash: string;
  kind: Principal['kind'];
  account_id: string | null;
  circle_id: string | null;
  unique_id: string | null;
  staff_id: string | null;
  role: StaffRole | null;
  expires_at: Date;
  revoked_at: Date | null;
  staff_role: StaffRole | null;
  password_temporary: boolean | null;
};

function toPrincipal(r: SessionRow): Principal | undefined {
  switch (r.kind) {
    case 'account':
      return { kind: 'account', accountId: r.account_id! };
    case 'circle':
      return { kind: 'circle', accountId: r.account_id!, circleId: r.circle_id! };
    case 'unique':
      return { kind: 'unique', accountId: r.account_id!, circleId: r.circle_id!, uniqueId: r.unique_id! };
    case 'staff':
      return {
        kind: 'staff',
        staffId: r.staff_id!,
        role: r.staff_role ?? r.role!,
        ...(r.password_temporary ? { mustChangePassword: true } : {}),
      };
  }
  return undefined;
}

/** What a presented session token amounts to. */
export type SessionState = { state: 'active'; principal: Principal } | { state: 'expired' } | { state: 'revoked' } | { state: 'unknown' };

/** Opaque bearer sessions; only the SHA-256 of a token is stored. */
export function createSessionsStore(db: Knex) {
  /**
   * What became of a token: its principal while it works; else whether it ran out (expired) or was
   * ended (logged out, revoked with a password change, or its member of staff disabled), so that the
   * caller can say which; unknown when no session has this token.
   */
  async function inspect(token: string): Promise<SessionState> {
    const row = await db('sessions as x')
      .leftJoin('staff as s', 's.id', 'x.staff_id')
      .where('x.token_hash', sha256(token))
      .select<(SessionRow & { disabled_at: Date | null; expired: boolean })[]>(
        'x.*',
        's.role as staff_role',
        's.password_temporary',
        's.disabled_at',
        db.raw('x.expires_at <= now() as expired'),
      )
      .first();
    if (!row) return { state: 'unknown' };
    if (row.revoked_at || (row.staff_id && row.disabled_at)) return { state: 'revoked' };
    if (row.expired) return { state: 'expired' };
    const principal = toPrincipal(row);
    return principal ? { state: 'active', principal } : { state: 'unknown' };
  }

  return {
    /** Issues a fresh token: every login gets a new one, so a planted token can never be adopted. */
    async create(principal: Principal, ttlMinutes: number): Promise<{ token: string; expiresAt: Date }> {
      const token = randomToken();
      const expiresAt = new Date(Date.now() + ttlMinutes * 60_000);
      await db<SessionRow>('sessions').insert({
        token_hash: sha256(token),
        kind: principal.kind,
        account_id: 'accountId' in principal ? principal.accountId : null,
        circle_id: 'circleId' in principal ? principal.circleId : null,
        unique_id: principal.kind === 'unique' ? principal.uniqueId : null,
        staff_id: principal.kind === 'staff' ? principal.staffId : null,
        role: principal.kind === 'staff' ? principal.role : null,
        expires_at: expiresAt,
      });
      return { token, expiresAt };
    },

    inspect,

    async revoke(token: string): Promise<void> {
      await db('sessions')
        .where({ token_hash: sha256(token) })
        .whereNull('revoked_at')
        .update({ revoked_at: db.fn.now() });
    },

    /** Ends every session that belongs to the account, including its circle and unique logins. */
    async revokeAllForAccount(accountId: string, trx: Knex = db): Promise<number> {
      return trx('sessions').where({ account_id: accountId }).whereNull('revoked_at').update({ revoked_at: trx.fn.now() });
    },

    /** Ends every session of a member of staff but the one given (the one replacing its password). */
    async revokeOthersForStaff(staffId: string, keepToken: string | undefined, trx: Knex = db): Promise<number> {
      const q = trx('sessions').where({ staff_id: staffId }).whereNull('revoked_at');
      if (keepToken) q.whereNot({ token_hash: sha256(keepToken) });
      return q.update({ revoked_at: trx.fn.now() });
    },

    /** Ends every session of a member of staff. */
    async revokeAllForStaff(staffId: string, trx: Knex = db): Promise<number> {
      return trx('sessions').where({ staff_id: staffId }).whereNull('revoked_at').update({ revoked_at: trx.fn.now() });
    },
  };
}

export type SessionsStore = ReturnType<typeof createSessionsStore>;
