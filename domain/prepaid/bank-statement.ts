import { InputError, type ErrorParams } from '../errors';

/** The statement files an operator may upload. */
export const STATEMENT_FORMATS = ['zengin', 'csv'] as const;

/** One statement file format. */
export type StatementFormat = (typeof STATEMENT_FORMATS)[number];

/** One deposit on a bank statement, as the file states it. */
export interface StatementDeposit {
  /** Where it is in the file: the record number (Zengin) or the text line (CSV), counting from 1. */
  lineNo: number;
  /** Tokyo date the money arrived, YYYY-MM-DD. */
  arrivedOn: string;
  amount: number;
  /** 振込依頼人名 as the bank shows it, usually half-width kana with the reference in front. */
  remitter: string;
  /** The bank's own number for the deposit (照会番号 or the CSV's transaction_id), when it gives one. */
  bankRef: string | null;
  /** The bank cancels an earlier deposit notice (取消区分 1): nothing to credit. */
  cancelled: boolean;
}

/** What is wrong with a statement line; each has a text in api/prepaid/bank-statements.messages.ts. */
export type StatementProblem =
  | 'empty'
  | 'record_length'
  | 'record_order'
  | 'unsupported_kind'
  | 'code_division'
  | 'not_numeric'
  | 'bad_date'
  | 'date_in_future'
  | 'zero_amount'
  | 'trailer_mismatch'
  | 'missing_end'
  | 'after_end'
  | 'not_shift_jis'
  | 'csv_header'
  | 'csv_columns'
  | 'csv_quote'
  | 'bad_amount'
  | 'empty_remitter'
  | 'not_base64'
  | 'too_many_lines';

/** A statement that cannot be imported: the line, what is wrong there, and nothing applied. */
export class StatementFormatError extends InputError {
  constructor(line: number, problem: StatementProblem, params: ErrorParams = {}) {
    super('statement_malformed', { line, problem, ...params }, 'body.contentBase64');
  }
}

/** The most deposit lines one file may hold; a day's statement is far below it. */
export const MAX_STATEMENT_LINES = 5_000;

/** Checks what every format shares: a real amount and a date that is not in the future. */
export function checkDeposit(d: StatementDeposit, today: string): StatementDeposit {
  if (d.amount < 1) throw new StatementFormatError(d.lineNo, 'zero_amount');
  if (!Number.isSafeInteger(d.amount)) throw new StatementFormatError(d.lineNo, 'bad_amount', { value: String(d.amount) });
  if (d.arrivedOn > today) throw new StatementFormatError(d.lineNo, 'date_in_future', { date: d.arrivedOn, today });
  if (d.lineNo > MAX_STATEMENT_LINES) throw new StatementFormatError(d.lineNo, 'too_many_lines', { max: MAX_STATEMENT_LINES });
  return d;
}
