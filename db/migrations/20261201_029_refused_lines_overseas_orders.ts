import type { Knex } from 'knex';

/**
 * Orders record what went back to the balance: a services order whose numbers the carrier refused
 * completes without them and refunds their share. Overseas number orders are their own kind; the
 * orders table keeps kinds as text, so they need no change of their own.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('orders', (t) => {
    t.bigInteger('refunded').notNullable().defaultTo(0);
  });
  await knex.raw(`alter table orders add constraint orders_refunded_ck check (refunded >= 0 and refunded <= total)`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('orders', (t) => {
    t.dropColumn('refunded');
  });
}
