import type { Knex } from 'knex';

/**
 * Devices (seed §5): the catalog with its stock, the units of each order with their MAC address,
 * serial number, SIP accounts and provisioning credentials, the warehouse tasks that move an
 * order from pick to delivery, and the log of configuration fetches.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('device_models', (t) => {
    t.text('code').primary();
    t.text('maker').notNullable();
    t.text('name').notNullable();
    // { ja: string[], en: string[] }: the catalog's feature list in both languages.
    t.jsonb('features').notNullable().defaultTo('{}');
    t.integer('sip_accounts').notNullable();
    t.integer('warranty_months').notNullable();
    // Yen, tax excluded; 10% consumption tax is added per order.
    t.bigInteger('price').notNullable();
    t.integer('stock').notNullable().defaultTo(0);
    t.boolean('active').notNullable().defaultTo(true);
    t.integer('sort_order').notNullable().defaultTo(0);
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  // The last line of defence against overselling: stock never goes below zero.
  await knex.raw('alter table device_models add constraint device_models_stock_ck check (stock >= 0)');

  await knex.schema.createTable('device_stock_moves', (t) => {
    t.bigIncrements('id').primary();
    t.text('model_code').notNullable().references('device_models.code');
    t.uuid('order_id').nullable().references('orders.id');
    t.integer('delta').notNullable();
    // reserve (order placed) | release (order cancelled or failed) | receipt (stock received)
    t.text('kind').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    // One reservation and one release per order, so a retried step moves stock once.
    t.unique(['order_id', 'kind']);
  });

  await knex.schema.createTable('devices', (t) => {
    t.uuid('id').primary();
    t.uuid('order_id').notNullable().references('orders.id');
    t.uuid('account_id').notNullable().references('accounts.id');
    t.uuid('circle_id').nullable().references('circles.id');
    t.text('model_code').notNullable().references('device_models.code');
    t.integer('position').notNullable();
    // reserved | scanned | packed | shipped | delivered | cancelled
    t.text('status').notNullable().defaultTo('reserved');
    t.text('mac').nullable();
    t.text('serial').nullable();
    t.timestamp('scanned_at', { useTz: true }).nullable();
    // HTTP basic credentials of the configuration file; the password is kept only as a hash.
    t.text('prov_username').nullable().unique();
    t.text('prov_password_hash').nullable();
    t.timestamp('profile_created_at', { useTz: true }).nullable();
    t.timestamp('config_fetched_at', { useTz: true }).nullable();
    t.timestamp('last_fetch_at', { useTz: true }).nullable();
    t.integer('fetch_count').notNullable().defaultTo(0);
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.unique(['order_id', 'position']);
    t.index(['account_id']);
  });
  await knex.raw(`alter table devices add constraint devices_mac_ck check (mac is null or mac ~ '^[0-9a-f]{12}$')`);
  // A unit returned to stock by a cancellation may be scanned again for another order.
  await knex.raw(`create unique index devices_mac_uq on devices (mac) where mac is not null and status <> 'cancelled'`);
  await knex.raw(`create unique index devices_serial_uq on devices (serial) where serial is not null and status <> 'cancelled'`);

  await knex.schema.createTable('device_sip_accounts', (t) => {
    t.uuid('device_id').notNullable().references('devices.id').onDelete('CASCADE');
    t.smallint('slot').notNullable();
    // A unique is configured on at most one device.
    t.uuid('unique_id').notNullable().unique().references('uniques.id');
    t.primary(['device_id', 'slot']);
  });
  await knex.raw('alter table device_sip_accounts add constraint device_sip_accounts_slot_ck check (slot in (1, 2))');

  await knex.schema.createTable('warehouse_tasks', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('order_id').notNullable().unique().references('orders.id');
    // open (in the warehouse) | in_transit (shipped) | done (delivered) | cancelled
    t.text('status').notNullable().defaultTo('open');
    // The next step: pick | scan | pack | ship | deliver | none
    t.text('step').notNullable().defaultTo('pick');
    t.uuid('claimed_by').nullable().references('staff.id');
    t.timestamp('claim_expires_at', { useTz: true }).nullable();
    t.text('carrier').nullable();
    t.text('tracking_number').nullable();
    t.timestamp('shipped_at', { useTz: true }).nullable();
    t.timestamp('delivered_at', { useTz: true }).nullable();
    // carrier | staff
    t.text('delivered_by').nullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['status', 'created_at']);
  });

  await knex.schema.createTable('device_config_fetches', (t) => {
    t.bigIncrements('id').primary();
    t.uuid('device_id').notNullable().references('devices.id');
    t.timestamp('fetched_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.text('ip').nullable();
    t.text('user_agent').nullable();
    t.index(['device_id', 'fetched_at']);
  });
}

/** Drops the devices tables. */
export async function down(knex: Knex): Promise<void> {
  for (const table of [
    'device_config_fetches',
    'warehouse_tasks',
    'device_sip_accounts',
    'devices',
    'device_stock_moves',
    'device_models',
  ]) {
    await knex.schema.dropTableIfExists(table);
  }
}
