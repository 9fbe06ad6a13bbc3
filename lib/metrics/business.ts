import type { Knex } from 'knex';
import { Counter, Gauge, Registry } from 'prom-client';

/** How the scrape-time queries behave; the defaults suit production, tests shorten the ledger's settling time. */
export interface BusinessMetricsOptions {
  /** A scrape gives PostgreSQL this long (statement timeout and overall), then reports `pbx_business_metrics_up 0`. */
  timeoutMs?: number;
  /**
   * A ledger row is counted once it is this old. IDs come from a sequence but rows become visible
   * at commit, so a young row may still have an uncommitted neighbour with a smaller ID; waiting
   * longer than any ledger transaction lasts means none is skipped.
   */
  ledgerSettleMs?: number;
  /** Ledger rows read per scrape, so that a new process catches up with a long ledger over a few scrapes. */
  ledgerChunk?: number;
}

/** What one round of queries found; the gauges show it. */
interface Snapshot {
  orders: Array<{ kind: string; status: string; n: number }>;
  mail: Backlog;
  webhookEvents: Backlog;
  webhookDeliveries: Backlog;
  cdrs: Backlog;
}

interface Backlog {
  n: number;
  /** Seconds since the oldest waiting row arrived; 0 when nothing waits. */
  age: number;
}

// Each query is served by an index: orders (kind, status), the partial indexes of unrated CDRs,
// undispatched events, pending deliveries and pending mails.
const BACKLOGS = {
  mail: `select count(*)::int as n, coalesce(extract(epoch from now() - min(created_at)), 0)::float8 as age
           from mail_outbox where status = 'pending'`,
  webhookEvents: `select count(*)::int as n, coalesce(extract(epoch from now() - min(occurred_at)), 0)::float8 as age
                    from events where dispatched_at is null`,
  webhookDeliveries: `select count(*)::int as n, coalesce(extract(epoch from now() - min(created_at)), 0)::float8 as age
                        from webhook_deliveries where status = 'pending'`,
  // The oldest unrated CDR by arrival order (the index's seq), so one heap row is read for the age.
  cdrs: `select (select count(*) from cdrs where rated_at is null)::int as n,
                coalesce((select extract(epoch from now() - received_at) from cdrs where rated_at is null order by seq limit 1), 0)::float8 as age`,
} as const;

/**
 * Business gauges computed from PostgreSQL when Prometheus scrapes (not per-request counters):
 * orders by kind and status, the mail outbox, webhook events and deliveries waiting, CDRs waiting
 * to be rated (the rating lag), and ledger movements counted incrementally by kind. Registers them
 * in the given registry; one scrape runs one short transaction, shared by every gauge.
 */
export function registerBusinessMetrics(registry: Registry, db: Knex, options: BusinessMetricsOptions = {}): void {
  const timeoutMs = options.timeoutMs ?? 2000;
  const ledger = ledgerCounter(options.ledgerSettleMs ?? 120_000, options.ledgerChunk ?? 100_000);
  let inFlight: Promise<Snapshot | undefined> | undefined;

  // A scrape calls every gauge's collect() at once: they share the round of queries in flight.
  const snapshot = (): Promise<Snapshot | undefined> => {
    inFlight ??= withTimeout(query(db, timeoutMs, ledger), timeoutMs)
      .then(
        (s) => (up.set(1), s),
        () => (up.set(0), undefined),
      )
      .finally(() => (inFlight = undefined));
    return inFlight;
  };
  const registers = [registry];

  const up = new Gauge({
    name: 'pbx_business_metrics_up',
    help: 'Whether the last scrape could read the business figures from PostgreSQL (1) or not (0: the backlog gauges read NaN and the counters stand still)',
    registers,
  });
  const backlogGauges = (what: keyof Omit<Snapshot, 'orders'>, name: string, help: string, ageName: string, ageHelp: string) => {
    new Gauge({
      name,
      help,
      registers,
      async collect() {
        const s = await snapshot();
        // Unknown is NaN, not 0: a lag of 0 while the database is down would read as all clear.
        this.set(s ? s[what].n : NaN);
      },
    });
    new Gauge({
      name: ageName,
      help: ageHelp,
      registers,
      async collect() {
        const s = await snapshot();
        this.set(s ? s[what].age : NaN);
      },
    });
  };

  new Gauge({
    name: 'pbx_orders',
    help: 'Orders by kind and status (started = all statuses; completed and failed are statuses)',
    labelNames: ['kind', 'status'],
    registers,
    async collect() {
      const s = await snapshot();
      this.reset();
      for (const o of s?.orders ?? []) this.set({ kind: o.kind, status: o.status }, o.n);
    },
  });
  backlogGauges(
    'mail',
    'pbx_mail_outbox_pending',
    'Mails written to the outbox and not yet accepted by the SMTP server',
    'pbx_mail_outbox_oldest_age_seconds',
    'Age of the oldest pending mail; 0 when none waits',
  );
  backlogGauges(
    'webhookEvents',
    'pbx_webhook_events_undispatched',
    'Events not yet turned into deliveries by the webhook dispatcher',
    'pbx_webhook_events_oldest_age_seconds',
    'Age of the oldest undispatched event; 0 when none waits',
  );
  backlogGauges(
    'webhookDeliveries',
    'pbx_webhook_deliveries_pending',
    'Webhook deliveries not yet succeeded, failed or skipped',
    'pbx_webhook_deliveries_oldest_age_seconds',
    'Age of the oldest pending webhook delivery; 0 when none waits',
  );
  backlogGauges(
    'cdrs',
    'pbx_cdrs_unrated',
    'Call records received and not yet rated',
    'pbx_cdr_rating_lag_seconds',
    'The rating lag: age of the oldest unrated call record since it arrived; 0 when none waits',
  );

  const movements = new Counter({
    name: 'pbx_ledger_movements_total',
    help: 'Ledger entries by kind and direction (credit, debit), counted once they are two minutes old',
    labelNames: ['kind', 'direction'],
    registers,
    async collect() {
      await snapshot();
    },
  });
  const yen = new Counter({
    name: 'pbx_ledger_amount_yen_total',
    help: 'Yen moved through the ledger by kind and direction (absolute amounts), counted once two minutes old',
    labelNames: ['kind', 'direction'],
    registers,
    async collect() {
      await snapshot();
    },
  });
  ledger.onRows = (rows) => {
    for (const r of rows) {
      const labels = { kind: r.kind, direction: r.direction };
      movements.inc(labels, r.n);
      yen.inc(labels, Number(r.yen));
    }
  };
}

interface LedgerRows {
  kind: string;
  direction: 'credit' | 'debit';
  n: number;
  yen: string;
}

interface LedgerCounter {
  onRows: (rows: LedgerRows[]) => void;
  /** Reads the next settled ledger rows after the cursor within the transaction and reports them once. */
  advance(trx: Knex.Transaction): Promise<void>;
}

/** Counts the append-only ledger from a cursor (its primary key), so each scrape reads only new rows. */
function ledgerCounter(settleMs: number, chunk: number): LedgerCounter {
  let cursor = '0';
  const counter: LedgerCounter = {
    onRows: () => undefined,
    async advance(trx) {
      // Stop at the first row not yet settled (in ID order): everything below it is final.
      const { rows } = await trx.raw<{ rows: Array<LedgerRows & { last: string | null }> }>(
        `with next as (select id, kind, amount, created_at from ledger_entries where id > ? order by id limit ?),
              settled as (select * from next where id < coalesce(
                (select min(id) from next where created_at > clock_timestamp() - make_interval(secs => ?)), 'infinity'::numeric))
         select kind, case when amount > 0 then 'credit' else 'debit' end as direction,
                count(*)::int as n, sum(abs(amount))::text as yen, max(id)::text as last
           from settled group by 1, 2`,
        [cursor, chunk, settleMs / 1000],
      );
      if (rows.length === 0) return;
      counter.onRows(rows);
      cursor = rows.reduce((max, r) => (BigInt(r.last!) > BigInt(max) ? r.last! : max), cursor);
    },
  };
  return counter;
}

async function query(db: Knex, timeoutMs: number, ledger: LedgerCounter): Promise<Snapshot> {
  return db.transaction(
    async (trx) => {
      await trx.raw(`set local statement_timeout = ${Math.max(1, Math.round(timeoutMs))}`);
      const orders = (
        await trx.raw<{ rows: Snapshot['orders'] }>('select kind, status, count(*)::int as n from orders group by kind, status')
      ).rows;
      const backlog = async (sql: string) => (await trx.raw<{ rows: Backlog[] }>(sql)).rows[0] ?? { n: 0, age: 0 };
      const snapshot: Snapshot = {
        orders,
        mail: await backlog(BACKLOGS.mail),
        webhookEvents: await backlog(BACKLOGS.webhookEvents),
        webhookDeliveries: await backlog(BACKLOGS.webhookDeliveries),
        cdrs: await backlog(BACKLOGS.cdrs),
      };
      await ledger.advance(trx);
      return snapshot;
    },
    { readOnly: true },
  );
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('metrics query timed out')), ms).unref())]);
}
