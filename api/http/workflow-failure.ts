import { ApplicationFailure } from '@temporalio/client';
import { AppError, type ErrorParams } from '../../domain/errors';
import { ruleOfType, type FailureTable } from '../../domain/failures';

/** The first typed ApplicationFailure in an error's cause chain (an update's or a workflow's failure). */
export function typedFailureOf(err: unknown): ApplicationFailure | undefined {
  let e: unknown = err;
  while (e) {
    if (e instanceof ApplicationFailure && e.type) return e;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

const scalars = (details: unknown): ErrorParams =>
  Object.fromEntries(
    Object.entries((details ?? {}) as Record<string, unknown>).filter(
      ([, v]) => v === null || ['string', 'number', 'boolean'].includes(typeof v),
    ),
  ) as ErrorParams;

/**
 * The API's answer to a workflow's typed failure, from the domains' failure tables; undefined
 * when the error carries no failure the tables know (the caller rethrows it as it is).
 */
export function appErrorOf(err: unknown, tables: FailureTable[]): AppError | undefined {
  const failure = typedFailureOf(err);
  const rule = failure?.type ? ruleOfType(tables, failure.type) : undefined;
  if (!failure || !rule) return undefined;
  const params = { ...rule.params, ...scalars(failure.details?.[0]), ...(rule.messageAs ? { [rule.messageAs]: failure.message } : {}) };
  return new AppError(rule.status, rule.code, params, rule.field);
}
