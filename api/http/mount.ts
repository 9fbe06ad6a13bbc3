import Router from '@koa/router';
import type Koa from 'koa';
import type { z } from 'zod';
import { AppError, ForbiddenError, UnauthenticatedError } from '../../domain/errors';
import { callerKind } from '../../domain/principal';
import { sha256 } from '../../lib/crypto';
import type { ApiDeps } from '../deps';
import { apiKeyAuthenticator, assertApiKeyMayCall, type ApiKeyAuthenticator } from './api-key-auth';
import { auditTrail, statusOfError, type AuditTrail } from './audit';
import { findNulCharacter, parseJsonBody } from './body';
import { isPbxKey } from './middleware';
import { fieldError, nulCharacterError } from './field-messages';
import { messageFor, pickLang, type Lang } from './messages';
import { problem, ProblemError } from './problem';
import type { HandlerResult, RouteDef } from './route';

/** Parses one part of a request, or throws the 422 problem that lists every invalid field. */
export function validate<T>(schema: z.ZodType<T> | undefined, value: unknown, location: string, lang: Lang): T {
  if (!schema) return value as T;
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new ProblemError(
    422,
    'validation_failed',
    {},
    parsed.error.issues.map((i) => fieldError(i, location, lang, value)),
  );
}

/** What a staff session with a temporary password may still do: see itself, log out, replace the password. */
const PASSWORD_CHANGE_OPERATIONS = new Set(['getSession', 'logout', 'changeOwnStaffPassword']);

/** Why a well-formed session token no longer logs in, as the 401 says it. */
const ENDED_SESSION_CODES: Record<string, string> = { expired: 'session_expired', revoked: 'session_revoked' };

function authorise(def: RouteDef, ctx: Koa.Context, deps: ApiDeps) {
  if (def.access === 'public') return;
  const principal = ctx.state.principal;
  // A bearer session wins; otherwise the PBX's service key, checked only where a route needs a caller.
  const kind = principal ? callerKind(principal) : isPbxKey(ctx.get('x-pbx-key'), deps.config.auth.pbxClientKey) ? 'pbx' : undefined;
  if (!kind) {
    const ended = ENDED_SESSION_CODES[ctx.state.sessionEnded as string];
    if (!ended) throw new UnauthenticatedError();
    // RFC 6750: the token was a real one and no longer works; a program learns why without parsing the body.
    ctx.set('WWW-Authenticate', `Bearer error="invalid_token", error_description="${messageFor(ended, 'en').replace(/["\\]/g, "'")}"`);
    throw new UnauthenticatedError(ended);
  }
  if (!def.access.includes(kind)) throw new ForbiddenError();
  // Until its owner replaces a password an administrator chose, the session only reaches what replacing it needs.
  if (principal?.kind === 'staff' && principal.mustChangePassword && !PASSWORD_CHANGE_OPERATIONS.has(def.operationId))
    throw new AppError(403, 'password_change_required');
  if ((principal?.kind === 'account' || principal?.kind === 'circle') && principal.apiKey) assertApiKeyMayCall(def, principal.apiKey);
  ctx.state.caller = kind;
}

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

async function runIdempotent(
  def: RouteDef,
  ctx: Koa.Context,
  deps: ApiDeps,
  rawBody: string,
  run: () => Promise<HandlerResult>,
): Promise<HandlerResult> {
  const key = ctx.get('idempotency-key');
  if (!def.idempotent || !key) return run();
  if (!IDEMPOTENCY_KEY.test(key)) throw new ProblemError(400, 'invalid_idempotency_key');
  const p = ctx.state.principal;
  const scope = !p
    ? ctx.state.caller === 'pbx'
      ? 'pbx'
      : 'anonymous'
    : p.kind === 'staff'
      ? `staff:${p.staffId}`
      : p.kind === 'account'
        ? `account:${p.accountId}`
        : p.kind === 'circle'
          ? `circle:${p.circleId}`
          : `unique:${p.uniqueId}`;
  const hash = sha256(rawBody);
  const claim = await deps.stores.idempotency.claim(scope, key, def.method, ctx.path, hash);
  if (claim.state === 'mismatch') throw new ProblemError(422, 'idempotency_key_reused');
  if (claim.state === 'in_progress') throw new ProblemError(409, 'idempotency_in_progress');
  if (claim.state === 'replay') {
    ctx.set('Idempotent-Replayed', 'true');
    return {
      status: claim.status,
      body: claim.body,
      headers: claim.location ? { Location: claim.location } : undefined,
      contentType: claim.status >= 400 ? 'application/problem+json' : undefined,
    };
  }
  try {
    const result = await run();
    const kept = def.replayBody ? def.replayBody(result.body) : result.body;
    const location = result.headers?.Location ?? result.headers?.location;
    await deps.stores.idempotency.complete(
      scope,
      key,
      result.status ?? 200,
      kept ?? null,
      typeof location === 'string' ? location : undefined,
    );
    return result;
  } catch (err) {
    // A business refusal is the answer to this request and replays; anything else may be retried.
    const status = (err as { status?: number }).status;
    if (status && status >= 400 && status < 500 && status !== 409 && status !== 429) {
      const e = err as { code: string; params?: Record<string, never>; field?: string; errors?: never[] };
      const doc = problem(status, e.code, pickLang(ctx.get('accept-language')), String(ctx.state.requestId), {
        params: e.params,
        field: e.field,
        errors: e.errors,
        base: deps.config.publicBaseUrl,
      });
      await deps.stores.idempotency.complete(scope, key, status, doc);
    } else {
      await deps.stores.idempotency.release(scope, key);
    }
    throw err;
  }
}

/** Authenticates an API key, then validates, authorises and runs one request, writing its audit row (if any) before the handler runs. */
async function handle(
  def: RouteDef,
  ctx: Koa.Context,
  deps: ApiDeps,
  audit: AuditTrail | undefined,
  authenticateApiKey: ApiKeyAuthenticator,
): Promise<void> {
  // A public operation ignores credentials, so a revoked key never stands between a program and, say, the login.
  if (def.access !== 'public') await authenticateApiKey(ctx);
  authorise(def, ctx, deps);
  const lang = pickLang(ctx.get('accept-language'));
  const hasBody = def.method !== 'get' && def.method !== 'delete';
  const { raw, value } = hasBody ? await parseJsonBody(ctx, deps.config.http.bodyLimitBytes) : { raw: '', value: undefined };
  audit?.noteBody(value);
  const nul = findNulCharacter({ ...ctx.query }, 'query') ?? findNulCharacter({ ...ctx.params }, 'path');
  if (nul) throw new ProblemError(422, 'validation_failed', {}, [nulCharacterError(nul, lang)]);
  const params = validate(def.params, ctx.params, 'path', lang);
  const query = validate(def.query, { ...ctx.query }, 'query', lang);
  const body = validate(def.body, def.body && value === undefined ? {} : value, 'body', lang);
  await audit?.open();
  const result = await runIdempotent(def, ctx, deps, `${raw}`, () =>
    def.handler({
      params,
      query,
      body,
      principal: ctx.state.principal,
      lang,
      ip: ctx.ip,
      requestId: ctx.state.requestId,
      headers: ctx.headers,
      rawBody: raw,
      deps,
    }),
  );
  ctx.status = result.status ?? 200;
  for (const [k, v] of Object.entries(result.headers ?? {})) ctx.set(k, v);
  if (result.body !== undefined && ctx.status !== 204) {
    ctx.body = result.body;
    if (result.contentType) ctx.type = result.contentType;
  }
}

/** Registers each route's validation, access rule, idempotency, audit trail and handler on a Koa router. */
export function mountRoutes(routes: RouteDef[], deps: ApiDeps): Router {
  const router = new Router();
  // One per router: the API keys' rate windows live in this process.
  const authenticateApiKey = apiKeyAuthenticator(deps);
  for (const def of routes) {
    router[def.method](def.operationId, def.path, async (ctx) => {
      const audit = auditTrail(def, ctx, deps);
      try {
        await handle(def, ctx, deps, audit, authenticateApiKey);
      } catch (err) {
        await audit?.settle(statusOfError(err));
        throw err;
      }
      await audit?.settle(ctx.status);
    });
  }
  return router;
}
