import type { Knex } from 'knex';

/** Received webhook events, so a redelivered event is processed once. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('webhook_events', (t) => {
    t.text('source').notNullable();
    t.text('event_id').notNullable();
    t.text('type').notNullable();
    t.jsonb('payload').notNullable();
    t.timestamp('received_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('processed_at', { useTz: true }).nullable();
    t.primary(['source', 'event_id']);
  });
}

/** Drops the webhook events table. */
export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('webhook_events');
}
