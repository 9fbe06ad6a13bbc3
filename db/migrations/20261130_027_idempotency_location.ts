import type { Knex } from 'knex';

/** A replayed create answers the same Location as the first one, so the stored answer keeps it. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('idempotency_keys', (t) => {
    t.text('response_location').nullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('idempotency_keys', (t) => {
    t.dropColumn('response_location');
  });
}
