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
    t.boolean('low_balance_notified').notNullable().defaultTo(false);
    t.integer('low_balance_crossings').notNullable().defaultTo(0);
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
}
