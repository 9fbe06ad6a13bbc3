import type { Knex } from 'knex';
import { ConflictError, InsufficientBalanceError, NotFoundError } from '../../domain/errors';

/** What moves money: a top-up credit, a purchase debit, a refund, a call charge, an operator's manual adjustment... */
export type LedgerKind =
  'topup' | 'topup_refund' | 'purchase' | 'refund' | 'monthly_fee' | 'call_charge' | 'adjustment' | 'manual_adjustment';

/** One requested balance change. The idempotency key makes a retry a no-op. */
export interface Movement {
  accountId: string;
  amount: number;
  kind: LedgerKind;
  reference: string;
  idempotencyKey: string;
  description?: string;
  /** Debits normally fail on an insufficient balance; call charges already consumed may not. */
  allowNegative?: boolean;
}

/** A stored, immutable ledger entry. */
export interface LedgerEntry {
  id: number;
  accountId: string;
  amount: number;
  kind: LedgerKind;
  reference: string;
  idempotencyKey: string;
  balanceAfter: number;
  description: string | null;
  createdAt: Date;
}

type EntryRow = {
  id: number;
  account_id: string;
  amount: number;
  kind: LedgerKind;
  reference: string;
  idempotency_key: string;
  balance_after: number;
  description: string | null;
  created_at: Date;
};

const toEntry = (r: EntryRow): LedgerEntry => ({
  id: r.id,
  accountId: r.account_id,
  amount: r.amount,
  kind: r.kind,
  reference: r.reference,
  idempotencyKey: r.idempotency_key,
  balanceAfter: r.balance_after,
  description: r.description,
  createdAt: r.created_at,
});

/** The outcome of posting: the entry, and whether this call applied it or found it applied. */
export interface PostResult {
  entry: LedgerEntry;
  applied: boolean;
}

/**
 * The prepaid ledger. Every change of balance is one append-only entry and the cached balance
 * on the account moves in the same transaction, under the account's row lock.
 */
export function createLedgerStore(db: Knex) {
  async function postIn(trx: Knex.Transaction, m: Movement): Promise<PostResult> {
    if (!Number.isSafeInteger(m.amount) || m.amount === 0) throw new Error(`ledger amount must be a non-zero integer, got ${m.amount}`);
    // NO KEY UPDATE still serialises every movement of this account, but lets rows that merely
    // reference the account (orders, uniques, mails) pass their foreign-key checks meanwhile.
    const account = await trx('accounts').where({ id: m.accountId }).forNoKeyUpdate().first('balance');
    if (!account) throw new NotFoundError('account');
    const existing = await trx<EntryRow>('ledger_entries').where({ idempotency_key: m.idempotencyKey }).first();
    if (existing) {
      if (existing.account_id !== m.accountId || existing.amount !== m.amount) {
        throw new ConflictError('ledger_key_reused', { key: m.idempotencyKey });
      }
      return { entry: toEntry(existing), applied: false };
    }
    const balanceAfter = (account.balance as number) + m.amount;
    if (m.amount < 0 && balanceAfter < 0 && !m.allowNegative) {
      throw new InsufficientBalanceError(account.balance as number, -m.amount);
    }
    const [row] = await trx<EntryRow>('ledger_entries')
      .insert({
        account_id: m.accountId,
        amount: m.amount,
        kind: m.kind,
        reference: m.reference,
        idempotency_key: m.idempotencyKey,
        balance_after: balanceAfter,
        description: m.description ?? null,
      })
      .returning('*');
    await trx('accounts').where({ id: m.accountId }).update({ balance: balanceAfter });
    return { entry: toEntry(row!), applied: true };
  }

  return {
    /** Applies one movement exactly once. */
    post(m: Movement, trx?: Knex.Transaction): Promise<PostResult> {
      return trx ? postIn(trx, m) : db.transaction((t) => postIn(t, m));
    },

    /** Applies several movements atomically: all or none. */
    postAll(ms: Movement[], trx?: Knex.Transaction): Promise<PostResult[]> {
      const run = async (t: Knex.Transaction) => {
        const out: PostResult[] = [];
        for (const m of ms) out.push(await postIn(t, m));
        return out;
      };
      return trx ? run(trx) : db.transaction(run);
    },

    async balance(accountId: string): Promise<number> {
      const row = await db('accounts').where({ id: accountId }).first('balance');
      if (!row) throw new NotFoundError('account');
      return row.balance as number;
    },

    /** Newest first, keyset-paged by entry ID. */
    /** A page of movements, newest first; `from` is inclusive and `to` exclusive. */
    async history(
      accountId: string,
      opts: { limit: number; before?: number; kind?: LedgerKind; from?: Date; to?: Date },
    ): Promise<LedgerEntry[]> {
      const q = db<EntryRow>('ledger_entries').where({ account_id: accountId }).orderBy('id', 'desc').limit(opts.limit);
      if (opts.before) q.where('id', '<', opts.before);
      if (opts.kind) q.where({ kind: opts.kind });
      if (opts.from) q.where('created_at', '>=', opts.from);
      if (opts.to) q.where('created_at', '<', opts.to);
      return (await q).map(toEntry);
    },

    async findByKey(idempotencyKey: string): Promise<LedgerEntry | undefined> {
      const row = await db<EntryRow>('ledger_entries').where({ idempotency_key: idempotencyKey }).first();
      return row && toEntry(row);
    },

    /** Accounts whose cached balance differs from the sum of their entries; empty when sound. */
    async findImbalances(accountIds?: string[]): Promise<Array<{ accountId: string; balance: number; sum: number }>> {
      const q = db('accounts as a')
        .leftJoin('ledger_entries as e', 'e.account_id', 'a.id')
        .groupBy('a.id', 'a.balance')
        .havingRaw('a.balance <> coalesce(sum(e.amount), 0)')
        .select('a.id as accountId', 'a.balance as balance', db.raw('coalesce(sum(e.amount), 0)::bigint as sum'));
      if (accountIds) q.whereIn('a.id', accountIds);
      return q;
    },
  };
}

export type LedgerStore = ReturnType<typeof createLedgerStore>;
