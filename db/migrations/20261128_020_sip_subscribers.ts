import type { Knex } from 'knex';

/**
 * The SIP server's subscriber table: Kamailio's auth_db checks REGISTER digests against it.
 * It holds the digest hash only (ha1 = md5(user:realm:password)), never a password, and is
 * written by the Kamailio adapter of the PBX port alone.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('sip_subscribers', (t) => {
    // A removed unique row takes its subscriber with it; cancellation removes it earlier, through the port.
    t.uuid('unique_id').primary().references('uniques.id').onDelete('CASCADE');
    // The SIP user (= auth ID) a phone registers with; auth_db looks it up by this column alone.
    t.text('username').notNullable().unique();
    t.text('realm').notNullable();
    t.text('ha1').notNullable();
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  await knex.raw(`alter table sip_subscribers add constraint sip_subscribers_ha1_md5 check (ha1 ~ '^[0-9a-f]{32}$')`);
  // Kamailio's db_postgres knows no uuid type and warns on every REGISTER that loads one; it loads this text copy instead.
  await knex.raw(`alter table sip_subscribers add column unique_ref text generated always as (unique_id::text) stored`);
}

/** Drops the subscriber table. */
export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('sip_subscribers');
}
