/** Parameters that an error message may quote (limits, amounts, allowed values). */
export type ErrorParams = Record<string, string | number | boolean | string[] | number[] | null>;

/** A business error with an HTTP status and a stable machine code; the API maps it in one place. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly params: ErrorParams = {},
    readonly field?: string,
  ) {
    super(`${code}${field ? ` (${field})` : ''}`);
    this.name = new.target.name;
  }
}

/** The resource does not exist, or the caller may not know that it does. */
export class NotFoundError extends AppError {
  constructor(resource: string) {
    super(404, 'not_found', { resource });
  }
}

/** The request clashes with the current state (a taken ID, a step out of order). */
export class ConflictError extends AppError {
  constructor(code: string, params: ErrorParams = {}, field?: string) {
    super(409, code, params, field);
  }
}

/** The input is well-formed but breaks a business rule. */
export class InputError extends AppError {
  constructor(code: string, params: ErrorParams = {}, field?: string) {
    super(422, code, params, field);
  }
}

/** No valid credentials. */
export class UnauthenticatedError extends AppError {
  constructor(code = 'unauthenticated') {
    super(401, code);
  }
}

/** Valid credentials, but this kind of caller may not use the operation. */
export class ForbiddenError extends AppError {
  constructor() {
    super(403, 'forbidden');
  }
}

/** Too many attempts; the caller may retry after the given seconds. */
export class RateLimitedError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super(429, 'rate_limited', { retryAfterSeconds });
  }
}

/** The balance cannot pay for a debit; carries both figures for the message. */
export class InsufficientBalanceError extends AppError {
  constructor(balance: number, required: number) {
    super(422, 'insufficient_balance', { balance, required, shortfall: required - balance });
  }
}
