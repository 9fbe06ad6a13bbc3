import type { Knex } from 'knex';

const FUNCTIONS = [
  'billing_authorize(uuid, text, bigint, bigint, int, int, int, int, int)',
  'billing_authorize_inbound(text, text, bigint, bigint, int, int, int, int, int)',
];

/**
 * The authorisation functions plan their statements afresh on every call. PL/pgSQL caches a plan
 * per connection; when `call_reservations` looked empty at that moment (a quiet night, a fresh
 * database), the cached plan sums an account's holds by a sequential scan of every hold, and every
 * pooled connection keeps it until the table is analysed again: at 1,000 calls a second that was
 * 346 M rows read in 100 s. Planning each time costs microseconds and always picks the index.
 */
export async function up(knex: Knex): Promise<void> {
  for (const f of FUNCTIONS) await knex.raw(`alter function ${f} set plan_cache_mode = force_custom_plan`);
  // Analysed often, so the planner's idea of the table follows the day's traffic.
  await knex.raw('alter table call_reservations set (autovacuum_analyze_scale_factor = 0.02, autovacuum_analyze_threshold = 500)');
}

/** Back to the cached plans and the default analyse thresholds. */
export async function down(knex: Knex): Promise<void> {
  for (const f of FUNCTIONS) await knex.raw(`alter function ${f} reset plan_cache_mode`);
  await knex.raw('alter table call_reservations reset (autovacuum_analyze_scale_factor, autovacuum_analyze_threshold)');
}
