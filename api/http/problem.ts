import type Koa from 'koa';
import { AppError, RateLimitedError, type ErrorParams } from '../../domain/errors';
import { messageFor, pickLang, type Lang } from './messages';
import type { FieldError } from './field-messages';

/** An error that already carries its problem document fields (validation, bad bodies). */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly params: ErrorParams = {},
    readonly errors: FieldError[] = [],
  ) {
    super(code);
  }
}

/** The application/problem+json document every error answers with. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  field?: string;
  errors?: FieldError[];
  params?: ErrorParams;
  requestId: string;
}

/** Builds a problem document for a code, in the caller's language. */
export function problem(status: number, code: string, lang: Lang, requestId: string, extra: { params?: ErrorParams; field?: string; errors?: FieldError[] } = {}): Problem {
  return {
    type: `https://docs.pbx.example.jp/problems/${code}`,
    title: messageFor(code, 'en', extra.params),
    status,
    code,
    detail: messageFor(code, lang, extra.params),
    ...(extra.field ? { field: extra.field } : extra.errors?.[0] ? { field: extra.errors[0].field } : {}),
    ...(extra.errors?.length ? { errors: extra.errors } : {}),
    ...(extra.params && Object.keys(extra.params).length ? { params: extra.params } : {}),
    requestId,
  };
}

/** The one place that maps every error to an HTTP answer. */
export function errorMiddleware(): Koa.Middleware {
  return async function problemJson(ctx, next) {
    try {
      await next();
    } catch (err) {
      const lang = pickLang(ctx.get('accept-language'));
      const requestId = String(ctx.state.requestId ?? '');
      let body: Problem;
      if (err instanceof ProblemError) {
        body = problem(err.status, err.code, lang, requestId, { params: err.params, errors: err.errors });
      } else if (err instanceof AppError) {
        body = problem(err.status, err.code, lang, requestId, { params: err.params, field: err.field });
        if (err instanceof RateLimitedError) ctx.set('Retry-After', String(err.retryAfterSeconds));
      } else {
        ctx.state.log?.error({ err }, 'unhandled error');
        body = problem(500, 'internal_error', lang, requestId);
      }
      ctx.status = body.status;
      ctx.type = 'application/problem+json';
      ctx.body = body;
    }
  };
}
