import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import type Koa from 'koa';
import type { Logger } from 'pino';
import type { SessionsStore } from '../../db/accounts/sessions.store';
import { presentedApiKey } from './api-key-auth';
import { ProblemError } from './problem';
import { CSRF_HEADER, isCsrfToken, sessionTokenFromCookie } from './session-cookie';

/** The request's ID: the caller's X-Request-Id when it is sane, else a new one. */
export const requestIdOf = (incoming: string | undefined) =>
  incoming && /^[A-Za-z0-9._-]{8,64}$/.test(incoming) ? incoming : randomUUID();

/** Gives every request an ID (kept from X-Request-Id when sane) and logs one line when it ends. */
export function requestLog(log: Logger): Koa.Middleware {
  return async function requestLogger(ctx, next) {
    const incoming = ctx.get('x-request-id');
    const requestId = requestIdOf(incoming);
    ctx.state.requestId = requestId;
    ctx.state.log = log.child({ requestId });
    ctx.set('X-Request-Id', requestId);
    const started = process.hrtime.bigint();
    try {
      await next();
    } finally {
      // Only the path, never the query string or body: both may carry tokens. The PBX's own
      // traffic (an authorisation per call set-up, thousands a second) logs at debug unless it fails.
      const level = ctx.state.caller === 'pbx' && ctx.status < 400 ? 'debug' : 'info';
      if (ctx.state.log.isLevelEnabled(level)) {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        ctx.state.log[level]({ method: ctx.method, path: ctx.path, status: ctx.status, ms: Math.round(ms * 10) / 10 }, 'request');
      }
    }
  };
}

/** Conservative security headers of every answer; the docs page relaxes the content policy for itself only. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  'Cache-Control': 'no-store',
};

/** Sets SECURITY_HEADERS on every answer. */
export function securityHeaders(): Koa.Middleware {
  return async function setSecurityHeaders(ctx, next) {
    ctx.set(SECURITY_HEADERS);
    await next();
  };
}

/** CORS for an explicit list of origins only; any other origin gets no CORS headers at all. */
export function cors(allowedOrigins: string[]): Koa.Middleware {
  const allowed = new Set(allowedOrigins);
  return async function corsPolicy(ctx, next) {
    const origin = ctx.get('origin');
    ctx.vary('Origin');
    if (origin && allowed.has(origin)) {
      ctx.set('Access-Control-Allow-Origin', origin);
      ctx.set(
        'Access-Control-Expose-Headers',
        'X-Request-Id, Idempotent-Replayed, Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, WWW-Authenticate, Location',
      );
      if (ctx.method === 'OPTIONS' && ctx.get('access-control-request-method')) {
        ctx.set('Access-Control-Allow-Methods', 'GET, POST, PUT, PATCH, DELETE');
        ctx.set('Access-Control-Allow-Headers', 'Authorization, Content-Type, Idempotency-Key, Accept-Language, X-Request-Id');
        ctx.set('Access-Control-Max-Age', '600');
        ctx.status = 204;
        return;
      }
    }
    await next();
  };
}

/**
 * Resolves a bearer token, or a browser session's cookie, to its principal; routes decide whether
 * one is required. A cookie session must send its CSRF token with every state-changing request.
 * An API key is left to the routes (api-key-auth.ts), which know its rate limit and its grant.
 * A token whose session has ended sets no principal, so public operations (the login) still work.
 */
export function resolvePrincipal(sessions: SessionsStore, secret: string): Koa.Middleware {
  return async function principalFromToken(ctx, next) {
    if (presentedApiKey(ctx.get('authorization')) !== undefined) return next();
    const match = /^Bearer ([A-Za-z0-9_-]{20,100})$/.exec(ctx.get('authorization'));
    const token = match?.[1] ?? sessionTokenFromCookie(ctx.get('cookie'));
    const session = token ? await sessions.inspect(token) : undefined;
    const principal = session?.state === 'active' ? session.principal : undefined;
    // An operation that needs a login then says why this token no longer is one (mount.ts).
    if (session?.state === 'expired' || session?.state === 'revoked') ctx.state.sessionEnded = session.state;
    if (token && principal) {
      // A browser sends its cookie to any site's form: a state change needs the session's CSRF token too.
      // A cookie whose session has ended is ignored, so that it never stands between a person and the login form.
      if (!match && !SAFE_METHODS.has(ctx.method) && !isCsrfToken(secret, token, ctx.get(CSRF_HEADER)))
        throw new ProblemError(403, 'csrf_token_invalid');
      ctx.state.token = token;
      ctx.state.principal = principal;
    }
    await next();
  };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const digest = (s: string) => createHash('sha256').update(s).digest();
const expectedDigests = new Map<string, Buffer>();

/**
 * Whether the request's X-Pbx-Key is the configured PBX service key. Both sides are hashed first
 * so the comparison is constant-time whatever the lengths; no database round trip, which matters
 * at one authorisation per call set-up.
 */
export function isPbxKey(presented: string, configuredKey: string | undefined): boolean {
  if (!configuredKey || !presented) return false;
  let expected = expectedDigests.get(configuredKey);
  if (!expected) expectedDigests.set(configuredKey, (expected = digest(configuredKey)));
  return timingSafeEqual(expected, digest(presented));
}
