import type { Knex } from 'knex';

/** When a warehouse claim was taken, so the task list can say who holds a task and since when. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('warehouse_tasks', (t) => {
    t.timestamp('claimed_at', { useTz: true }).nullable();
  });
  // A claim taken before this column existed started no later than the task's last change.
  await knex.raw('update warehouse_tasks set claimed_at = updated_at where claimed_by is not null');
}

/** Drops the claim's start. */
export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('warehouse_tasks', (t) => {
    t.dropColumn('claimed_at');
  });
}
