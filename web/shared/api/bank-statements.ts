import type { Call } from '../api-client';

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

/** An imported statement (GET /v1/operator/bank-statements). */
export interface StatementImport {
  id: string;
  fileName: string;
  format: 'zengin' | 'csv';
  importedAt: string;
  lineCount: number;
  totalAmount: number;
  currency: 'JPY';
  pendingCount: number;
}

/** One deposit line and its outcome. */
export interface StatementLine {
  id: string;
  lineNo: number;
  arrivedOn: string;
  amount: number;
  currency: 'JPY';
  remitter: string;
  bankRef: string | null;
  reference: string | null;
  outcome: StatementLineOutcome;
  orderId: string | null;
  /** When a scheduled credit is applied, in Japan time (+09:00). */
  applyAt: string | null;
  reviewId: string | null;
}

/** An import with its lines (POST and GET /v1/operator/bank-statements/{id}). */
export interface StatementDetail extends StatementImport {
  lines: StatementLine[];
  /** POST only: the same file was imported before, and nothing changed. */
  duplicate?: boolean;
}

/** The operators' bank statement import. */
export const bankStatementsApi = (call: Call) => ({
  /** Uploads a statement file; the key makes a double click count once, and the same file again changes nothing. */
  importStatement: (file: { fileName: string; format: 'zengin' | 'csv'; contentBase64: string }, idempotencyKey: string) =>
    call<StatementDetail>('POST', '/v1/operator/bank-statements', file, idempotencyKey),
  /** The latest imports (the first page, newest first). */
  statementImports: () =>
    call<{ items: StatementImport[]; nextCursor: string | null }>('GET', '/v1/operator/bank-statements?limit=50').then((r) => r.items),
  statementImport: (id: string) => call<StatementDetail>('GET', `/v1/operator/bank-statements/${encodeURIComponent(id)}`),
});
