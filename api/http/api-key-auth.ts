import { randomBytes, randomInt } from 'node:crypto';
import type Koa from 'koa';
import { AppError } from '../../domain/errors';
import type { ApiKeyGrant, Principal } from '../../domain/principal';
import { sha256 } from '../../lib/crypto';
import type { ApiDeps } from '../deps';
import { messageFor } from './messages';
import { createKeyRateLimiter } from './rate-limit-key';
import type { RouteDef } from './route';

/** How every API key starts, so that it is recognisable (and findable by secret scanners) wherever it leaks. */
export const API_KEY_PREFIX = 'pbx_live_';

const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const VISIBLE_CHARS = 8;
const API_KEY_FORMAT = /^pbx_live_[A-Za-z0-9]{8}_[A-Za-z0-9_-]{43}$/;

/** A new key: the whole key (shown once), its visible prefix and the hash that is stored. */
export function newApiKey(): { key: string; prefix: string; secretHash: string } {
  let visible = '';
  for (let i = 0; i < VISIBLE_CHARS; i++) visible += BASE62[randomInt(BASE62.length)];
  const prefix = `${API_KEY_PREFIX}${visible}`;
  // 32 random bytes: 256 bits no guess can reach, which is why a plain SHA-256 suffices to store it.
  const key = `${prefix}_${randomBytes(32).toString('base64url')}`;
  return { key, prefix, secretHash: sha256(key) };
}

/** The API key in an Authorization header, well-formed or not; undefined when the bearer is something else (a session token). */
export function presentedApiKey(authorization: string): string | undefined {
  const token = /^Bearer (\S+)$/.exec(authorization)?.[1];
  return token?.startsWith(API_KEY_PREFIX) ? token : undefined;
}

/**
 * What no API key may do, however it is scoped: manage keys, passwords or the account's profile
 * (whose mail address receives password reminders), or end a session it does not have. A leaked
 * key therefore never turns into a login or into more keys.
 */
const LOGIN_ONLY_OPERATIONS = new Set([
  'createApiKey',
  'listApiKeys',
  'getApiKey',
  'revokeApiKey',
  'changePassword',
  'updateAccount',
  'setCirclePassword',
  'logout',
]);

/** Refuses what the key's grant does not cover: login-only operations, and any write for a read-only key. */
export function assertApiKeyMayCall(def: RouteDef, grant: ApiKeyGrant): void {
  if (LOGIN_ONLY_OPERATIONS.has(def.operationId)) throw new AppError(403, 'api_key_not_allowed');
  if (grant.access === 'read' && def.method !== 'get') throw new AppError(403, 'api_key_read_only', { method: def.method.toUpperCase() });
}

/** A 401 for a key that does not work, with the RFC 6750 challenge that tells a program why. */
function refuse(ctx: Koa.Context, code: 'api_key_invalid' | 'api_key_revoked' | 'api_key_expired'): never {
  const description = messageFor(code, 'en').replace(/["\\]/g, "'");
  ctx.set('WWW-Authenticate', `Bearer error="invalid_token", error_description="${description}"`);
  throw new AppError(401, code);
}

const USE_NOTED_EVERY_MS = 60_000;

/**
 * Authenticates a request that presents an API key as its bearer token: finds the key by its hash,
 * says why one that no longer works does not, counts the request against the key's own limit
 * (RateLimit-* headers on every answer, 429 with Retry-After past it) and sets the principal of the
 * account, or of the circle for a circle key. A request with no API key passes untouched.
 */
export function apiKeyAuthenticator(deps: Pick<ApiDeps, 'stores' | 'config'>) {
  const limiter = createKeyRateLimiter(deps.config.auth.apiKeyRatePerMinute, 60_000);
  return async function authenticateApiKey(ctx: Koa.Context): Promise<void> {
    const key = presentedApiKey(ctx.get('authorization'));
    if (key === undefined) return;
    if (!API_KEY_FORMAT.test(key)) refuse(ctx, 'api_key_invalid');
    const cred = await deps.stores.apiKeys.findCredential(sha256(key));
    if (!cred) refuse(ctx, 'api_key_invalid');
    if (cred.revokedAt || cred.circleRemoved) refuse(ctx, 'api_key_revoked');
    if (cred.expiresAt && cred.expiresAt.getTime() <= Date.now()) refuse(ctx, 'api_key_expired');

    const verdict = limiter.hit(cred.id);
    ctx.set('RateLimit-Limit', String(verdict.limit));
    ctx.set('RateLimit-Remaining', String(verdict.remaining));
    ctx.set('RateLimit-Reset', String(verdict.resetSeconds));
    if (!verdict.allowed) {
      ctx.set('Retry-After', String(verdict.resetSeconds));
      throw new AppError(429, 'api_key_rate_limited', { limit: verdict.limit, retryAfterSeconds: verdict.resetSeconds });
    }

    if (!cred.lastUsedAt || Date.now() - cred.lastUsedAt.getTime() >= USE_NOTED_EVERY_MS) await deps.stores.apiKeys.touch(cred.id);
    const apiKey: ApiKeyGrant = { id: cred.id, access: cred.access };
    const principal: Principal = cred.circleId
      ? { kind: 'circle', accountId: cred.accountId, circleId: cred.circleId, apiKey }
      : { kind: 'account', accountId: cred.accountId, apiKey };
    ctx.state.principal = principal;
  };
}

export type ApiKeyAuthenticator = ReturnType<typeof apiKeyAuthenticator>;
