import type { Knex } from 'knex';

/**
 * A pre-configured unit is packed only after its phone fetched its configuration at the test
 * bench (kept apart from the customer's fetches, which mark the phone online); when the warehouse
 * packs it anyway, who did it, when and why is kept on the unit.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('devices', (t) => {
    t.timestamp('bench_fetched_at', { useTz: true }).nullable();
    t.text('config_override_reason').nullable();
    t.uuid('config_override_by').nullable();
    t.timestamp('config_override_at', { useTz: true }).nullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('devices', (t) => {
    t.dropColumn('bench_fetched_at');
    t.dropColumn('config_override_reason');
    t.dropColumn('config_override_by');
    t.dropColumn('config_override_at');
  });
}
