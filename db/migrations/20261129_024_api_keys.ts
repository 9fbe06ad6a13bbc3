import type { Knex } from 'knex';

/**
 * API keys: long-lived bearer credentials for customers' programs, scoped to the account or one
 * circle, read-only or read-write. Only the SHA-256 of a key is stored: a key carries 256 random
 * bits, so no guess can be tested against the hash however fast it is, and a fast hash lets every
 * request find its key by an index lookup (a slow hash, made for low-entropy passwords, would cost
 * tens of milliseconds of CPU per request and buy nothing).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('api_keys', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('account_id').notNullable().references('accounts.id').onDelete('CASCADE');
    // Null: the whole account; otherwise the key acts as that circle's login.
    t.uuid('circle_id').nullable().references('circles.id');
    t.text('access').notNullable();
    t.text('name').notNullable();
    // The visible start of the key (pbx_live_ and 8 characters), so a customer can tell keys apart.
    t.text('prefix').notNullable();
    t.text('secret_hash').notNullable().unique();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('last_used_at', { useTz: true }).nullable();
    t.timestamp('expires_at', { useTz: true }).nullable();
    t.timestamp('revoked_at', { useTz: true }).nullable();
    t.index(['account_id', 'created_at']);
  });
  await knex.raw(`alter table api_keys add constraint api_keys_access_ck check (access in ('read', 'read_write'))`);
}

/** Drops the keys; every program using one is locked out. */
export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('api_keys');
}
