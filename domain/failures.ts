import type { ErrorParams } from './errors';

/**
 * How one typed failure (an ApplicationFailure `type`) is answered over HTTP. Activities raise the
 * type for a store's refusal by its `code`; the API answers the type with `status`, `code`, `field`.
 */
export interface FailureRule {
  type: string;
  status: number;
  code: string;
  field?: string;
  /** Parameters the message always gets. */
  params?: ErrorParams;
  /** Puts the failure's message into this message parameter. */
  messageAs?: string;
}

/** A domain's failure table, keyed by a short name for the code that raises it. */
export type FailureTable = Record<string, FailureRule>;

/** The rule of a failure type among the tables. */
export function ruleOfType(tables: FailureTable[], type: string): FailureRule | undefined {
  for (const t of tables) for (const r of Object.values(t)) if (r.type === type) return r;
  return undefined;
}

/** The rule that carries a store's refusal (`AppError.code`) out of an activity, if the table has one. */
export function ruleOfCode(table: FailureTable, code: string): FailureRule | undefined {
  return Object.values(table).find((r) => r.code === code);
}
