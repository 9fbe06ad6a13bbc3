import type { Knex } from 'knex';

/**
 * Call billing: the rate table, call reservations, call records (CDRs), the per-account billing
 * state (owed fees, grace, suspension, low-balance notice), monthly fee charges and the per-month
 * tax accumulator that keeps debits equal to the qualified invoice.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('rates', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    // outbound: what the caller pays; inbound: what the holder of a received number pays (free call).
    t.text('direction').notNullable().defaultTo('outbound');
    // National digits (0120, 090, 110) or 010 + country code for international.
    t.text('prefix').notNullable();
    // fixed | mobile | ip050 | freecall | navidial | international | emergency | barred
    t.text('class').notNullable();
    t.text('description').notNullable();
    // Money in 1/1000 yen so that rates like ¥8.8 per minute stay exact.
    t.bigInteger('connect_fee_milli').notNullable().defaultTo(0);
    t.bigInteger('unit_price_milli').notNullable();
    t.integer('unit_seconds').notNullable();
    t.integer('increment_seconds').notNullable();
    t.integer('tax_rate').notNullable();
    t.timestamp('valid_from', { useTz: true }).notNullable();
    t.timestamp('valid_to', { useTz: true }).nullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.unique(['direction', 'prefix', 'valid_from']);
  });
  await knex.raw(`alter table rates add constraint rates_sane_ck check (
    unit_seconds > 0 and increment_seconds > 0 and connect_fee_milli >= 0 and unit_price_milli >= 0
    and tax_rate in (0, 8, 10) and direction in ('outbound','inbound') and (valid_to is null or valid_to > valid_from))`);

  await knex.schema.createTable('call_reservations', (t) => {
    t.text('call_id').primary();
    t.uuid('account_id').notNullable();
    t.uuid('unique_id').notNullable();
    // Yen, tax included: what the call may cost at most.
    t.bigInteger('amount').notNullable();
    t.integer('max_seconds').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('expires_at', { useTz: true }).notNullable();
    t.index(['account_id', 'expires_at']);
  });

  // The longest affordable call, as domain/billing/rating.ts#affordableCall computes it (a test
  // keeps the two equal): whole increments, connect fee and tax counted, capped; null when even
  // the first increment is too dear.
  await knex.raw(`
    create function billing_allowance(avail bigint, connect bigint, price bigint, unit int, inc int, tax int, cap int,
                                      out max_seconds int, out reserve bigint)
    language plpgsql immutable as $$
    declare lo int := 1; hi int := greatest(1, ceil(cap::numeric / inc)::int); mid int; y bigint;
    begin
      if connect = 0 and price = 0 then max_seconds := cap; reserve := 0; return; end if;
      y := (connect * unit + inc::bigint * price + unit * 1000 - 1) / (unit * 1000);
      if y + (y * tax + 99) / 100 > avail then return; end if;
      while lo < hi loop
        mid := (lo + hi + 1) / 2;
        y := (connect * unit + mid::bigint * inc * price + unit * 1000 - 1) / (unit * 1000);
        if y + (y * tax + 99) / 100 <= avail then lo := mid; else hi := mid - 1; end if;
      end loop;
      y := (connect * unit + lo::bigint * inc * price + unit * 1000 - 1) / (unit * 1000);
      max_seconds := least(cap, lo * inc);
      reserve := y + (y * tax + 99) / 100;
    end $$`);

  // One round trip per authorisation: lock the account, check the unique and the suspension, sum
  // the holds (a fresh snapshot after the lock, so concurrent holds are seen) and record the hold.
  await knex.raw(`
    create function billing_authorize(p_unique uuid, p_call text, connect bigint, price bigint, unit int, inc int, tax int, cap int, slack int,
                                      out outcome text, out max_seconds int, out reserved bigint)
    language plpgsql as $$
    declare u record; held bigint; a record;
    begin
      select un.account_id, un.status, un.outbound_prohibited, ac.balance, b.suspended_at into u
        from uniques un join accounts ac on ac.id = un.account_id left join billing_accounts b on b.account_id = un.account_id
       where un.id = p_unique for no key update of ac;
      if not found then outcome := 'unknown_unique'; return; end if;
      select r.max_seconds, r.amount into a from call_reservations r where r.call_id = p_call and r.expires_at > now();
      if found then outcome := 'allowed'; max_seconds := a.max_seconds; reserved := a.amount; return; end if;
      if u.status <> 'active' then outcome := 'unique_inactive'; return; end if;
      if u.outbound_prohibited then outcome := 'outbound_prohibited'; return; end if;
      if u.suspended_at is not null then outcome := 'suspended'; return; end if;
      select coalesce(sum(r.amount), 0) into held from call_reservations r where r.account_id = u.account_id and r.expires_at > now();
      select * into a from billing_allowance(u.balance - held, connect, price, unit, inc, tax, cap);
      if a.max_seconds is null then outcome := 'insufficient_balance'; return; end if;
      if a.reserve > 0 then
        -- A hold lives minutes and is re-derived from live calls; not waiting for the WAL flush
        -- halves the authorisation's latency, and a crash can lose only the last instant's holds.
        perform set_config('synchronous_commit', 'off', true);
        insert into call_reservations (call_id, account_id, unique_id, amount, max_seconds, expires_at)
        values (p_call, u.account_id, p_unique, a.reserve, a.max_seconds, now() + make_interval(secs => a.max_seconds + slack))
        on conflict (call_id) do nothing;
      end if;
      outcome := 'allowed'; max_seconds := a.max_seconds; reserved := a.reserve;
    end $$`);

  await knex.raw('create sequence cdr_rating_batch_seq');
  await knex.schema.createTable('cdrs', (t) => {
    t.text('call_id').primary();
    t.bigIncrements('seq', { primaryKey: false });
    t.uuid('account_id').notNullable();
    t.uuid('circle_id').notNullable();
    t.uuid('unique_id').notNullable();
    t.text('direction').notNullable();
    t.text('destination').notNullable();
    t.timestamp('started_at', { useTz: true }).notNullable();
    t.integer('duration_seconds').notNullable();
    t.timestamp('received_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    // Filled by rating, all at once, in the transaction that debits the ledger.
    t.timestamp('rated_at', { useTz: true }).nullable();
    t.bigInteger('batch_id').nullable();
    t.uuid('rate_id').nullable();
    t.text('class').nullable();
    t.uuid('charged_account_id').nullable();
    // Yen, tax excluded, rounded up per call.
    t.bigInteger('cost').nullable();
    t.integer('tax_rate').nullable();
    // Japan-time month of the call start (YYYY-MM): the statement it belongs to.
    t.text('month').nullable();
  });
  await knex.raw('create index cdrs_unrated_idx on cdrs (seq) where rated_at is null');
  // Rating turns every row over once: vacuum early so the unrated index does not fill with dead entries.
  await knex.raw('alter table cdrs set (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_insert_scale_factor = 0.02)');
  // Few indexes on purpose: every one is written twice per call (ingest, rating). Circle, unique and
  // statement queries narrow the account's index, which is what a page or a month reads anyway.
  await knex.raw('create index cdrs_account_started_idx on cdrs (account_id, started_at desc, call_id)');

  await knex.schema.createTable('billing_accounts', (t) => {
    t.uuid('account_id').primary().references('accounts.id');
    // Months whose fees could not be paid yet (YYYY-MM), oldest first.
    t.specificType('owed_months', 'text[]').notNullable().defaultTo('{}');
    t.bigInteger('owed_amount').notNullable().defaultTo(0);
    t.timestamp('grace_until', { useTz: true }).nullable();
    // Outbound calls (except emergency) are refused while set.
    t.timestamp('suspended_at', { useTz: true }).nullable();
    // True while the balance is below the threshold and the notice for this crossing went out.
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });

  await knex.schema.createTable('monthly_charges', (t) => {
    t.text('item_type').notNullable(); // unique | number
    t.uuid('item_id').notNullable();
    t.text('month').notNullable();
    t.uuid('account_id').notNullable().references('accounts.id');
    t.text('kind').notNullable();
    t.text('label').notNullable();
    t.bigInteger('amount').notNullable();
    t.bigInteger('tax').notNullable();
    t.integer('tax_rate').notNullable();
    t.timestamp('charged_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.primary(['item_type', 'item_id', 'month']);
    t.index(['account_id', 'month']);
  });

  // Tax is rounded once per rate per month: each debit adds only the change of the rounded total.
  await knex.schema.createTable('billing_month_totals', (t) => {
    t.uuid('account_id').notNullable().references('accounts.id');
    t.text('month').notNullable();
    t.integer('tax_rate').notNullable();
    t.bigInteger('taxable').notNullable().defaultTo(0);
    t.bigInteger('tax').notNullable().defaultTo(0);
    t.primary(['account_id', 'month', 'tax_rate']);
  });
}

/** Drops the billing tables. */
export async function down(knex: Knex): Promise<void> {
  for (const table of ['billing_month_totals', 'monthly_charges', 'billing_accounts', 'cdrs', 'call_reservations', 'rates']) {
    await knex.schema.dropTableIfExists(table);
  }
  await knex.raw('drop sequence if exists cdr_rating_batch_seq');
  await knex.raw('drop function if exists billing_authorize(uuid, text, bigint, bigint, int, int, int, int, int)');
  await knex.raw('drop function if exists billing_allowance(bigint, bigint, bigint, int, int, int, int)');
}
