import type { Knex } from 'knex';

/** Accounts, circles, staff, sessions, ledger, idempotency keys, rate limits and the mail outbox. */
export async function up(knex: Knex): Promise<void> {
  await knex.raw('create extension if not exists pgcrypto');

  await knex.schema.createTable('accounts', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.text('login_id').notNullable();
    t.text('password_hash').notNullable();
    t.text('email').notNullable();
    t.text('name').notNullable();
    t.text('language').notNullable().defaultTo('ja');
    t.bigInteger('balance').notNullable().defaultTo(0);
    t.bigInteger('low_balance_threshold').nullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  await knex.raw('create unique index accounts_login_id_uq on accounts (lower(login_id))');
  await knex.raw(`alter table accounts add constraint accounts_language_ck check (language in ('ja','en'))`);

  await knex.schema.createTable('circles', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('account_id').notNullable().references('accounts.id');
    t.text('name').notNullable();
    t.text('login_id').notNullable();
    t.text('password_hash').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('removed_at', { useTz: true }).nullable();
    t.index(['account_id']);
  });
  await knex.raw('create unique index circles_login_id_uq on circles (lower(login_id)) where removed_at is null');

  await knex.schema.createTable('staff', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.text('login_id').notNullable();
    t.text('password_hash').notNullable();
    t.text('name').notNullable();
    t.text('role').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  await knex.raw('create unique index staff_login_id_uq on staff (lower(login_id))');
  await knex.raw(`alter table staff add constraint staff_role_ck check (role in ('operator','warehouse'))`);

  await knex.schema.createTable('sessions', (t) => {
    t.text('token_hash').primary();
    t.text('kind').notNullable();
    t.uuid('account_id').nullable().references('accounts.id');
    t.uuid('circle_id').nullable();
    t.uuid('unique_id').nullable();
    t.uuid('staff_id').nullable().references('staff.id');
    t.text('role').nullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('expires_at', { useTz: true }).notNullable();
    t.timestamp('revoked_at', { useTz: true }).nullable();
    t.index(['account_id']);
  });

  await knex.schema.createTable('password_resets', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.text('request_id').notNullable().unique();
    t.uuid('account_id').notNullable().references('accounts.id');
    t.text('token_hash').notNullable().unique();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('expires_at', { useTz: true }).notNullable();
    t.timestamp('used_at', { useTz: true }).nullable();
  });

  await knex.schema.createTable('ledger_entries', (t) => {
    t.bigIncrements('id').primary();
    t.uuid('account_id').notNullable().references('accounts.id');
    t.bigInteger('amount').notNullable();
    t.text('kind').notNullable();
    t.text('reference').notNullable();
    t.text('idempotency_key').notNullable().unique();
    t.bigInteger('balance_after').notNullable();
    t.text('description').nullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['account_id', 'id']);
    t.index(['reference']);
  });
  await knex.raw('alter table ledger_entries add constraint ledger_amount_nonzero check (amount <> 0)');
  // The ledger is append-only: corrections are new entries, never edits.
  await knex.raw(`
    create function ledger_entries_immutable() returns trigger language plpgsql as $$
    begin raise exception 'ledger_entries is append-only'; end $$;
    create trigger ledger_entries_no_update before update or delete on ledger_entries
      for each row execute function ledger_entries_immutable();
  `);

  await knex.schema.createTable('idempotency_keys', (t) => {
    t.text('scope').notNullable();
    t.text('key').notNullable();
    t.text('method').notNullable();
    t.text('path').notNullable();
    t.text('request_hash').notNullable();
    t.text('state').notNullable();
    t.integer('response_status').nullable();
    t.jsonb('response_body').nullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.primary(['scope', 'key']);
    t.index(['created_at']);
  });

  await knex.schema.createTable('rate_limits', (t) => {
    t.text('bucket').notNullable();
    t.timestamp('window_start', { useTz: true }).notNullable();
    t.integer('hits').notNullable().defaultTo(0);
    t.primary(['bucket', 'window_start']);
  });

  await knex.schema.createTable('mail_outbox', (t) => {
    t.bigIncrements('id').primary();
    t.text('idempotency_key').notNullable().unique();
    t.uuid('account_id').nullable().references('accounts.id');
    t.text('template').notNullable();
    t.text('language').notNullable();
    t.text('to_address').notNullable();
    t.text('subject').notNullable();
    t.text('body_text').notNullable();
    t.text('message_id').notNullable();
    t.text('status').notNullable().defaultTo('pending');
    t.integer('attempts').notNullable().defaultTo(0);
    t.text('last_error').nullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('sent_at', { useTz: true }).nullable();
    t.index(['account_id', 'created_at']);
  });
}

/** Drops everything the up step created. */
export async function down(knex: Knex): Promise<void> {
  for (const table of [
    'mail_outbox',
    'rate_limits',
    'idempotency_keys',
    'ledger_entries',
    'password_resets',
    'sessions',
    'staff',
    'circles',
    'accounts',
  ]) {
    await knex.schema.dropTableIfExists(table);
  }
  await knex.raw('drop function if exists ledger_entries_immutable() cascade');
}
