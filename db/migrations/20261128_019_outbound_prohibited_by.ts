import type { Knex } from 'knex';

/**
 * Records who prohibited a unique's outside calls ('account', 'circle' or 'unique'), so that a
 * unique's own login can lift only a prohibition it set itself. Prohibitions from before this
 * column count as the account's: nobody knows who set them, and the safe side is that the unique
 * cannot lift them (its account or circle still can). Lifting clears the column.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('uniques', (t) => t.text('outbound_prohibited_by').nullable());
  await knex('uniques').where({ outbound_prohibited: true }).update({ outbound_prohibited_by: 'account' });
  await knex.raw(
    `alter table uniques add constraint uniques_outbound_prohibited_by_ck
       check (outbound_prohibited_by is null or (outbound_prohibited and outbound_prohibited_by in ('account', 'circle', 'unique')))`,
  );
}

/** Drops the record of who prohibited outside calls (the prohibitions themselves stay). */
export async function down(knex: Knex): Promise<void> {
  await knex.raw('alter table uniques drop constraint if exists uniques_outbound_prohibited_by_ck');
  await knex.schema.alterTable('uniques', (t) => t.dropColumn('outbound_prohibited_by'));
}
