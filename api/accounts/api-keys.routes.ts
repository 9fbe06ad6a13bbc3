import { z } from 'zod';
import type { ApiKey } from '../../db/accounts/api-keys.store';
import { defineRoute, locationHeader } from '../http/route';
import { listQuerySchema, pageOf, wholeList } from '../page';
import { nameSchema, uuidSchema } from '../schemas';
import { apiKeyOwner, createApiKey, MAX_ACTIVE_API_KEYS } from './api-keys.service';

const accessSchema = z
  .enum(['read', 'read_write'])
  .describe(
    'read: GET only (any other method is a 403 api_key_read_only); read_write: everything the login may do except manage keys, passwords or the account profile',
  );

const apiKeySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string().describe('The visible start of the key (pbx_live_ and 8 characters), to tell keys apart'),
  scope: z.object({ circleId: z.uuid().nullable().describe('null: the whole account; otherwise the key acts as this circle’s login') }),
  access: accessSchema,
  status: z.enum(['active', 'expired', 'revoked']),
  createdAt: z.iso.datetime({ offset: true }),
  lastUsedAt: z.iso.datetime({ offset: true }).nullable().describe('Noted at most once a minute'),
  expiresAt: z.iso.datetime({ offset: true }).nullable(),
  revokedAt: z.iso.datetime({ offset: true }).nullable(),
});

const createdSchema = apiKeySchema.extend({
  secret: z
    .string()
    .optional()
    .describe('The whole key, answered in this 201 only (an idempotent replay leaves it out): send it as Authorization: Bearer <secret>'),
});

const apiKeyExample = {
  id: '2d4f6a8c-1b3e-4d5f-a7c9-e1f3a5b7c9d1',
  name: '基幹システム連携',
  prefix: 'pbx_live_Xk3mP9qR',
  scope: { circleId: null },
  access: 'read_write',
  status: 'active',
  createdAt: '2026-11-02T02:00:00.000Z',
  lastUsedAt: '2026-11-20T01:16:00.000Z',
  expiresAt: '2027-11-01T15:00:00.000Z',
  revokedAt: null,
};
const createdExample = {
  ...apiKeyExample,
  lastUsedAt: null,
  secret: 'pbx_live_Xk3mP9qR7tLw2Vb8Nc4Hd6Jf1Gs5Ka0Zy3Ue9Ri',
};

const iso = (d: Date | null) => d?.toISOString() ?? null;

const present = (k: ApiKey) => ({
  id: k.id,
  name: k.name,
  prefix: k.prefix,
  scope: { circleId: k.circleId },
  access: k.access,
  status: k.revokedAt ? 'revoked' : k.expiresAt && k.expiresAt.getTime() <= Date.now() ? 'expired' : 'active',
  createdAt: k.createdAt.toISOString(),
  lastUsedAt: iso(k.lastUsedAt),
  expiresAt: iso(k.expiresAt),
  revokedAt: iso(k.revokedAt),
});

// A replay must not show the key a second time.
const withoutSecret = (body: unknown) => ({ ...(body as object), secret: undefined });
const keyParams = z.object({ apiKeyId: uuidSchema });
const MANAGED =
  'An account login manages all of the account’s keys, a circle login those of its own circle; an API key cannot manage keys (403 api_key_not_allowed).';

/** API keys for customers' programs: create (shown once), list, read, revoke. */
export const apiKeyRoutes = [
  defineRoute({
    method: 'post',
    path: '/v1/api-keys',
    operationId: 'createApiKey',
    tag: 'auth',
    summary: 'Create an API key; the key itself is answered this once only',
    description: `${MANAGED} The key authenticates as Authorization: Bearer pbx_live_… and acts as the account's login, or as the circle's for a circle key (scope.circleId; a circle login's keys are always its circle's). Each key has its own per-minute rate limit (RateLimit-* headers, 429 with Retry-After). An account may have ${MAX_ACTIVE_API_KEYS} working keys (409 api_key_limit_reached). A refused key answers 401 api_key_invalid, api_key_revoked or api_key_expired.`,
    access: ['account', 'circle'],
    idempotent: true,
    replayBody: withoutSecret,
    body: z
      .object({
        name: nameSchema.describe('What the key is for, to recognise it later'),
        scope: z
          .object({ circleId: uuidSchema.optional() })
          .strict()
          .default({})
          .describe('Leave circleId out for a key of the whole account'),
        access: accessSchema,
        expiresAt: z.iso.datetime({ offset: true }).optional().describe('Leave out for a key that works until revoked'),
      })
      .strict(),
    bodyExample: { name: '基幹システム連携', access: 'read_write', expiresAt: '2027-11-02T00:00:00+09:00' },
    responses: {
      201: {
        description: 'The new key, with the key itself in `secret` (and a Location header)',
        schema: createdSchema,
        example: createdExample,
        headers: locationHeader('/v1/api-keys/{apiKeyId}'),
      },
    },
    handler: async ({ principal, body, deps }) => {
      const { apiKey, key } = await createApiKey(deps, principal, body);
      return { status: 201, body: { ...present(apiKey), secret: key }, headers: { location: `/v1/api-keys/${apiKey.id}` } };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/api-keys',
    operationId: 'listApiKeys',
    tag: 'auth',
    summary: 'The API keys, newest first, revoked and expired ones included (never the keys themselves)',
    description: `${MANAGED} The answer is always one whole page (nextCursor null).`,
    access: ['account', 'circle'],
    query: listQuerySchema.strict(),
    responses: { 200: { description: 'Keys', schema: pageOf(apiKeySchema), example: { items: [apiKeyExample], nextCursor: null } } },
    handler: async ({ principal, deps }) => ({ body: wholeList((await deps.stores.apiKeys.list(apiKeyOwner(principal))).map(present)) }),
  }),
  defineRoute({
    method: 'get',
    path: '/v1/api-keys/:apiKeyId',
    operationId: 'getApiKey',
    tag: 'auth',
    summary: 'One API key (never the key itself)',
    description: MANAGED,
    access: ['account', 'circle'],
    params: keyParams,
    responses: { 200: { description: 'The key', schema: apiKeySchema, example: apiKeyExample } },
    handler: async ({ principal, params, deps }) => ({
      body: present(await deps.stores.apiKeys.get(apiKeyOwner(principal), params.apiKeyId)),
    }),
  }),
  defineRoute({
    method: 'delete',
    path: '/v1/api-keys/:apiKeyId',
    operationId: 'revokeApiKey',
    tag: 'auth',
    summary: 'Revoke an API key: from now on it answers 401 api_key_revoked',
    description: `${MANAGED} Revoking a revoked key answers the same, with the first revocation time.`,
    access: ['account', 'circle'],
    params: keyParams,
    responses: {
      200: {
        description: 'The revoked key',
        schema: apiKeySchema,
        example: { ...apiKeyExample, status: 'revoked', revokedAt: '2026-11-21T02:00:00.000Z' },
      },
    },
    handler: async ({ principal, params, deps }) => ({
      body: present(await deps.stores.apiKeys.revoke(apiKeyOwner(principal), params.apiKeyId)),
    }),
  }),
];
