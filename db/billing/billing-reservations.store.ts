import type { Knex } from 'knex';

import type { Tariff } from '../../domain/billing/rating';

/** How an authorisation ended in the database: allowed with a hold, or the refusal. */
export type HoldOutcome =
  'allowed' | 'unknown_unique' | 'unique_inactive' | 'outbound_prohibited' | 'suspended' | 'no_caller_id' | 'insufficient_balance';

/** How a received free call's authorisation ended: the number's holder pays. */
export type InboundHoldOutcome = 'allowed' | 'unknown_number' | 'suspended' | 'insufficient_balance';

/** The tariff and cap as the authorisation and allowance functions take them. */
const tariffArgs = (t: Tariff, capSeconds: number) => [
  t.connectFeeMilli,
  t.unitPriceMilli,
  t.unitSeconds,
  t.incrementSeconds,
  t.taxRate,
  capSeconds,
];

/**
 * Joined into both authorisation statements: their whole transaction commits without waiting for
 * the WAL flush. The functions turn that on only where they insert a hold, but they take the
 * account's row lock first, and a locked row makes even a free call (0120, no hold), a repeated
 * call ID or a refusal a transaction that flushes at commit: one disk flush per such call, and
 * every authorisation behind it waits for the WAL write lock (1 in 9 calls of the bench's mix,
 * a third of an authorisation's time in PostgreSQL). A crash can lose only that lock, which ends
 * with the transaction anyway, or the hold, as the functions already accept.
 */
const ASYNC_COMMIT = `set_config('synchronous_commit', 'off', true)`;

/**
 * Runs one statement as a named prepared statement on a pooled connection, past knex's query
 * builder: PostgreSQL parses and plans it once per connection instead of once per call, and the
 * API skips knex's per-query work. For the one statement that runs at every call set-up.
 */
async function preparedQuery(db: Knex, name: string, text: string, values: unknown[]): Promise<unknown[]> {
  const conn = (await db.client.acquireConnection()) as {
    query(q: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
  };
  try {
    return (await conn.query({ name, text, values })).rows;
  } finally {
    await db.client.releaseConnection(conn);
  }
}

/**
 * Call reservations: the money held by calls in progress. Each authorisation holds the account's
 * row lock while it sums and adds holds, so concurrent calls see each other's holds and never overspend.
 */
export function createReservationsStore(db: Knex) {
  return {
    /** Reads the unique, its account and caller-ID number without locking (emergency calls need no money). */
    async caller(uniqueId: string): Promise<{ accountId: string; circleId: string; callerId: string | null } | undefined> {
      const { rows } = await db.raw(
        `select u.account_id, u.circle_id, n.number as caller_id
           from uniques u left join phone_numbers n on n.id = u.caller_id_number_id and n.status = 'active'
          where u.id = ?`,
        [uniqueId],
      );
      return rows[0] && { accountId: rows[0].account_id, circleId: rows[0].circle_id, callerId: rows[0].caller_id };
    },

    /**
     * Decides and holds in one round trip (the billing_authorize function of migration 007): under
     * the account's row lock it checks the unique and the suspension, sums the other calls' holds
     * and records this call's hold. The same call ID again gets its existing hold back.
     */
    async hold(
      uniqueId: string,
      callId: string,
      t: Tariff,
      capSeconds: number,
      slackSeconds: number,
    ): Promise<{ outcome: HoldOutcome; maxSeconds: number | null; reserved: number; callerId: string | null }> {
      const rows = await preparedQuery(
        db,
        'billing_authorize',
        `select r.* from billing_authorize($1, $2, $3, $4, $5, $6, $7, $8, $9) r, ${ASYNC_COMMIT}`,
        [uniqueId, callId, ...tariffArgs(t, capSeconds), slackSeconds],
      );
      const r = rows[0] as { outcome: HoldOutcome; max_seconds: number | null; reserved: number | null; caller_id: string | null };
      return { outcome: r.outcome, maxSeconds: r.max_seconds, reserved: Number(r.reserved ?? 0), callerId: r.caller_id };
    },

    /**
     * The same for a received free call (the billing_authorize_inbound function of migration 021):
     * the hold is on the account that holds the number called.
     */
    async holdInbound(
      number: string,
      callId: string,
      t: Tariff,
      capSeconds: number,
      slackSeconds: number,
    ): Promise<{ outcome: InboundHoldOutcome; maxSeconds: number | null; reserved: number }> {
      const rows = await preparedQuery(
        db,
        'billing_authorize_inbound',
        `select r.* from billing_authorize_inbound($1, $2, $3, $4, $5, $6, $7, $8, $9) r, ${ASYNC_COMMIT}`,
        [number, callId, ...tariffArgs(t, capSeconds), slackSeconds],
      );
      const r = rows[0] as { outcome: InboundHoldOutcome; max_seconds: number | null; reserved: number | null };
      return { outcome: r.outcome, maxSeconds: r.max_seconds, reserved: Number(r.reserved ?? 0) };
    },

    /** Whether one of our numbers is in service (a received call that costs nothing needs no hold). */
    async numberInService(number: string): Promise<boolean> {
      const { rows } = await db.raw(`select 1 from phone_numbers where number = ? and status = 'active'`, [number]);
      return rows.length > 0;
    },

    /** The longest affordable call as the database computes it (kept equal to affordableCall by a test). */
    async allowance(availableYen: number, t: Tariff, capSeconds: number): Promise<{ maxSeconds: number; reserve: number } | null> {
      const { rows } = await db.raw('select * from billing_allowance(?, ?, ?, ?, ?, ?, ?)', [availableYen, ...tariffArgs(t, capSeconds)]);
      return rows[0].max_seconds === null ? null : { maxSeconds: rows[0].max_seconds, reserve: Number(rows[0].reserve) };
    },

    /** Removes holds that expired a while ago (their calls never reported a CDR). */
    async purgeExpired(olderThanSeconds: number): Promise<number> {
      return db('call_reservations').whereRaw('expires_at < now() - make_interval(secs => ?)', [olderThanSeconds]).delete();
    },

    /** Yen on hold for the account's calls in progress: the running total less holds that expired but are not purged yet. */
    async activeFor(accountId: string): Promise<number> {
      const { rows } = await db.raw(
        `select a.held_yen - coalesce((select sum(r.amount) from call_reservations r where r.account_id = a.id and r.expires_at <= now()), 0) as s
           from accounts a where a.id = ?`,
        [accountId],
      );
      return Number(rows[0]?.s ?? 0);
    },
  };
}

export type ReservationsStore = ReturnType<typeof createReservationsStore>;
