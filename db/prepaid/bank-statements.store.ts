import type { Knex } from 'knex';
import type { StatementDeposit, StatementFormat } from '../../domain/prepaid/bank-statement';
import { dateText } from './topups.store';
import { keysetAfter, keysetArgs, type KeysetAfter } from './keyset';

/** What a statement line led to. */
export type StatementLineOutcome =
  | 'pending'
  | 'credit'
  | 'scheduled'
  | 'review'
  | 'late_review'
  | 'unknown'
  | 'already_confirmed'
  | 'bank_cancellation'
  | 'duplicate_deposit';

/** One deposit line of an imported statement and what it led to. */
export interface StatementLine {
  id: string;
  importId: string;
  lineNo: number;
  arrivedOn: string;
  amount: number;
  remitter: string;
  bankRef: string | null;
  reference: string | null;
  orderId: string | null;
  outcome: StatementLineOutcome;
  applyAt: Date | null;
  reviewId: string | null;
}

/** An imported statement file, with its totals. */
export interface StatementImport {
  id: string;
  fileHash: string;
  fileName: string;
  format: StatementFormat;
  importedBy: string;
  createdAt: Date;
  lineCount: number;
  totalAmount: number;
  pendingCount: number;
}

type Row = Record<string, any>;

const toLine = (r: Row): StatementLine => ({
  id: r.id,
  importId: r.import_id,
  lineNo: r.line_no,
  arrivedOn: dateText(r.arrived_on)!,
  amount: r.amount,
  remitter: r.remitter,
  bankRef: r.bank_ref,
  reference: r.reference,
  orderId: r.order_id,
  outcome: r.outcome,
  applyAt: r.apply_at,
  reviewId: r.review_id,
});

const toImport = (r: Row): StatementImport => ({
  id: r.id,
  fileHash: r.file_hash,
  fileName: r.file_name,
  format: r.format,
  importedBy: r.imported_by,
  createdAt: r.created_at,
  lineCount: r.line_count ?? 0,
  totalAmount: r.total_amount ?? 0,
  pendingCount: r.pending_count ?? 0,
});

const depositKey = (d: { bankRef: string | null; arrivedOn: string; amount: number }) => `${d.bankRef}|${d.arrivedOn}|${d.amount}`;

/**
 * The line numbers of deposits the bank numbered that an earlier statement (or an earlier line of
 * this one) already carried: the same 照会番号, date and amount is the same money.
 */
async function depositsSeen(trx: Knex, deposits: ReadonlyArray<StatementDeposit>): Promise<Set<number>> {
  const numbered = deposits.filter((d) => d.bankRef !== null && !d.cancelled);
  if (!numbered.length) return new Set();
  const earlier = await trx('bank_statement_lines')
    .whereIn('bank_ref', [...new Set(numbered.map((d) => d.bankRef!))])
    .whereNot({ outcome: 'duplicate_deposit' })
    .select('bank_ref', trx.raw('arrived_on::text as arrived_on'), 'amount');
  const known = new Set(earlier.map((r: Row) => depositKey({ bankRef: r.bank_ref, arrivedOn: r.arrived_on, amount: r.amount })));
  const seen = new Set<number>();
  for (const d of numbered) {
    if (known.has(depositKey(d))) seen.add(d.lineNo);
    else known.add(depositKey(d));
  }
  return seen;
}

/** Imported bank statements and their deposit lines. */
export function createBankStatementsStore(db: Knex) {
  const imports = () =>
    db('bank_statement_imports as i')
      .leftJoin('bank_statement_lines as l', 'l.import_id', 'i.id')
      .groupBy('i.id')
      .select(
        'i.*',
        db.raw('count(l.id)::int as line_count'),
        db.raw('coalesce(sum(l.amount), 0)::bigint as total_amount'),
        db.raw(`count(l.id) filter (where l.outcome = 'pending')::int as pending_count`),
      );

  return {
    /**
     * Records a statement and its lines once per file (by hash), all in one transaction. A file
     * already imported returns the earlier import with `created: false`, and nothing is written.
     */
    async record(
      file: { hash: string; name: string; format: StatementFormat; staffId: string },
      deposits: ReadonlyArray<StatementDeposit & { reference: string | null }>,
    ): Promise<{ importId: string; created: boolean }> {
      return db.transaction(async (trx) => {
        const [row] = await trx('bank_statement_imports')
          .insert({ file_hash: file.hash, file_name: file.name, format: file.format, imported_by: file.staffId })
          .onConflict('file_hash')
          .ignore()
          .returning('id');
        if (!row) return { importId: (await trx('bank_statement_imports').where({ file_hash: file.hash }).first('id')).id, created: false };
        const seen = await depositsSeen(trx, deposits);
        for (let i = 0; i < deposits.length; i += 500) {
          await trx('bank_statement_lines').insert(
            deposits.slice(i, i + 500).map((d) => ({
              import_id: row.id,
              line_no: d.lineNo,
              arrived_on: d.arrivedOn,
              amount: d.amount,
              remitter: d.remitter,
              bank_ref: d.bankRef,
              reference: d.reference,
              outcome: d.cancelled ? 'bank_cancellation' : seen.has(d.lineNo) ? 'duplicate_deposit' : 'pending',
              applied_at: d.cancelled || seen.has(d.lineNo) ? trx.fn.now() : null,
            })),
          );
        }
        return { importId: row.id, created: true };
      });
    },

    async get(id: string): Promise<StatementImport | undefined> {
      const row = await imports().where('i.id', id).first();
      return row && toImport(row);
    },

    /** Earlier imports, newest first; keyset-paged after the import `after` names. */
    async list(opts: { limit: number; after?: KeysetAfter }): Promise<StatementImport[]> {
      const q = imports()
        .orderBy([
          { column: 'i.created_at', order: 'desc' },
          { column: 'i.id', order: 'desc' },
        ])
        .limit(opts.limit);
      if (opts.after) q.whereRaw(keysetAfter('i.created_at', 'i.id', '<', 'bank_statement_imports', 'id'), keysetArgs(opts.after));
      return (await q).map(toImport);
    },

    /** An import's lines in file order. */
    async lines(importId: string): Promise<StatementLine[]> {
      return (await db('bank_statement_lines').where({ import_id: importId }).orderBy('line_no')).map(toLine);
    },

    /** Records what a pending line led to; a line already settled keeps its outcome. */
    async settle(
      id: string,
      r: { outcome: Exclude<StatementLineOutcome, 'pending'>; orderId?: string | null; applyAt?: string | null; reviewId?: string | null },
      trx: Knex = db,
    ): Promise<void> {
      await trx('bank_statement_lines')
        .where({ id, outcome: 'pending' })
        .update({
          outcome: r.outcome,
          order_id: r.orderId ?? null,
          apply_at: r.applyAt ?? null,
          review_id: r.reviewId ?? null,
          applied_at: trx.fn.now(),
        });
    },

    async getLine(id: string): Promise<StatementLine | undefined> {
      const row = await db('bank_statement_lines').where({ id }).first();
      return row && toLine(row);
    },
  };
}

export type BankStatementsStore = ReturnType<typeof createBankStatementsStore>;
