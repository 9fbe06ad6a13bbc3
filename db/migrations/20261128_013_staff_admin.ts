import type { Knex } from 'knex';

/** Administrators: a third staff role. */
export async function up(knex: Knex): Promise<void> {
  await knex.raw('alter table staff drop constraint staff_role_ck');
  await knex.raw(`alter table staff add constraint staff_role_ck check (role in ('operator','warehouse','admin'))`);
}

/** Back to two roles (fails while an administrator exists, which is the point). */
export async function down(knex: Knex): Promise<void> {
  await knex.raw('alter table staff drop constraint staff_role_ck');
  await knex.raw(`alter table staff add constraint staff_role_ck check (role in ('operator','warehouse'))`);
}
