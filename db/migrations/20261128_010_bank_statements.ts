import type { Knex } from 'knex';

/**
 * Bank statements imported by operators, one row per deposit line, and what each line led to.
 * A review may now carry a statement line and no order (a deposit nobody's reference matches),
 * and keeps the operator's note. A top-up remembers the date its transfer arrived.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('bank_statement_imports', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    // SHA-256 of the file's bytes: the same file uploaded again is the same import.
    t.text('file_hash').notNullable().unique();
    t.text('file_name').notNullable();
    // zengin | csv
    t.text('format').notNullable();
    t.uuid('imported_by').notNullable().references('staff.id');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['created_at']);
  });

  await knex.schema.createTable('bank_statement_lines', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('import_id').notNullable().references('bank_statement_imports.id');
    // The record's number in the file (Zengin) or its line (CSV, header = 1), as the operator counts.
    t.integer('line_no').notNullable();
    t.date('arrived_on').notNullable();
    t.bigInteger('amount').notNullable();
    t.text('remitter').notNullable();
    // The bank's own number for the deposit (照会番号, or the CSV's transaction_id), when given.
    t.text('bank_ref').nullable();
    // The transfer reference found in the remitter's name.
    t.text('reference').nullable();
    t.uuid('order_id').nullable().references('orders.id');
    // pending | credit | scheduled | review | late_review | unknown | already_confirmed | bank_cancellation | duplicate_deposit
    t.text('outcome').notNullable().defaultTo('pending');
    t.timestamp('apply_at', { useTz: true }).nullable();
    t.uuid('review_id').nullable();
    t.timestamp('applied_at', { useTz: true }).nullable();
    t.unique(['import_id', 'line_no']);
    t.index(['order_id']);
  });
  // One deposit the bank numbered is applied once, whichever statement file carries it.
  await knex.raw(
    `create unique index bank_statement_lines_deposit_uq on bank_statement_lines (bank_ref, arrived_on, amount)
       where bank_ref is not null and outcome not in ('duplicate_deposit', 'bank_cancellation')`,
  );

  await knex.schema.alterTable('payment_reviews', (t) => {
    t.uuid('statement_line_id').nullable().unique().references('bank_statement_lines.id');
    t.text('note').nullable();
  });
  await knex.raw(`
    alter table payment_reviews
      alter column order_id drop not null,
      alter column account_id drop not null,
      alter column workflow_id drop not null,
      alter column expected_amount drop not null,
      add constraint payment_reviews_subject_ck check (order_id is not null or statement_line_id is not null),
      add constraint payment_reviews_note_ck check (note is null or length(note) <= 500)
  `);
  await knex.raw(`alter table bank_statement_lines add constraint bank_statement_lines_review_fk
    foreign key (review_id) references payment_reviews(id)`);

  await knex.schema.alterTable('topups', (t) => {
    t.date('received_on').nullable();
  });
}

/** Drops the statements; reviews of unknown deposits go with them. */
export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('topups', (t) => t.dropColumn('received_on'));
  await knex.raw(`alter table bank_statement_lines drop constraint bank_statement_lines_review_fk`);
  await knex('payment_reviews').whereNull('order_id').delete();
  await knex.raw(`
    alter table payment_reviews
      drop constraint payment_reviews_subject_ck,
      drop constraint payment_reviews_note_ck,
      alter column order_id set not null,
      alter column account_id set not null,
      alter column workflow_id set not null,
      alter column expected_amount set not null
  `);
  await knex.schema.alterTable('payment_reviews', (t) => {
    t.dropColumn('statement_line_id');
    t.dropColumn('note');
  });
  await knex.schema.dropTableIfExists('bank_statement_lines');
  await knex.schema.dropTableIfExists('bank_statement_imports');
}
