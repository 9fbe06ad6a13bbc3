import type { Knex } from 'knex';
import { ConflictError, NotFoundError } from '../../domain/errors';
import type { ApiKeyAccess } from '../../domain/principal';

/** An API key as its owner sees it: never the secret, which is shown once when it is made. */
export interface ApiKey {
  id: string;
  accountId: string;
  /** Null: the key acts as the account; otherwise as this circle's login. */
  circleId: string | null;
  access: ApiKeyAccess;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
}

/** What authentication needs to know about a presented key, the state of its circle included. */
export interface ApiKeyCredential {
  id: string;
  accountId: string;
  circleId: string | null;
  access: ApiKeyAccess;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
  /** The key's circle has been removed: the key ends with it. */
  circleRemoved: boolean;
}

/** Which keys a caller manages: the account's, or only those of one circle. */
export interface ApiKeyOwner {
  accountId: string;
  circleId?: string;
}

type ApiKeyRow = {
  id: string;
  account_id: string;
  circle_id: string | null;
  access: ApiKeyAccess;
  name: string;
  prefix: string;
  secret_hash: string;
  created_at: Date;
  last_used_at: Date | null;
  expires_at: Date | null;
  revoked_at: Date | null;
};

const toApiKey = (r: ApiKeyRow): ApiKey => ({
  id: r.id,
  accountId: r.account_id,
  circleId: r.circle_id,
  access: r.access,
  name: r.name,
  prefix: r.prefix,
  createdAt: r.created_at,
  lastUsedAt: r.last_used_at,
  expiresAt: r.expires_at,
  revokedAt: r.revoked_at,
});

/** Customers' API keys: only the SHA-256 of each key is kept (see the migration for why no slow hash). */
export function createApiKeysStore(db: Knex) {
  const owned = (owner: ApiKeyOwner, q: Knex = db) => {
    const rows = q<ApiKeyRow>('api_keys').where({ account_id: owner.accountId });
    return owner.circleId ? rows.where({ circle_id: owner.circleId }) : rows;
  };
  return {
    /** Stores a new key unless the account already has `maxActive` keys that still work. */
    async create(
      input: {
        accountId: string;
        circleId: string | null;
        access: ApiKeyAccess;
        name: string;
        prefix: string;
        secretHash: string;
        expiresAt: Date | null;
      },
      maxActive: number,
    ): Promise<ApiKey> {
      return db.transaction(async (trx) => {
        // Serialises key creation per account, so two concurrent requests cannot both take the last place.
        await trx.raw('select pg_advisory_xact_lock(hashtext(?))', [`api-keys:${input.accountId}`]);
        const { n } = (await trx('api_keys')
          .where({ account_id: input.accountId })
          .whereNull('revoked_at')
          .where((q) => q.whereNull('expires_at').orWhere('expires_at', '>', trx.fn.now()))
          .count<{ n: string }[]>('* as n')
          .first())!;
        if (Number(n) >= maxActive) throw new ConflictError('api_key_limit_reached', { limit: maxActive });
        const [row] = await trx<ApiKeyRow>('api_keys')
          .insert({
            account_id: input.accountId,
            circle_id: input.circleId,
            access: input.access,
            name: input.name,
            prefix: input.prefix,
            secret_hash: input.secretHash,
            expires_at: input.expiresAt,
          })
          .returning('*');
        return toApiKey(row!);
      });
    },

    /** The owner's keys, newest first, revoked and expired ones included. */
    async list(owner: ApiKeyOwner): Promise<ApiKey[]> {
      const rows = await owned(owner).orderBy([
        { column: 'created_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ]);
      return rows.map(toApiKey);
    },

    /** One of the owner's keys; anyone else's reads as missing. */
    async get(owner: ApiKeyOwner, id: string): Promise<ApiKey> {
      const row = await owned(owner).where({ id }).first();
      if (!row) throw new NotFoundError('API key');
      return toApiKey(row);
    },

    /** Revokes the key; a key already revoked keeps its first revocation time, so repeating answers the same. */
    async revoke(owner: ApiKeyOwner, id: string): Promise<ApiKey> {
      await owned(owner).where({ id }).whereNull('revoked_at').update({ revoked_at: db.fn.now() });
      const row = await owned(owner).where({ id }).first();
      if (!row) throw new NotFoundError('API key');
      return toApiKey(row);
    },

    /** The key with this secret hash, whatever its state, so that the caller can say why it no longer works. */
    async findCredential(secretHash: string): Promise<ApiKeyCredential | undefined> {
      const row = await db('api_keys as k')
        .leftJoin('circles as c', 'c.id', 'k.circle_id')
        .where('k.secret_hash', secretHash)
        .select<(ApiKeyRow & { circle_removed_at: Date | null })[]>('k.*', 'c.removed_at as circle_removed_at')
        .first();
      if (!row) return undefined;
      return {
        id: row.id,
        accountId: row.account_id,
        circleId: row.circle_id,
        access: row.access,
        lastUsedAt: row.last_used_at,
        expiresAt: row.expires_at,
        revokedAt: row.revoked_at,
        circleRemoved: row.circle_removed_at !== null,
      };
    },

    /**
     * Notes that the key was used, unless that was noted less than a minute ago: a busy key costs
     * one write a minute, not one per request, and concurrent processes skip each other's update.
     */
    async touch(id: string): Promise<void> {
      await db('api_keys')
        .where({ id })
        .where((q) => q.whereNull('last_used_at').orWhere('last_used_at', '<', db.raw(`now() - interval '1 minute'`)))
        .update({ last_used_at: db.fn.now() });
    },
  };
}

export type ApiKeysStore = ReturnType<typeof createApiKeysStore>;
