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

/**
 * The page that explains a code (served by api/http/problem-pages.ts). Without the API's public
 * base URL it is a reference relative to the answer's own URL, which resolves to the same page.
 */
export function problemTypeUri(code: string, base?: string): string {
  return `${(base ?? '').replace(/\/$/, '')}/docs/problems/${encodeURIComponent(code)}`;
}

/** The detail of a problem that lists fields: the code's text, then what is wrong with each field (the first three). */
function detailOf(code: string, lang: Lang, params: ErrorParams | undefined, errors: FieldError[] | undefined): string {
  const text = messageFor(code, lang, params);
  if (!errors?.length) return text;
  const shown = errors.slice(0, 3).map((e) => e.message.replace(/[.。]$/, ''));
  const more = errors.length - shown.length;
  if (lang === 'ja') return `${text.replace(/。$/, '')}（${shown.join('、')}${more > 0 ? `、ほか${more}件` : ''}）。`;
  return `${text.replace(/\.$/, '')}: ${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}.`;
}

/** Builds a problem document for a code, in the caller's language. */
export function problem(
  status: number,
  code: string,
  lang: Lang,
  requestId: string,
  extra: { params?: ErrorParams; field?: string; errors?: FieldError[]; base?: string } = {},
): Problem {
  return {
    type: problemTypeUri(code, extra.base),
    title: messageFor(code, 'en', extra.params),
    status,
    code,
    detail: detailOf(code, lang, extra.params, extra.errors),
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

/** The problem document (and headers) any error answers with; the one mapping from errors to HTTP. */
export function problemFor(
  err: unknown,
  lang: Lang,
  requestId: string,
  log?: { warn: (o: object, m: string) => void; error: (o: object, m: string) => void },
  publicBaseUrl?: string,
): { body: Problem; headers: Record<string, string> } {
  const headers: Record<string, string> = {};
  let body: Problem;
  if (err instanceof ProblemError) {
    body = problem(err.status, err.code, lang, requestId, { params: err.params, errors: err.errors, base: publicBaseUrl });
  } else if (err instanceof AppError) {
    body = problem(err.status, err.code, lang, requestId, { params: err.params, field: err.field, base: publicBaseUrl });
    if (err instanceof RateLimitedError) headers['Retry-After'] = String(err.retryAfterSeconds);
  } else if (isDependencyOutage(err)) {
    // A dependency that is down or overloaded is worth retrying: 503 with a hint, not a 500.
    log?.warn({ err }, 'dependency unavailable');
    headers['Retry-After'] = '2';
    body = problem(503, 'service_unavailable', lang, requestId, { params: { down: dependencyName(err) }, base: publicBaseUrl });
  } else {
    log?.error({ err }, 'unhandled error');
    body = problem(500, 'internal_error', lang, requestId, { base: publicBaseUrl });
  }
  return { body, headers };
}

/** The one place that maps every error to an HTTP answer. */
export function errorMiddleware(publicBaseUrl?: string): Koa.Middleware {
  return async function problemJson(ctx, next) {
    try {
      await next();
    } catch (err) {
      const lang = pickLang(ctx.get('accept-language'));
      const { body, headers } = problemFor(err, lang, String(ctx.state.requestId ?? ''), ctx.state.log, publicBaseUrl);
      for (const [k, v] of Object.entries(headers)) ctx.set(k, v);
      // RFC 9110: a 401 names the scheme to use; a refused API key has already said why it failed.
      if (body.status === 401 && !ctx.response.get('WWW-Authenticate')) ctx.set('WWW-Authenticate', 'Bearer');
      ctx.status = body.status;
      ctx.type = 'application/problem+json';
      ctx.body = body;
    }
  };
}
