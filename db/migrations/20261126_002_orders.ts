import type { Knex } from 'knex';

/** Orders of every kind (top-up, services, devices) with their status history, for list and status pages. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('orders', (t) => {
    t.uuid('id').primary();
    t.uuid('account_id').notNullable().references('accounts.id');
    t.uuid('circle_id').nullable();
    t.text('kind').notNullable();
    t.text('status').notNullable();
    t.text('workflow_id').notNullable().unique();
    t.bigInteger('subtotal').notNullable().defaultTo(0);
    t.bigInteger('tax').notNullable().defaultTo(0);
    t.bigInteger('total').notNullable().defaultTo(0);
    t.jsonb('totals').notNullable().defaultTo('{}');
    t.jsonb('detail').notNullable().defaultTo('{}');
    t.jsonb('next_action').nullable();
    t.text('failure_reason').nullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('closed_at', { useTz: true }).nullable();
    t.index(['account_id', 'created_at']);
    t.index(['kind', 'status']);
  });
  await knex.schema.createTable('order_events', (t) => {
    t.bigIncrements('id').primary();
    t.uuid('order_id').notNullable().references('orders.id');
    t.text('status').notNullable();
    t.text('note').nullable();
    // One event per (order, step key), so a retried activity records its transition once.
    t.text('event_key').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.unique(['order_id', 'event_key']);
  });
}

/** Drops the orders tables. */
export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('order_events');
  await knex.schema.dropTableIfExists('orders');
}
