import { InputError, UnauthenticatedError } from '../../domain/errors';
import type { ApiKeyAccess, Principal } from '../../domain/principal';
import type { ApiKey, ApiKeyOwner } from '../../db/accounts/api-keys.store';
import type { ApiDeps } from '../deps';
import { newApiKey } from '../http/api-key-auth';

/** Keys an account may have that still work; revoked and expired ones do not count. */
export const MAX_ACTIVE_API_KEYS = 100;

/** Whose keys the caller manages: an account login all of the account's, a circle login its circle's only. */
export function apiKeyOwner(p: Principal | undefined): ApiKeyOwner {
  if (p?.kind === 'account') return { accountId: p.accountId };
  if (p?.kind === 'circle') return { accountId: p.accountId, circleId: p.circleId };
  throw new UnauthenticatedError();
}

/** What a new key asks for, as the route has parsed it. */
export interface NewApiKeyInput {
  name: string;
  scope: { circleId?: string };
  access: ApiKeyAccess;
  expiresAt?: string;
}

/**
 * Makes a key and answers it once; only its hash is kept. A circle login makes keys of its own
 * circle only (its default scope); naming another circle reads as an unknown one, as everywhere.
 */
export async function createApiKey(
  deps: ApiDeps,
  principal: Principal | undefined,
  input: NewApiKeyInput,
): Promise<{ apiKey: ApiKey; key: string }> {
  const owner = apiKeyOwner(principal);
  const circleId = input.scope.circleId ?? owner.circleId ?? null;
  if (owner.circleId && circleId !== owner.circleId) throw new InputError('api_key_circle_unknown', {}, 'scope.circleId');
  if (circleId && !(await deps.stores.circles.list(owner.accountId)).some((c) => c.id === circleId))
    throw new InputError('api_key_circle_unknown', {}, 'scope.circleId');
  const expiresAt = input.expiresAt ? new Date(input.expiresAt) : null;
  if (expiresAt && expiresAt.getTime() <= Date.now())
    throw new InputError('api_key_expiry_past', { expiresAt: input.expiresAt! }, 'expiresAt');
  const { key, prefix, secretHash } = newApiKey();
  const apiKey = await deps.stores.apiKeys.create(
    { accountId: owner.accountId, circleId, access: input.access, name: input.name, prefix, secretHash, expiresAt },
    MAX_ACTIVE_API_KEYS,
  );
  return { apiKey, key };
}
