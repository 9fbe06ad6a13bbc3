import type { Knex } from 'knex';

/**
 * Administrators (a third staff role), the staff lifecycle (who created a user, when they were
 * disabled, their last login) and the staff audit log, which only ever grows.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw('alter table staff drop constraint staff_role_ck');
  await knex.raw(`alter table staff add constraint staff_role_ck check (role in ('operator','warehouse','admin'))`);
  await knex.schema.alterTable('staff', (t) => {
    t.uuid('created_by').nullable().references('staff.id');
    t.timestamp('disabled_at', { useTz: true }).nullable();
    t.uuid('disabled_by').nullable().references('staff.id');
    t.timestamp('password_changed_at', { useTz: true }).nullable();
    t.timestamp('last_login_at', { useTz: true }).nullable();
  });
  await knex.raw('create index sessions_staff_id_ix on sessions (staff_id) where staff_id is not null');

  await knex.schema.createTable('staff_audit', (t) => {
    t.bigIncrements('id').primary();
    t.timestamp('at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    // Null for a failed login under an ID that belongs to nobody: the typed ID is still kept.
    t.uuid('staff_id').nullable().references('staff.id');
    t.text('login_id').notNullable();
    t.text('role').nullable();
    t.text('operation_id').notNullable();
    t.text('method').notNullable();
    t.text('path').notNullable();
    t.jsonb('params').notNullable().defaultTo('{}');
    t.jsonb('body').nullable();
    // Null while the action runs; stays null only if the answer could not be recorded.
    t.integer('status').nullable();
    t.text('ip').notNullable();
    t.text('user_agent').nullable();
    t.text('request_id').notNullable();
    t.timestamp('completed_at', { useTz: true }).nullable();
  });
  await knex.raw('create index staff_audit_staff_ix on staff_audit (staff_id, id desc)');
  await knex.raw('create index staff_audit_operation_ix on staff_audit (operation_id, id desc)');
  await knex.raw('create index staff_audit_at_ix on staff_audit (at desc)');
  // Append-only: a row may only receive its answer, once; nothing is ever deleted.
  await knex.raw(`
    create function staff_audit_append_only() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' then raise exception 'staff_audit is append-only'; end if;
      if old.status is not null
         or (new.id, new.at, new.staff_id, new.login_id, new.role, new.operation_id, new.method, new.path,
             new.params, new.body, new.ip, new.user_agent, new.request_id)
            is distinct from
            (old.id, old.at, old.staff_id, old.login_id, old.role, old.operation_id, old.method, old.path,
             old.params, old.body, old.ip, old.user_agent, old.request_id)
      then raise exception 'staff_audit rows are immutable once answered'; end if;
      return new;
    end $$`);
  await knex.raw(
    'create trigger staff_audit_append_only before update or delete on staff_audit for each row execute function staff_audit_append_only()',
  );
}

/** Back to two roles (fails while an administrator exists, which is the point); the audit log goes. */
export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('staff_audit');
  await knex.raw('drop function if exists staff_audit_append_only()');
  await knex.raw('drop index if exists sessions_staff_id_ix');
  await knex.schema.alterTable('staff', (t) => {
    t.dropColumn('created_by');
    t.dropColumn('disabled_at');
    t.dropColumn('disabled_by');
    t.dropColumn('password_changed_at');
    t.dropColumn('last_login_at');
  });
  await knex.raw('alter table staff drop constraint staff_role_ck');
  await knex.raw(`alter table staff add constraint staff_role_ck check (role in ('operator','warehouse'))`);
}
