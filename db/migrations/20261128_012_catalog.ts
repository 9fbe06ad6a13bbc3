import type { Knex } from 'knex';

/**
 * The catalog desk: versions of the service and overseas-number prices, each from its valid_from,
 * and the receipts of device stock with who received what and the stock it left.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('price_versions', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.text('kind').notNullable();
    // '' for the domestic kinds, so that (kind, country) is one key without nulls.
    t.text('country').notNullable().defaultTo('');
    // Yen, tax excluded.
    t.integer('monthly').notNullable();
    t.integer('initial').notNullable();
    t.timestamp('valid_from', { useTz: true }).notNullable();
    // Null for the versions seeded from the environment.
    t.uuid('created_by').nullable().references('staff.id');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.text('note').nullable();
    // A scheduled version withdrawn before it took effect stays as a record.
    t.timestamp('cancelled_at', { useTz: true }).nullable();
    t.uuid('cancelled_by').nullable().references('staff.id');
  });
  await knex.raw('alter table price_versions add constraint price_versions_amounts_ck check (monthly >= 0 and initial >= 0)');
  await knex.raw(
    `alter table price_versions add constraint price_versions_country_ck check ((kind = 'overseas') = (country ~ '^[A-Z]{2}$') and (kind = 'overseas' or country = ''))`,
  );
  // Two live versions of one key never start at the same instant, so "the latest valid_from" is one row.
  await knex.raw('create unique index price_versions_key_from_uq on price_versions (kind, country, valid_from) where cancelled_at is null');

  await knex.schema.createTable('device_stock_receipts', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.text('model_code').notNullable().references('device_models.code');
    t.integer('quantity').notNullable();
    t.integer('stock_after').notNullable();
    t.text('note').notNullable().defaultTo('');
    t.uuid('received_by').notNullable().references('staff.id');
    t.timestamp('received_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.bigInteger('stock_move_id').notNullable().references('device_stock_moves.id');
    // The Idempotency-Key: a retried receipt adds its units once, even after the key's API record expires.
    t.text('request_key').nullable();
    t.unique(['received_by', 'request_key']);
    t.index(['model_code', 'received_at']);
  });
  await knex.raw('alter table device_stock_receipts add constraint device_stock_receipts_quantity_ck check (quantity > 0)');
}

/** Drops the catalog desk's tables. */
export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('device_stock_receipts');
  await knex.schema.dropTableIfExists('price_versions');
}
