import type { Knex } from 'knex';

/**
 * Outgoing event webhooks: the event outbox (written in the transaction of the change it reports),
 * the customers' endpoints, one delivery per endpoint and event, and every attempt of a delivery.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('events', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    // Commit order within a resource follows seq: each event is inserted after the row change it reports.
    t.bigIncrements('seq', { primaryKey: false }).notNullable().unique();
    t.text('type').notNullable();
    t.uuid('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.text('resource_type').notNullable();
    t.text('resource_id').notNullable();
    t.jsonb('data').notNullable().defaultTo('{}');
    // Names the change once, so a retried step that reports it again records nothing new.
    t.text('dedupe_key').nullable().unique();
    t.timestamp('occurred_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('dispatched_at', { useTz: true }).nullable();
  });
  await knex.raw(`create index events_undispatched on events (seq) where dispatched_at is null`);
  // Fires at commit, from whichever process recorded the event: the dispatcher wakes without a Temporal call.
  await knex.raw(`
    create function events_notify() returns trigger language plpgsql as $$
    begin
      perform pg_notify('pbx_events', '');
      return null;
    end $$`);
  await knex.raw(`create trigger events_notify after insert on events for each statement execute function events_notify()`);

  await knex.schema.createTable('webhook_endpoints', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    t.text('url').notNullable();
    t.text('description').nullable();
    t.specificType('event_types', 'text[]').notNullable();
    // AES-GCM under the app secret: the secret must be usable to sign, so it cannot be hashed.
    t.text('secret_enc').notNullable();
    t.text('previous_secret_enc').nullable();
    t.timestamp('previous_secret_expires_at', { useTz: true }).nullable();
    t.boolean('enabled').notNullable().defaultTo(true);
    t.text('disabled_reason').nullable();
    t.timestamp('disabled_at', { useTz: true }).nullable();
    // The first failure since the last success; null while the endpoint answers.
    t.timestamp('failing_since', { useTz: true }).nullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['account_id']);
  });

  await knex.schema.createTable('webhook_deliveries', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('endpoint_id').notNullable().references('webhook_endpoints.id').onDelete('CASCADE');
    t.uuid('event_id').notNullable().references('events.id').onDelete('CASCADE');
    t.bigInteger('event_seq').notNullable();
    t.uuid('account_id').notNullable();
    // `<resource type>:<resource id>`: deliveries with the same key reach an endpoint one at a time, in seq order.
    t.text('ordering_key').notNullable();
    t.boolean('manual').notNullable().defaultTo(false);
    t.text('status').notNullable().defaultTo('pending');
    t.integer('attempts').notNullable().defaultTo(0);
    t.integer('last_status_code').nullable();
    t.text('last_error').nullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('completed_at', { useTz: true }).nullable();
  });
  await knex.raw(
    `alter table webhook_deliveries add constraint webhook_deliveries_status check (status in ('pending', 'succeeded', 'failed', 'skipped'))`,
  );
  await knex.raw(`create unique index webhook_deliveries_once on webhook_deliveries (endpoint_id, event_id) where not manual`);
  await knex.raw(
    `create index webhook_deliveries_queue on webhook_deliveries (endpoint_id, ordering_key, event_seq) where status = 'pending'`,
  );
  await knex.raw(`create index webhook_deliveries_log on webhook_deliveries (endpoint_id, created_at desc)`);

  await knex.schema.createTable('webhook_delivery_attempts', (t) => {
    t.bigIncrements('id');
    t.uuid('delivery_id').notNullable().references('webhook_deliveries.id').onDelete('CASCADE');
    t.integer('attempt').notNullable();
    t.timestamp('started_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('finished_at', { useTz: true }).nullable();
    t.integer('status_code').nullable();
    t.integer('latency_ms').nullable();
    t.text('error').nullable();
    t.unique(['delivery_id', 'attempt']);
  });
}

/** Drops the webhook tables and the event outbox. */
export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('webhook_delivery_attempts');
  await knex.schema.dropTableIfExists('webhook_deliveries');
  await knex.schema.dropTableIfExists('webhook_endpoints');
  await knex.raw('drop trigger if exists events_notify on events');
  await knex.raw('drop function if exists events_notify()');
  await knex.schema.dropTableIfExists('events');
}
