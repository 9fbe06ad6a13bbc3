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
export function problem(
  status: number,
  code: string,
  lang: Lang,
  requestId: string,
  extra: { params?: ErrorParams; field?: string; errors?: FieldError[] } = {},
): Problem {
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

const PG_UNAVAILABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', '57P01', '57P02', '57P03', '08000', '08003', '08006']);
// gRPC status codes UNAVAILABLE (14) and DEADLINE_EXCEEDED (4), as Temporal's client reports them.
const GRPC_UNAVAILABLE = new Set([4, 14]);

/** True when the error says PostgreSQL or Temporal cannot answer right now. */
function isDependencyOutage(err: unknown): boolean {
  const e = err as { name?: string; code?: string | number; details?: unknown; cause?: { code?: number } };
  if (!e) return false;
  if (e.name === 'KnexTimeoutError') return true;
  if (typeof e.code === 'string' && PG_UNAVAILABLE.has(e.code)) return true;
  const grpcCode = typeof e.code === 'number' ? e.code : e.cause?.code;
  return (e.name === 'ServiceError' || e.name === 'ConnectionError' || e.details !== undefined) && GRPC_UNAVAILABLE.has(Number(grpcCode));
}

function dependencyName(err: unknown): string {
  const e = err as { name?: string; code?: unknown };
  return e.name === 'KnexTimeoutError' || typeof e.code === 'string' ? 'database' : 'temporal';
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
      } else if (isDependencyOutage(err)) {
        // A dependency that is down or overloaded is worth retrying: 503 with a hint, not a 500.
        ctx.state.log?.warn({ err }, 'dependency unavailable');
        ctx.set('Retry-After', '2');
        body = problem(503, 'service_unavailable', lang, requestId, { params: { down: dependencyName(err) } });
      } else {
        ctx.state.log?.error({ err }, 'unhandled error');
        body = problem(500, 'internal_error', lang, requestId);
      }
      // RFC 9110: a 401 names the scheme to use; a refused API key has already said why it failed.
      if (body.status === 401 && !ctx.response.get('WWW-Authenticate')) ctx.set('WWW-Authenticate', 'Bearer');
      ctx.status = body.status;
      ctx.type = 'application/problem+json';
      ctx.body = body;
    }
  };
}
