import type { Knex } from 'knex';
import type { BalanceFigures } from '../../domain/prepaid/payment-services-act';

type FiguresRow = { unused: string; positive: string; negative: string; negatives: string };

const toInteger = (text: string, what: string): number => {
  const n = Number(text);
  if (!Number.isSafeInteger(n)) throw new Error(`${what} is not a safe integer: ${text}`);
  return n;
};

/**
 * The prepaid balances as the ledger stood at a past instant, for the Payment Services Act's
 * base-date report. It reads the append-only entries, never the cached balances, which are today's.
 */
export function createUnusedBalanceStore(db: Knex) {
  return {
    /**
     * Each account's balance at the instant (the sum of its entries created before it), summed
     * apart by sign. The unused balance is the sum of the positive balances only: a negative one is
     * a debt for calls already made, not value the customer can still spend, and netting it would
     * understate what the other holders are owed, which the deposit exists to protect.
     * balance_after is not used: it follows id order, which concurrent transactions may not share
     * with created_at order.
     */
    async figuresAt(at: Date): Promise<BalanceFigures> {
      const result = await db.raw<{ rows: FiguresRow[] }>(
        `select coalesce(sum(balance) filter (where balance > 0), 0)::text as unused,
                count(*) filter (where balance > 0)::text as positive,
                coalesce(sum(balance) filter (where balance < 0), 0)::text as negative,
                count(*) filter (where balance < 0)::text as negatives
           from (select account_id, sum(amount) as balance
                   from ledger_entries
                  where created_at < ?
                  group by account_id) as balances`,
        [at],
      );
      const row = result.rows[0]!;
      return {
        unusedBalance: toInteger(row.unused, 'unused balance'),
        positiveAccounts: toInteger(row.positive, 'positive accounts'),
        negativeBalance: toInteger(row.negative, 'negative balance'),
        negativeAccounts: toInteger(row.negatives, 'negative accounts'),
      };
    },
  };
}

/** The store of the base-date figures. */
export type UnusedBalanceStore = ReturnType<typeof createUnusedBalanceStore>;
