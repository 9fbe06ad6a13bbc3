import type { Knex } from 'knex';

/** One call record as the PBX reports it, after validation. */
export interface CdrInput {
  callId: string;
  uniqueId: string;
  direction: 'outbound' | 'inbound';
  destination: string;
  startedAt: Date;
  durationSeconds: number;
}

/** A call as the history shows it; cost is null until rated. */
export interface CallRecord {
  callId: string;
  accountId: string;
  circleId: string;
  uniqueId: string;
  direction: 'outbound' | 'inbound';
  destination: string;
  startedAt: Date;
  durationSeconds: number;
  class: string | null;
  cost: number | null;
  taxRate: number | null;
  chargedAccountId: string | null;
  ratedAt: Date | null;
}

type CdrRow = {
  call_id: string;
  account_id: string;
  circle_id: string;
  unique_id: string;
  direction: 'outbound' | 'inbound';
  destination: string;
  started_at: Date;
  duration_seconds: number;
  class: string | null;
  cost: number | null;
  tax_rate: number | null;
  charged_account_id: string | null;
  rated_at: Date | null;
};

const toRecord = (r: CdrRow): CallRecord => ({
  callId: r.call_id,
  accountId: r.account_id,
  circleId: r.circle_id,
  uniqueId: r.unique_id,
  direction: r.direction,
  destination: r.destination,
  startedAt: r.started_at,
  durationSeconds: r.duration_seconds,
  class: r.class,
  cost: r.cost,
  taxRate: r.tax_rate,
  chargedAccountId: r.charged_account_id,
  ratedAt: r.rated_at,
});

/** Sums of one rated batch for one account, month and tax rate: what the ledger and the tax accumulator take. */
export interface RatedGroup {
  accountId: string;
  month: string;
  taxRate: number;
  taxable: number;
  calls: number;
}

/** Which calls a history page shows: the account's, one circle's or one unique's. */
export interface CallScope {
  accountId: string;
  circleId?: string;
  uniqueId?: string;
}

/** Filters and keyset position of a history page. */
export interface CallQuery {
  from?: Date;
  to?: Date;
  limit: number;
  after?: { startedAt: Date; callId: string };
}

// The cost formula of domain/billing/rating.ts#callCost, in integer SQL: exact, rounded up once per call.
const COST_SQL = `case when r.id is null or c.duration_seconds <= 0 then 0
  else (r.connect_fee_milli * r.unit_seconds
        + ((c.duration_seconds + r.increment_seconds - 1) / r.increment_seconds) * r.increment_seconds * r.unit_price_milli
        + r.unit_seconds * 1000 - 1) / (r.unit_seconds * 1000) end`;

// Longest-prefix match on the rate valid when the call started; prefixes are at most 10 digits.
const PREFIXES_SQL = `array[left(c.destination,1), left(c.destination,2), left(c.destination,3), left(c.destination,4), left(c.destination,5),
  left(c.destination,6), left(c.destination,7), left(c.destination,8), left(c.destination,9), left(c.destination,10)]`;

/** Call records: set-based ingest, set-based rating, history and totals. */
export function createCdrsStore(db: Knex) {
  const scoped = (scope: CallScope) => {
    const q = db<CdrRow>('cdrs');
    if (scope.uniqueId) q.where({ unique_id: scope.uniqueId, account_id: scope.accountId });
    else if (scope.circleId) q.where({ circle_id: scope.circleId, account_id: scope.accountId });
    else q.where({ account_id: scope.accountId });
    return q;
  };

  return {
    /** The uniques among the IDs that exist, so unknown ones can be reported per record. */
    async knownUniques(ids: string[]): Promise<Set<string>> {
      if (ids.length === 0) return new Set();
      const { rows } = await db.raw('select id from uniques where id = any(?::uuid[])', [ids]);
      return new Set(rows.map((r: { id: string }) => r.id));
    },

    /**
     * Inserts a batch in one statement; a call ID seen before is skipped, so a re-posted CDR counts
     * once. Reservations of these calls are settled (removed) in the same statement. A call billed
     * against a reservation is billed for at most the seconds it was granted: the PBX cuts it then,
     * and the second its timer may overrun is not the customer's (nor more than was held).
     */
    async ingest(records: CdrInput[]): Promise<{ inserted: Set<string> }> {
      if (records.length === 0) return { inserted: new Set() };
      const cols = {
        call_id: records.map((r) => r.callId),
        unique_id: records.map((r) => r.uniqueId),
        direction: records.map((r) => r.direction),
        destination: records.map((r) => r.destination),
        started_at: records.map((r) => r.startedAt.toISOString()),
        duration_seconds: records.map((r) => r.durationSeconds),
      };
      const { rows } = await db.raw(
        `with input as (
           select * from unnest(?::text[], ?::uuid[], ?::text[], ?::text[], ?::timestamptz[], ?::int[])
             as t(call_id, unique_id, direction, destination, started_at, duration_seconds)
         ), settled as (
           delete from call_reservations where call_id = any(?::text[]) returning call_id, max_seconds
         )
         insert into cdrs (call_id, account_id, circle_id, unique_id, direction, destination, started_at, duration_seconds)
         select i.call_id, u.account_id, u.circle_id, i.unique_id, i.direction, i.destination, i.started_at,
                least(i.duration_seconds, s.max_seconds)
           from input i join uniques u on u.id = i.unique_id
           left join settled s on s.call_id = i.call_id
         on conflict (call_id) do nothing
         returning call_id`,
        [cols.call_id, cols.unique_id, cols.direction, cols.destination, cols.started_at, cols.duration_seconds, cols.call_id],
      );
      return { inserted: new Set(rows.map((r: { call_id: string }) => r.call_id)) };
    },

    /**
     * Rates up to `limit` unrated CDRs after `afterSeq` inside the caller's transaction: picks them
     * (skip locked, so parallel raters never collide), prices them against the rate valid at call start, marks them
     * rated with the batch ID, and returns the sums per charged account, month and tax rate.
     */
    async rateBatch(
      trx: Knex.Transaction,
      batchId: number,
      limit: number,
      afterSeq = 0,
    ): Promise<{ groups: RatedGroup[]; maxSeq: number }> {
      const { rows } = await trx.raw(
        `with picked as (
           select call_id, seq from cdrs where rated_at is null and seq > ? order by seq limit ? for update skip locked
         ), priced as (
           select c.call_id,
                  r.id as rate_id,
                  coalesce(r.class, case when c.direction = 'inbound' then 'inbound' else 'unknown' end) as class,
                  case when c.direction = 'inbound' and r.id is not null then coalesce(n.account_id, c.account_id) else c.account_id end as charged_account_id,
                  ${COST_SQL} as cost,
                  coalesce(r.tax_rate, 10) as tax_rate,
                  to_char(c.started_at at time zone 'Asia/Tokyo', 'YYYY-MM') as month
             from cdrs c
             join picked p on p.call_id = c.call_id
             left join phone_numbers n on c.direction = 'inbound' and n.number = c.destination
             left join lateral (
               select * from rates r
                where r.direction = c.direction and r.prefix = any(${PREFIXES_SQL})
                  and r.valid_from <= c.started_at and (r.valid_to is null or r.valid_to > c.started_at)
                order by length(r.prefix) desc, r.valid_from desc limit 1
             ) r on true
         ), updated as (
           update cdrs c set rated_at = now(), batch_id = ?, rate_id = p.rate_id, class = p.class,
                  charged_account_id = p.charged_account_id, cost = p.cost, tax_rate = p.tax_rate, month = p.month
             from priced p where c.call_id = p.call_id
           returning c.charged_account_id, c.month, c.tax_rate, c.cost
         )
         select charged_account_id as "accountId", month, tax_rate as "taxRate", sum(cost)::bigint as taxable, count(*)::int as calls,
                (select max(seq) from picked)::bigint as "maxSeq"
           from updated group by 1, 2, 3 order by 1, 2, 3`,
        [afterSeq, limit, batchId],
      );
      const groups = (rows as Array<RatedGroup & { maxSeq: number }>).map(({ maxSeq: _m, ...g }) => g);
      return { groups, maxSeq: rows[0]?.maxSeq ?? afterSeq };
    },

    /** Runs one rating batch's statements in a single transaction. */
    transaction<T>(fn: (trx: Knex.Transaction) => Promise<T>): Promise<T> {
      return db.transaction(fn);
    },

    async nextBatchId(trx: Knex.Transaction): Promise<number> {
      const { rows } = await trx.raw(`select nextval('cdr_rating_batch_seq')::bigint as id`);
      return Number(rows[0].id);
    },

    async countUnrated(): Promise<number> {
      const { rows } = await db.raw('select count(*)::int as n from cdrs where rated_at is null');
      return rows[0].n;
    },

    async get(callId: string): Promise<CallRecord | undefined> {
      const row = await db<CdrRow>('cdrs').where({ call_id: callId }).first();
      return row && toRecord(row);
    },

    /** Newest first, keyset-paged by (start, call ID). */
    async history(scope: CallScope, q: CallQuery): Promise<CallRecord[]> {
      const query = scoped(scope)
        .orderBy([
          { column: 'started_at', order: 'desc' },
          { column: 'call_id', order: 'desc' },
        ])
        .limit(q.limit);
      if (q.from) query.where('started_at', '>=', q.from);
      if (q.to) query.where('started_at', '<', q.to);
      if (q.after) query.whereRaw('(started_at, call_id) < (?, ?)', [q.after.startedAt, q.after.callId]);
      return (await query).map(toRecord);
    },

    /** Totals per Japan-time day or month: calls, seconds, rated cost, and calls not yet rated. */
    async totals(scope: CallScope, q: { from?: Date; to?: Date; period: 'day' | 'month' }) {
      const format = q.period === 'day' ? 'YYYY-MM-DD' : 'YYYY-MM';
      const query = scoped(scope)
        .select(
          db.raw(`to_char(started_at at time zone 'Asia/Tokyo', '${format}') as period`),
          db.raw('count(*)::int as calls'),
          db.raw('coalesce(sum(duration_seconds), 0)::bigint as seconds'),
          db.raw('coalesce(sum(cost), 0)::bigint as cost'),
          db.raw('(count(*) filter (where rated_at is null))::int as unrated'),
        )
        .groupBy('period')
        .orderBy('period');
      if (q.from) query.where('started_at', '>=', q.from);
      if (q.to) query.where('started_at', '<', q.to);
      return (await query) as unknown as Array<{ period: string; calls: number; seconds: number; cost: number; unrated: number }>;
    },
  };
}

export type CdrsStore = ReturnType<typeof createCdrsStore>;
