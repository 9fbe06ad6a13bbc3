import type { Knex } from 'knex';
import { InsufficientBalanceError } from '../../domain/errors';
import { jstMonthStart } from '../../domain/billing/months';
import type { LedgerStore, Movement } from '../prepaid/ledger.store';
import type { RatedGroup } from './cdrs.store';
import { recordEvent } from '../webhooks/events.store';
import { createStatementEntries } from './statement-entries';

/** An account's billing state as the API and the authorisation see it. */
export interface BillingState {
  accountId: string;
  owedMonths: string[];
  owedAmount: number;
  graceUntil: Date | null;
  suspendedAt: Date | null;
}

type BillingRow = {
  account_id: string;
  owed_months: string[];
  owed_amount: number;
  grace_until: Date | null;
  suspended_at: Date | null;
};

const toState = (r: BillingRow): BillingState => ({
  accountId: r.account_id,
  owedMonths: r.owed_months,
  owedAmount: r.owed_amount,
  graceUntil: r.grace_until,
  suspendedAt: r.suspended_at,
});

/** Outcome of charging monthly fees: paid (maybe nothing new), or refused for want of balance. */
export type MonthlyChargeResult =
  { status: 'paid'; charged: number; items: number; lifted: boolean } | { status: 'insufficient'; required: number; balance: number };

type Item = { item_type: 'unique' | 'number'; item_id: string; kind: string; label: string; monthly_fee: number };

/**
 * Per-account billing: monthly fees (once per item per month), the per-month tax accumulator,
 * owed fees, grace and suspension, and the low-balance notice state.
 */
export function createBillingStore(db: Knex, ledger: LedgerStore) {
  const ensureRow = (trx: Knex, accountId: string) =>
    trx.raw('insert into billing_accounts (account_id) values (?) on conflict (account_id) do nothing', [accountId]);

  /**
   * Adds taxable sums to the month's buckets and returns how much the rounded tax of each bucket
   * grew: debiting exactly that keeps the month's debits equal to its invoice (tax rounded once per rate).
   */
  async function accumulate(
    trx: Knex.Transaction,
    groups: Array<{ accountId: string; month: string; taxRate: number; taxable: number }>,
  ): Promise<Map<string, number>> {
    const sorted = [...groups].sort((a, b) => (a.accountId + a.month + a.taxRate).localeCompare(b.accountId + b.month + b.taxRate));
    const { rows } = await trx.raw(
      `insert into billing_month_totals as t (account_id, month, tax_rate, taxable, tax)
       select a, m, r, x, floor(x * r / 100) from unnest(?::uuid[], ?::text[], ?::int[], ?::bigint[]) as u(a, m, r, x)
       on conflict (account_id, month, tax_rate) do update
         set taxable = t.taxable + excluded.taxable, tax = floor((t.taxable + excluded.taxable) * t.tax_rate / 100)
       returning new.account_id as "accountId", new.month, new.tax_rate as "taxRate", (new.tax - coalesce(old.tax, 0))::bigint as delta`,
      [sorted.map((g) => g.accountId), sorted.map((g) => g.month), sorted.map((g) => g.taxRate), sorted.map((g) => g.taxable)],
    );
    const deltas = new Map<string, number>();
    for (const r of rows as Array<{ accountId: string; month: string; taxRate: number; delta: number }>)
      deltas.set(`${r.accountId}|${r.month}|${r.taxRate}`, r.delta);
    return deltas;
  }

  async function itemsDue(trx: Knex.Transaction, accountId: string, month: string): Promise<Item[]> {
    const start = new Date(jstMonthStart(month));
    // Active when the month starts: activated before it, not cancelled before it. An item bought
    // during the previous month paid its first month at purchase; a cancelled one stops next month.
    const { rows } = await trx.raw(
      `select * from (
         select 'unique' as item_type, u.id as item_id, u.kind, u.kind as label, u.monthly_fee
           from uniques u where u.account_id = :a and u.activated_at < :s and (u.cancelled_at is null or u.cancelled_at >= :s)
         union all
         select 'number', n.id, n.kind, n.number, coalesce(n.monthly_fee, 0)
           from phone_numbers n where n.account_id = :a and n.activated_at < :s and (n.cancelled_at is null or n.cancelled_at >= :s)
       ) i
       where i.monthly_fee > 0
         and not exists (select 1 from monthly_charges c where c.item_type = i.item_type and c.item_id = i.item_id and c.month = :m)
       order by i.item_type, i.item_id`,
      { a: accountId, s: start, m: month },
    );
    return rows;
  }

  return {
    async get(accountId: string): Promise<BillingState> {
      const row = await db<BillingRow>('billing_accounts').where({ account_id: accountId }).first();
      return row ? toState(row) : { accountId, owedMonths: [], owedAmount: 0, graceUntil: null, suspendedAt: null };
    },

    /** Debits one rated CDR batch: the tax accumulator and one ledger entry per account, keyed by the batch. */
    async postCallCharges(
      trx: Knex.Transaction,
      batchId: number,
      groups: RatedGroup[],
    ): Promise<Array<{ accountId: string; amount: number }>> {
      const taxable = groups.filter((g) => g.taxable > 0);
      if (taxable.length === 0) return [];
      const deltas = await accumulate(trx, taxable);
      const perAccount = new Map<string, number>();
      for (const g of taxable) {
        const add = g.taxable + (deltas.get(`${g.accountId}|${g.month}|${g.taxRate}`) ?? 0);
        perAccount.set(g.accountId, (perAccount.get(g.accountId) ?? 0) + add);
      }
      const movements: Movement[] = [...perAccount.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([accountId, amount]) => ({
          accountId,
          amount: -amount,
          kind: 'call_charge',
          reference: `cdr-batch:${batchId}`,
          idempotencyKey: `calls:${batchId}:${accountId}`,
          description: 'Call charges (tax included)',
          // The reservation already limited each call; what was spoken is owed even below zero.
          allowNegative: true,
        }));
      const posted = await ledger.postAll(movements, trx);
      // Which part of each entry is tax at which rate: the statement shows calls per rate from it.
      const rows: Array<{ ledger_entry_id: number; tax_rate: number; calls: number; taxable: number; tax: number }> = [];
      posted.forEach(({ entry, applied }) => {
        if (!applied) return;
        const byRate = new Map<number, { calls: number; taxable: number; tax: number }>();
        for (const g of taxable.filter((t) => t.accountId === entry.accountId)) {
          const r = byRate.get(g.taxRate) ?? { calls: 0, taxable: 0, tax: 0 };
          r.calls += g.calls;
          r.taxable += g.taxable;
          r.tax += deltas.get(`${g.accountId}|${g.month}|${g.taxRate}`) ?? 0;
          byRate.set(g.taxRate, r);
        }
        for (const [rate, r] of byRate) rows.push({ ledger_entry_id: entry.id, tax_rate: rate, ...r });
      });
      if (rows.length) await trx('call_charge_taxes').insert(rows);
      return movements.map((m) => ({ accountId: m.accountId, amount: -m.amount }));
    },

    /**
     * Charges every item due for each month, all or nothing, once per item per month (also across
     * retries and concurrent callers). On success any owed state and suspension are cleared in the
     * same transaction; on a short balance nothing is debited and the months are recorded as owed.
     */
    async chargeMonths(accountId: string, months: string[], graceUntil: Date | null): Promise<MonthlyChargeResult> {
      let required = 0;
      try {
        return await db.transaction(async (trx) => {
          await ensureRow(trx, accountId);
          const state = await trx<BillingRow>('billing_accounts').where({ account_id: accountId }).forUpdate().first();
          const movements: Movement[] = [];
          const charges: Array<Record<string, unknown>> = [];
          for (const month of months) {
            const items = await itemsDue(trx, accountId, month);
            if (items.length === 0) continue;
            const { rows } = await trx.raw(
              'select taxable, tax from billing_month_totals where account_id = ? and month = ? and tax_rate = 10 for update',
              [accountId, month],
            );
            let taxable = rows[0]?.taxable ?? 0;
            let tax = rows[0]?.tax ?? 0;
            for (const item of items) {
              taxable += item.monthly_fee;
              const itemTax = Math.floor((taxable * 10) / 100) - tax;
              tax += itemTax;
              charges.push({
                item_type: item.item_type,
                item_id: item.item_id,
                month,
                account_id: accountId,
                kind: item.kind,
                label: item.label,
                amount: item.monthly_fee,
                tax: itemTax,
                tax_rate: 10,
              });
              movements.push({
                accountId,
                amount: -(item.monthly_fee + itemTax),
                kind: 'monthly_fee',
                reference: `monthly:${accountId}:${month}`,
                idempotencyKey: `monthly:${item.item_type}:${item.item_id}:${month}`,
                description: `Monthly fee ${month}: ${item.label}`,
              });
            }
            await trx.raw(
              `insert into billing_month_totals (account_id, month, tax_rate, taxable, tax) values (?, ?, 10, ?, ?)
               on conflict (account_id, month, tax_rate) do update set taxable = excluded.taxable, tax = excluded.tax`,
              [accountId, month, taxable, tax],
            );
          }
          required = movements.reduce((s, m) => s - m.amount, 0);
          if (charges.length) await trx('monthly_charges').insert(charges);
          await ledger.postAll(movements, trx);
          const lifted = state?.suspended_at != null;
          await trx('billing_accounts')
            .where({ account_id: accountId })
            .update({ owed_months: [], owed_amount: 0, grace_until: null, suspended_at: null, updated_at: trx.fn.now() });
          if (lifted)
            await recordEvent(trx, {
              type: 'billing.resumed',
              accountId,
              resource: { type: 'account', id: accountId },
              data: { charged: required, months },
              dedupeKey: `billing.resumed:${accountId}:${state.suspended_at!.toISOString()}`,
            });
          return { status: 'paid' as const, charged: required, items: charges.length, lifted };
        });
      } catch (err) {
        if (!(err instanceof InsufficientBalanceError)) throw err;
        const balance = await ledger.balance(accountId);
        await ensureRow(db, accountId);
        await db.raw(
          `update billing_accounts set owed_months = ?::text[], owed_amount = ?, grace_until = coalesce(grace_until, ?), updated_at = now() where account_id = ?`,
          [months, required, graceUntil, accountId],
        );
        return { status: 'insufficient', required, balance };
      }
    },

    /** Suspends outbound calls, but only if fees are still owed (a top-up may just have paid them). */
    async suspendIfOwed(accountId: string): Promise<boolean> {
      return db.transaction(async (trx) => {
        const [row] = await trx('billing_accounts')
          .where({ account_id: accountId })
          .whereRaw(`owed_months <> '{}'`)
          .whereNull('suspended_at')
          .update({ suspended_at: trx.fn.now(), updated_at: trx.fn.now() })
          .returning(['owed_months', 'owed_amount']);
        if (row)
          await recordEvent(trx, {
            type: 'billing.suspended',
            accountId,
            resource: { type: 'account', id: accountId },
            data: { owedMonths: row.owed_months, owedAmount: row.owed_amount },
          });
        return row !== undefined;
      });
    },

    /** Of these accounts, those below their threshold whose notice for this crossing has not gone out. */
    async lowBalanceCandidates(accountIds: string[]): Promise<string[]> {
      if (accountIds.length === 0) return [];
      const { rows } = await db.raw(
        `select a.id from accounts a left join prepaid_settings p on p.account_id = a.id
          where a.id = any(?::uuid[]) and a.low_balance_threshold is not null and a.balance < a.low_balance_threshold
            and p.low_notified_at is null`,
        [accountIds],
      );
      return rows.map((r: { id: string }) => r.id);
    },

    /** The ledger's charges and refunds behind statements: a month's entries, and the months that have any. */
    statementEntries: createStatementEntries(db),

    async monthlyCharges(accountId: string, month: string) {
      const rows = await db('monthly_charges').where({ account_id: accountId, month }).orderBy(['item_type', 'label']);
      return rows.map((r) => ({
        itemType: r.item_type as string,
        itemId: r.item_id as string,
        kind: r.kind as string,
        label: r.label as string,
        amount: r.amount as number,
        taxRate: r.tax_rate as number,
      }));
    },
  };
}

export type BillingStore = ReturnType<typeof createBillingStore>;
