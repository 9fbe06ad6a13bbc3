import type { Knex } from 'knex';
import { AppError, ConflictError, InsufficientBalanceError, NotFoundError } from '../../domain/errors';
import { adjustmentLedgerKey, signedAmount, type AdjustmentDirection, type AdjustmentStatus } from '../../domain/prepaid/adjustments';
import { createLedgerStore } from './ledger.store';
import { keysetAfter, keysetArgs, type KeysetAfter } from './keyset';

/** A manual balance adjustment, with who asked, who decided and the names to show. */
export interface Adjustment {
  id: string;
  accountId: string;
  accountLoginId: string;
  accountName: string;
  direction: AdjustmentDirection;
  amount: number;
  reason: string;
  status: AdjustmentStatus;
  approvalRequired: boolean;
  requestedBy: { id: string; name: string };
  decidedBy: { id: string; name: string } | null;
  decisionNote: string | null;
  ledgerEntryId: number | null;
  balanceAfter: number | null;
  createdAt: Date;
  decidedAt: Date | null;
}

/** What an operator asks for; the ID is derived from their Idempotency-Key. */
export interface NewAdjustment {
  id: string;
  accountId: string;
  direction: AdjustmentDirection;
  amount: number;
  reason: string;
  requestedBy: string;
  approvalRequired: boolean;
}

type AdjustmentRow = {
  id: string;
  account_id: string;
  direction: AdjustmentDirection;
  amount: number;
  reason: string;
  status: AdjustmentStatus;
  approval_required: boolean;
  requested_by: string;
  decided_by: string | null;
  decision_note: string | null;
  ledger_entry_id: number | null;
  created_at: Date;
  decided_at: Date | null;
};

type ViewRow = AdjustmentRow & {
  login_id: string;
  account_name: string;
  requester_name: string;
  decider_name: string | null;
  balance_after: number | null;
};

const toAdjustment = (r: ViewRow): Adjustment => ({
  id: r.id,
  accountId: r.account_id,
  accountLoginId: r.login_id,
  accountName: r.account_name,
  direction: r.direction,
  amount: r.amount,
  reason: r.reason,
  status: r.status,
  approvalRequired: r.approval_required,
  requestedBy: { id: r.requested_by, name: r.requester_name },
  decidedBy: r.decided_by ? { id: r.decided_by, name: r.decider_name ?? '' } : null,
  decisionNote: r.decision_note,
  ledgerEntryId: r.ledger_entry_id,
  balanceAfter: r.balance_after,
  createdAt: r.created_at,
  decidedAt: r.decided_at,
});

/** Whether a repeated request asks for the same thing as the stored one. */
const sameRequest = (row: AdjustmentRow, a: NewAdjustment) =>
  row.account_id === a.accountId && row.direction === a.direction && row.amount === a.amount && row.reason === a.reason;

/**
 * Manual adjustments and their four-eyes decisions. Each state change happens in one
 * transaction with its ledger entry, under the adjustment's row lock, so a double click, two
 * approvers at once or a retry put the money on the ledger once.
 */
export function createAdjustmentsStore(db: Knex) {
  const ledger = createLedgerStore(db);

  const view = (q: Knex = db) =>
    q('adjustments as a')
      .join('accounts as acc', 'acc.id', 'a.account_id')
      .join('staff as rq', 'rq.id', 'a.requested_by')
      .leftJoin('staff as dc', 'dc.id', 'a.decided_by')
      .leftJoin('ledger_entries as le', 'le.id', 'a.ledger_entry_id')
      .select(
        'a.*',
        'acc.login_id',
        'acc.name as account_name',
        'rq.name as requester_name',
        'dc.name as decider_name',
        'le.balance_after',
      );

  async function load(id: string, q: Knex = db): Promise<Adjustment | undefined> {
    const row = (await view(q).where('a.id', id).first()) as ViewRow | undefined;
    return row && toAdjustment(row);
  }

  async function lock(trx: Knex.Transaction, id: string): Promise<AdjustmentRow> {
    const row = await trx<AdjustmentRow>('adjustments').where({ id }).forUpdate().first();
    if (!row) throw new NotFoundError('adjustment');
    return row;
  }

  async function postToLedger(trx: Knex.Transaction, a: Pick<AdjustmentRow, 'id' | 'account_id' | 'direction' | 'amount' | 'reason'>) {
    const key = adjustmentLedgerKey(a.id);
    const { entry } = await ledger.post(
      {
        accountId: a.account_id,
        amount: signedAmount(a.direction, a.amount),
        kind: 'manual_adjustment',
        reference: key,
        idempotencyKey: key,
        description: a.reason,
      },
      trx,
    );
    return entry;
  }

  return {
    /**
     * Records a request. Within the limit it is applied at once, with its ledger entry; above
     * it, it waits for a second operator. A debit the balance cannot pay is refused either way.
     * Repeating the same request returns the stored one (`created: false`).
     */
    async request(a: NewAdjustment): Promise<{ adjustment: Adjustment; created: boolean }> {
      const created = await db.transaction(async (trx) => {
        const account = await trx('accounts').where({ id: a.accountId }).forNoKeyUpdate().first('balance');
        if (!account) throw new NotFoundError('account');
        const existing = await trx<AdjustmentRow>('adjustments').where({ id: a.id }).first();
        if (existing) {
          if (!sameRequest(existing, a)) throw new ConflictError('idempotency_key_reused');
          return false;
        }
        const row = {
          id: a.id,
          account_id: a.accountId,
          direction: a.direction,
          amount: a.amount,
          reason: a.reason,
          approval_required: a.approvalRequired,
          requested_by: a.requestedBy,
        };
        if (a.approvalRequired) {
          if (a.direction === 'debit' && (account.balance as number) < a.amount) {
            throw new InsufficientBalanceError(account.balance as number, a.amount);
          }
          await trx('adjustments').insert({ ...row, status: 'pending' });
          return true;
        }
        const entry = await postToLedger(trx, row);
        await trx('adjustments').insert({ ...row, status: 'applied', decided_at: trx.fn.now(), ledger_entry_id: entry.id });
        return true;
      });
      return { adjustment: (await load(a.id))!, created };
    },

    /**
     * A second operator's approval: the pending adjustment reaches the ledger now. The
     * requester may not approve their own; approving an applied one again changes nothing.
     */
    async approve(id: string, staffId: string): Promise<{ adjustment: Adjustment; changed: boolean }> {
      const changed = await db.transaction(async (trx) => {
        const row = await lock(trx, id);
        if (row.requested_by === staffId) throw new AppError(403, 'adjustment_own_request');
        if (row.status === 'applied') return false;
        if (row.status === 'rejected') throw new ConflictError('adjustment_decided', { status: row.status });
        const entry = await postToLedger(trx, row);
        await trx('adjustments')
          .where({ id })
          .update({ status: 'applied', decided_by: staffId, decided_at: trx.fn.now(), ledger_entry_id: entry.id });
        return true;
      });
      return { adjustment: (await load(id))!, changed };
    },

    /** Refuses a pending adjustment with a note; its requester may withdraw it the same way. */
    async reject(id: string, staffId: string, note: string): Promise<{ adjustment: Adjustment; changed: boolean }> {
      const changed = await db.transaction(async (trx) => {
        const row = await lock(trx, id);
        if (row.status === 'rejected') return false;
        if (row.status === 'applied') throw new ConflictError('adjustment_decided', { status: row.status });
        await trx('adjustments')
          .where({ id })
          .update({ status: 'rejected', decided_by: staffId, decided_at: trx.fn.now(), decision_note: note });
        return true;
      });
      return { adjustment: (await load(id))!, changed };
    },

    get: (id: string) => load(id),

    /**
     * Adjustments by status (pending: oldest first, as a queue; others newest first), optionally of
     * one account; keyset-paged after the adjustment `after` names.
     */
    async list(opts: { status?: AdjustmentStatus; accountId?: string; limit: number; after?: KeysetAfter }): Promise<Adjustment[]> {
      const order = opts.status === 'pending' ? 'asc' : 'desc';
      const q = view().limit(opts.limit);
      if (opts.status) q.where('a.status', opts.status);
      if (opts.accountId) q.where('a.account_id', opts.accountId);
      if (opts.after)
        q.whereRaw(keysetAfter('a.created_at', 'a.id', order === 'asc' ? '>' : '<', 'adjustments', 'id'), keysetArgs(opts.after));
      q.orderBy([
        { column: 'a.created_at', order },
        { column: 'a.id', order },
      ]);
      return ((await q) as ViewRow[]).map(toAdjustment);
    },
  };
}

export type AdjustmentsStore = ReturnType<typeof createAdjustmentsStore>;
