import type { Knex } from 'knex';

/**
 * Manual balance adjustments by operators: one row per request, its decision, and the ledger
 * entry it produced. The four-eyes rule is also a constraint, so no code path can skip it.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('adjustments', (t) => {
    t.uuid('id').primary();
    t.uuid('account_id').notNullable().references('accounts.id');
    t.text('direction').notNullable();
    t.bigInteger('amount').notNullable();
    t.text('reason').notNullable();
    t.text('status').notNullable();
    // Fixed when requested, from the limit then in force, so a later change of limit moves nothing.
    t.boolean('approval_required').notNullable();
    t.uuid('requested_by').notNullable().references('staff.id');
    t.uuid('decided_by').nullable().references('staff.id');
    t.text('decision_note').nullable();
    t.bigInteger('ledger_entry_id').nullable().unique().references('ledger_entries.id');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('decided_at', { useTz: true }).nullable();
    t.index(['status', 'created_at']);
    t.index(['account_id', 'created_at']);
  });
  await knex.raw(`
    alter table adjustments
      add constraint adjustments_direction_ck check (direction in ('credit','debit')),
      add constraint adjustments_amount_ck check (amount > 0),
      add constraint adjustments_reason_ck check (length(btrim(reason)) > 0),
      add constraint adjustments_status_ck check (status in ('pending','applied','rejected')),
      add constraint adjustments_applied_has_entry_ck check ((status = 'applied') = (ledger_entry_id is not null)),
      add constraint adjustments_decided_ck check ((status = 'pending') = (decided_at is null)),
      add constraint adjustments_four_eyes_ck check (
        status <> 'applied' or not approval_required or (decided_by is not null and decided_by <> requested_by)
      )
  `);
}

/** Drops the adjustments (their ledger entries stay: the ledger is append-only). */
export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('adjustments');
}
