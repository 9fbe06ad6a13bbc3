import type { Knex } from 'knex';

/**
 * The core of the services an account pays for monthly: uniques (SIP endpoints) and phone
 * numbers. Purchase, settings and billing each add their own columns and tables on top.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('uniques', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('account_id').notNullable().references('accounts.id');
    t.uuid('circle_id').notNullable().references('circles.id');
    t.uuid('order_id').nullable();
    // sip_terminal | cloud_fax | ymobile
    t.text('kind').notNullable();
    // pending (being created) | active | cancelled | failed
    t.text('status').notNullable().defaultTo('pending');
    t.bigInteger('monthly_fee').notNullable();
    // Blocks every outside call from this unique (the caller-ID setting "outbound calls prohibited").
    t.boolean('outbound_prohibited').notNullable().defaultTo(false);
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('activated_at', { useTz: true }).nullable();
    t.timestamp('cancelled_at', { useTz: true }).nullable();
    t.index(['account_id', 'status']);
    t.index(['circle_id', 'status']);
  });

  await knex.schema.createTable('phone_numbers', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    // National format for Japan (0312345678), E.164 with + for overseas.
    t.text('number').notNullable().unique();
    // local | freecall | special | navidial | ip050 | overseas
    t.text('kind').notNullable();
    t.text('area_code').nullable();
    t.text('country').notNullable().defaultTo('JP');
    // available | held | pending | active | quarantine | failed
    t.text('status').notNullable().defaultTo('available');
    t.uuid('account_id').nullable().references('accounts.id');
    t.uuid('circle_id').nullable().references('circles.id');
    t.uuid('order_id').nullable();
    t.bigInteger('monthly_fee').nullable();
    t.timestamp('activated_at', { useTz: true }).nullable();
    t.timestamp('cancelled_at', { useTz: true }).nullable();
    t.index(['kind', 'status']);
    t.index(['account_id', 'status']);
  });
}

/** Drops the services core tables. */
export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('phone_numbers');
  await knex.schema.dropTableIfExists('uniques');
}
