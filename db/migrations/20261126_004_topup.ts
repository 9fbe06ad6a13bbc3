import type { Knex } from 'knex';

/**
 * Prepaid top-up: one row per top-up order (method, amounts, payment references), payments
 * that need an operator's decision, registered cards (processor references only, never a card
 * number) and each account's prepaid settings (auto top-up, low-balance notice state).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('topups', (t) => {
    t.uuid('order_id').primary().references('orders.id');
    t.uuid('account_id').notNullable().references('accounts.id');
    // card | registered_card | net_bank | konbini | bank_transfer
    t.text('method').notNullable();
    t.bigInteger('amount').notNullable();
    t.uuid('card_id').nullable();
    t.boolean('auto').notNullable().defaultTo(false);
    // What the customer quotes when paying: the bank-transfer reference or the net-bank one.
    t.text('reference').nullable().unique();
    t.text('payment_id').nullable().unique();
    t.timestamp('deadline_at', { useTz: true }).nullable();
    t.bigInteger('received_amount').nullable();
    t.timestamp('received_at', { useTz: true }).nullable();
    t.bigInteger('credited_amount').notNullable().defaultTo(0);
    t.bigInteger('refunded_amount').notNullable().defaultTo(0);
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['account_id', 'created_at']);
    t.index(['method', 'created_at']);
  });

  await knex.schema.createTable('payment_reviews', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('order_id').notNullable().references('orders.id');
    t.uuid('account_id').notNullable().references('accounts.id');
    // The payment under review: a processor event ID or an operator confirmation, once each.
    t.text('payment_key').notNullable().unique();
    // amount_mismatch | late_payment
    t.text('reason').notNullable();
    t.text('workflow_id').notNullable();
    t.bigInteger('expected_amount').notNullable();
    t.bigInteger('received_amount').notNullable();
    // open | credited | refunded
    t.text('status').notNullable().defaultTo('open');
    t.bigInteger('credited_amount').nullable();
    t.uuid('resolved_by').nullable().references('staff.id');
    t.timestamp('resolved_at', { useTz: true }).nullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['status', 'created_at']);
  });

  await knex.schema.createTable('cards', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('account_id').notNullable().references('accounts.id');
    // The processor's reusable card reference; the number itself never reaches us.
    t.text('processor_ref').notNullable().unique();
    t.text('brand').notNullable();
    t.text('last4').notNullable();
    t.integer('exp_month').notNullable();
    t.integer('exp_year').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('last_used_at', { useTz: true }).nullable();
    t.timestamp('removed_at', { useTz: true }).nullable();
    t.index(['account_id']);
  });

  await knex.schema.createTable('prepaid_settings', (t) => {
    t.uuid('account_id').primary().references('accounts.id');
    t.boolean('auto_topup_enabled').notNullable().defaultTo(false);
    t.bigInteger('auto_topup_amount').nullable();
    t.uuid('auto_topup_card_id').nullable().references('cards.id');
    // Set while the balance is below the threshold, so one crossing mails once.
    t.timestamp('low_notified_at', { useTz: true }).nullable();
    t.integer('crossings').notNullable().defaultTo(0);
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
}

/** Drops the top-up tables. */
export async function down(knex: Knex): Promise<void> {
  for (const table of ['prepaid_settings', 'cards', 'payment_reviews', 'topups']) await knex.schema.dropTableIfExists(table);
}
