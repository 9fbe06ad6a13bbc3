import type { Knex } from 'knex';
import type { OrderTotals } from '../../domain/money';
import type { LedgerKind } from '../prepaid/ledger.store';

/** A ledger entry a statement lists, with what it paid for: the order, the monthly fee item, or the calls per rate. */
export interface StatementEntry {
  id: number;
  kind: LedgerKind;
  /** As on the ledger: negative for a charge, positive for a refund. */
  amount: number;
  reference: string;
  description: string | null;
  createdAt: Date;
  order: { id: string; kind: string; totals: OrderTotals | Record<string, never>; detail: Record<string, unknown> } | null;
  fee: { itemType: string; kind: string; label: string; month: string; amount: number; tax: number; taxRate: number } | null;
  calls: Array<{ taxRate: number; calls: number; taxable: number; tax: number }>;
}

// What a statement counts: the charges (purchases, monthly fees, calls, manual debits) and the
// refunds of purchases. Top-ups, their refunds and balance credits are money in, not charges.
const CHARGES_SQL = `(e.kind in ('purchase', 'monthly_fee', 'call_charge', 'refund') or (e.kind in ('manual_adjustment', 'adjustment') and e.amount < 0))`;

// A services order's entries reference "services:<order id>", an overseas number's "overseas:<order id>", a device order's the bare order id.
const ORDER_ID_SQL = `case when e.reference ~ '^(services:|overseas:)\\?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
  then regexp_replace(e.reference, '^(services|overseas):', '')::uuid end`;

/** The ledger's side of statements: which entries a month holds and which months hold any. */
export function createStatementEntries(db: Knex) {
  return {
    /** The account's charges and refunds recorded in [from, to), oldest first. */
    async between(accountId: string, range: { from: Date; to: Date }): Promise<StatementEntry[]> {
      const { rows } = await db.raw(
        `select e.id, e.kind, e.amount, e.reference, e.description, e.created_at,
                o.id as order_id, o.kind as order_kind, o.totals, o.detail,
                mc.item_type, mc.kind as item_kind, mc.label, mc.month as fee_month, mc.amount as fee_amount, mc.tax as fee_tax,
                mc.tax_rate as fee_rate,
                (select coalesce(json_agg(json_build_object('taxRate', t.tax_rate, 'calls', t.calls, 'taxable', t.taxable, 'tax', t.tax)
                                 order by t.tax_rate desc), '[]'::json)
                   from call_charge_taxes t where t.ledger_entry_id = e.id) as calls
           from ledger_entries e
           left join orders o on e.kind in ('purchase', 'refund') and o.id = ${ORDER_ID_SQL} and o.account_id = e.account_id
           left join monthly_charges mc on e.kind = 'monthly_fee' and e.idempotency_key ~ '^monthly:(unique|number):[0-9a-f-]{36}:\\d{4}-\\d{2}$'
                and mc.item_type = split_part(e.idempotency_key, ':', 2) and mc.item_id = split_part(e.idempotency_key, ':', 3)::uuid
                and mc.month = split_part(e.idempotency_key, ':', 4) and mc.account_id = e.account_id
          where e.account_id = ? and e.created_at >= ? and e.created_at < ? and ${CHARGES_SQL}
          order by e.id`,
        [accountId, range.from, range.to],
      );
      return (rows as Array<Record<string, unknown>>).map((r) => ({
        id: Number(r.id),
        kind: r.kind as LedgerKind,
        amount: Number(r.amount),
        reference: r.reference as string,
        description: r.description as string | null,
        createdAt: r.created_at as Date,
        order: r.order_id
          ? {
              id: r.order_id as string,
              kind: r.order_kind as string,
              totals: (r.totals ?? {}) as OrderTotals | Record<string, never>,
              detail: (r.detail ?? {}) as Record<string, unknown>,
            }
          : null,
        fee: r.item_type
          ? {
              itemType: r.item_type as string,
              kind: r.item_kind as string,
              label: r.label as string,
              month: r.fee_month as string,
              amount: Number(r.fee_amount),
              tax: Number(r.fee_tax),
              taxRate: Number(r.fee_rate),
            }
          : null,
        calls: (r.calls as StatementEntry['calls']).map((c) => ({
          taxRate: Number(c.taxRate),
          calls: Number(c.calls),
          taxable: Number(c.taxable),
          tax: Number(c.tax),
        })),
      }));
    },

    /** A page of the Japan-time months with a charge or refund, newest first: limit+1 months before the cursor's month start. */
    async months(accountId: string, page: { limit: number; before?: Date }): Promise<string[]> {
      const q = db('ledger_entries as e')
        .where('e.account_id', accountId)
        .whereRaw(CHARGES_SQL)
        .groupByRaw('1')
        .orderBy('month', 'desc')
        .limit(page.limit + 1)
        .select(db.raw(`to_char(e.created_at at time zone 'Asia/Tokyo', 'YYYY-MM') as month`));
      if (page.before) q.where('e.created_at', '<', page.before);
      return (await q).map((r: { month: string }) => r.month);
    },
  };
}
