import type { Knex } from 'knex';

/**
 * Per tax rate, what one call-charge ledger entry holds: calls, taxable sum and the tax it added
 * to the month's once-rounded total. A rating batch debits one entry per account across its
 * rates, so only this says which part of the entry is tax at which rate (the statement needs it).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('call_charge_taxes', (t) => {
    t.bigInteger('ledger_entry_id').notNullable().references('ledger_entries.id');
    t.integer('tax_rate').notNullable();
    t.integer('calls').notNullable();
    t.bigInteger('taxable').notNullable();
    t.bigInteger('tax').notNullable();
    t.primary(['ledger_entry_id', 'tax_rate']);
  });
  // Entries debited before this table: the taxable sums come from their rated calls, and the
  // entry's tax (its amount less those sums) goes to its highest rate (10%; calls carry no 8%).
  await knex.raw(`
    insert into call_charge_taxes (ledger_entry_id, tax_rate, calls, taxable, tax)
    select e.id, g.tax_rate, g.calls, g.taxable,
           case when g.rn = 1 then -e.amount - sum(g.taxable) over (partition by e.id) else 0 end
      from (select batch_id, charged_account_id, tax_rate, count(*)::int as calls, sum(cost)::bigint as taxable,
                   row_number() over (partition by batch_id, charged_account_id order by tax_rate desc) as rn
              from cdrs where batch_id is not null and charged_account_id is not null
             group by batch_id, charged_account_id, tax_rate having sum(cost) > 0) g
      join ledger_entries e on e.idempotency_key = 'calls:' || g.batch_id || ':' || g.charged_account_id
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('call_charge_taxes');
}
