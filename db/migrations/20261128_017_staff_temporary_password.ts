import type { Knex } from 'knex';

/** A password an administrator set (on creation or reset) is temporary until its owner replaces it. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('staff', (t) => {
    t.boolean('password_temporary').notNullable().defaultTo(false);
  });
}

/** Drops the flag. */
export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('staff', (t) => {
    t.dropColumn('password_temporary');
  });
}
