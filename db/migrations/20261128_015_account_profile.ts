import type { Knex } from 'knex';

/** The account's contract data beyond its name: contact person, postal address and phone. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('accounts', (t) => {
    t.text('contact_name').nullable();
    t.text('postal_code').nullable();
    t.text('prefecture').nullable();
    t.text('address').nullable();
    t.text('phone').nullable();
  });
  await knex.raw(`alter table accounts add constraint accounts_postal_code_ck check (postal_code ~ '^[0-9]{7}$')`);
  await knex.raw(`alter table accounts add constraint accounts_phone_ck check (phone ~ '^0[0-9]{9,10}$')`);
  // The login-ID reminder looks accounts up by their address.
  await knex.raw('create index accounts_email_idx on accounts (lower(email))');
}

/** Drops the contract data columns. */
export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop index if exists accounts_email_idx');
  await knex.schema.alterTable('accounts', (t) => {
    t.dropColumn('phone');
    t.dropColumn('address');
    t.dropColumn('prefecture');
    t.dropColumn('postal_code');
    t.dropColumn('contact_name');
  });
}
