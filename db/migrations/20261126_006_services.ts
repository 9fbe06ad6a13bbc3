import type { Knex } from 'knex';

/**
 * Purchase, holds, settings and history on top of the services core (005): the unique's
 * credentials and settings screen, number holds and quarantine, the purchase/cancellation
 * history and the circle phone book.
 */
export async function up(knex: Knex): Promise<void> {
  // Unique codes are the seed's "unique" ID: the SIP user and the unique's login ID.
  await knex.raw('create sequence unique_code_seq start 1000001');

  await knex.schema.alterTable('uniques', (t) => {
    t.text('code').nullable().unique();
    t.text('login_server').nullable();
    t.text('sip_user').nullable();
    // AES-256-GCM under a key derived from APP_SECRET: device provisioning needs the clear text later.
    t.text('sip_password_enc').nullable();
    t.timestamp('sip_password_revealed_at', { useTz: true }).nullable();
    // The unique login tab's password, set by the owner; null means the unique cannot log in yet.
    t.text('login_password_hash').nullable();
    t.timestamp('pbx_provisioned_at', { useTz: true }).nullable();
    t.text('name').nullable();
    t.text('affiliation').nullable();
    t.text('guest_management_number').nullable();
    t.boolean('english_announcement').notNullable().defaultTo(false);
    t.integer('pickup_group').nullable();
    t.boolean('pickup_notification').notNullable().defaultTo(false);
    t.text('pickup_notification_number').nullable();
    t.boolean('pickup_notification_voice').notNullable().defaultTo(false);
    t.text('notes').nullable();
    t.uuid('caller_id_number_id').nullable().references('phone_numbers.id');
    t.text('incoming_extension').nullable();
    // null = "same as the incoming extension".
    t.text('outgoing_extension').nullable();
    t.bigInteger('initial_fee').nullable();
    // The last month (first day, JST) a monthly fee is due; set at cancellation.
    t.date('fee_end_month').nullable();
    t.text('failure_reason').nullable();
    t.index(['order_id']);
  });
  await knex.raw(
    `create unique index uniques_circle_extension_uq on uniques (circle_id, incoming_extension) where status in ('pending','active') and incoming_extension is not null`,
  );

  await knex.schema.alterTable('phone_numbers', (t) => {
    t.uuid('hold_id').nullable().unique();
    t.uuid('held_by_account_id').nullable().references('accounts.id');
    t.timestamp('held_until', { useTz: true }).nullable();
    t.timestamp('quarantine_until', { useTz: true }).nullable();
    t.bigInteger('initial_fee').nullable();
    t.date('fee_end_month').nullable();
    t.text('carrier_status').nullable();
    t.text('failure_reason').nullable();
    t.index(['held_by_account_id']);
    t.index(['order_id']);
    t.index(['circle_id', 'status']);
  });

  await knex.schema.createTable('unique_incoming_numbers', (t) => {
    t.uuid('unique_id').notNullable().references('uniques.id').onDelete('CASCADE');
    t.uuid('phone_number_id').notNullable().references('phone_numbers.id');
    t.primary(['unique_id', 'phone_number_id']);
    t.index(['phone_number_id']);
  });

  await knex.schema.createTable('service_history', (t) => {
    t.bigIncrements('id').primary();
    t.uuid('account_id').notNullable().references('accounts.id');
    t.uuid('circle_id').notNullable().references('circles.id');
    t.uuid('order_id').nullable();
    t.text('item_type').notNullable(); // unique | number
    t.uuid('item_id').notNullable();
    t.text('kind').notNullable();
    t.text('label').notNullable();
    t.text('action').notNullable(); // purchased | cancelled
    t.bigInteger('monthly_fee').notNullable().defaultTo(0);
    t.bigInteger('initial_fee').notNullable().defaultTo(0);
    t.timestamp('at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    // One row per item, action and purchase (a number may be sold again after quarantine), so a retry records it once.
    t.unique(['item_id', 'action', 'order_id']);
    t.index(['account_id', 'id']);
  });

  await knex.schema.createTable('circle_contacts', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('account_id').notNullable().references('accounts.id');
    t.uuid('circle_id').notNullable().references('circles.id');
    t.text('name').notNullable();
    t.text('name_kana').nullable();
    t.text('company').nullable();
    t.text('number').notNullable();
    t.text('notes').nullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['circle_id', 'name']);
  });
}

/** Drops what the up step added. */
export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('circle_contacts');
  await knex.schema.dropTableIfExists('service_history');
  await knex.schema.dropTableIfExists('unique_incoming_numbers');
  await knex.raw('drop index if exists uniques_circle_extension_uq');
  await knex.schema.alterTable('phone_numbers', (t) => {
    t.dropColumns(
      'hold_id',
      'held_by_account_id',
      'held_until',
      'quarantine_until',
      'initial_fee',
      'fee_end_month',
      'carrier_status',
      'failure_reason',
    );
  });
  await knex.schema.alterTable('uniques', (t) => {
    t.dropColumns(
      'code',
      'login_server',
      'sip_user',
      'sip_password_enc',
      'sip_password_revealed_at',
      'login_password_hash',
      'pbx_provisioned_at',
      'name',
      'affiliation',
      'guest_management_number',
      'english_announcement',
      'pickup_group',
      'pickup_notification',
      'pickup_notification_number',
      'pickup_notification_voice',
      'notes',
      'caller_id_number_id',
      'incoming_extension',
      'outgoing_extension',
      'initial_fee',
      'fee_end_month',
      'failure_reason',
    );
  });
  await knex.raw('drop sequence if exists unique_code_seq');
}
