import type { Knex } from 'knex';

/** What the authorisation needs to know about the calling unique and its account, read under the account's lock. */
export interface CallerSnapshot {
  accountId: string;
  circleId: string;
  uniqueStatus: string;
  outboundProhibited: boolean;
  suspended: boolean;
  balance: number;
  /** Yen held by other calls in progress. */
  reserved: number;
}

/** A decision taken on a snapshot: hold this much for this long, or nothing. */
export interface Hold {
  amount: number;
  maxSeconds: number;
  ttlSeconds: number;
}

/**
 * Call reservations: the money held by calls in progress. One short transaction per call holds
 * the account's row lock, so concurrent calls see each other's holds and never overspend.
 */
export function createReservationsStore(db: Knex) {
  return {
    /** Reads the unique and its account without locking (emergency calls need no money). */
    async caller(uniqueId: string): Promise<{ accountId: string; circleId: string } | undefined> {
      const { rows } = await db.raw('select account_id, circle_id from uniques where id = ?', [uniqueId]);
      return rows[0] && { accountId: rows[0].account_id, circleId: rows[0].circle_id };
    },

    /**
     * Locks the account, reads balance and holds, lets `decide` choose, and records the hold. An
     * existing hold of the same call ID is answered as is, so a retried request holds nothing more.
     */
    async reserve<D extends { hold?: Hold }>(uniqueId: string, callId: string, decide: (s: CallerSnapshot) => D): Promise<(D & { replayed?: false }) | { replayed: true; hold: Hold } | undefined> {
      return db.transaction(async (trx) => {
        const { rows } = await trx.raw(
          `select u.account_id, u.circle_id, u.status, u.outbound_prohibited, a.balance, b.suspended_at
             from uniques u join accounts a on a.id = u.account_id left join billing_accounts b on b.account_id = u.account_id
            where u.id = ? for no key update of a`,
          [uniqueId],
        );
        const u = rows[0];
        if (!u) return undefined;
        // A separate statement: its snapshot is taken after the lock, so it sees holds committed meanwhile.
        const held = await trx.raw(
          `select coalesce(sum(amount), 0)::bigint as reserved, bool_or(call_id = ?) as mine,
                  max(max_seconds) filter (where call_id = ?) as my_seconds, max(amount) filter (where call_id = ?) as my_amount
             from call_reservations where account_id = ? and expires_at > now()`,
          [callId, callId, callId, u.account_id],
        );
        const h = held.rows[0];
        if (h.mine) return { replayed: true as const, hold: { amount: Number(h.my_amount), maxSeconds: Number(h.my_seconds), ttlSeconds: 0 } };
        const decision = decide({
          accountId: u.account_id,
          circleId: u.circle_id,
          uniqueStatus: u.status,
          outboundProhibited: u.outbound_prohibited,
          suspended: u.suspended_at !== null,
          balance: u.balance,
          reserved: Number(h.reserved),
        });
        if (decision.hold && decision.hold.amount > 0) {
          await trx.raw(
            `insert into call_reservations (call_id, account_id, unique_id, amount, max_seconds, expires_at)
             values (?, ?, ?, ?, ?, now() + make_interval(secs => ?)) on conflict (call_id) do nothing`,
            [callId, u.account_id, uniqueId, decision.hold.amount, decision.hold.maxSeconds, decision.hold.ttlSeconds],
          );
        }
        return decision;
      });
    },

    /** Removes holds that expired a while ago (their calls never reported a CDR). */
    async purgeExpired(olderThanSeconds: number): Promise<number> {
      return db('call_reservations').whereRaw('expires_at < now() - make_interval(secs => ?)', [olderThanSeconds]).delete();
    },

    async activeFor(accountId: string): Promise<number> {
      const { rows } = await db.raw('select coalesce(sum(amount), 0)::bigint as s from call_reservations where account_id = ? and expires_at > now()', [accountId]);
      return Number(rows[0].s);
    },
  };
}

export type ReservationsStore = ReturnType<typeof createReservationsStore>;
