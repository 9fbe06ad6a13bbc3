import type { Knex } from 'knex';
import { NotFoundError } from '../../domain/errors';

/** A customer's webhook endpoint as the API shows it (never its secret). */
export interface WebhookEndpoint {
  id: string;
  accountId: string;
  url: string;
  description: string | null;
  eventTypes: string[];
  enabled: boolean;
  disabledReason: string | null;
  disabledAt: Date | null;
  failingSince: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** The endpoint with its sealed secrets, for signing. */
export interface SigningEndpoint extends WebhookEndpoint {
  secretEnc: string;
  /** The secret before the last rotation, still signed with until it expires. */
  previousSecretEnc: string | null;
}

type EndpointRow = {
  id: string;
  account_id: string;
  url: string;
  description: string | null;
  event_types: string[];
  secret_enc: string;
  previous_secret_enc: string | null;
  previous_secret_expires_at: Date | null;
  enabled: boolean;
  disabled_reason: string | null;
  disabled_at: Date | null;
  failing_since: Date | null;
  created_at: Date;
  updated_at: Date;
};

const toEndpoint = (r: EndpointRow): WebhookEndpoint => ({
  id: r.id,
  accountId: r.account_id,
  url: r.url,
  description: r.description,
  eventTypes: r.event_types,
  enabled: r.enabled,
  disabledReason: r.disabled_reason,
  disabledAt: r.disabled_at,
  failingSince: r.failing_since,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** What a customer may change on an endpoint. */
export interface EndpointPatch {
  url?: string;
  description?: string | null;
  eventTypes?: string[];
  enabled?: boolean;
}

/** Customers' webhook endpoints: each account sees only its own. */
export function createWebhookEndpointsStore(db: Knex) {
  const own = (accountId: string, id: string) => db<EndpointRow>('webhook_endpoints').where({ id, account_id: accountId });

  return {
    /** Adds an endpoint unless the account already has `max`; undefined when it has. */
    async create(
      e: { accountId: string; url: string; description: string | null; eventTypes: string[]; secretEnc: string },
      max: number,
    ): Promise<WebhookEndpoint | undefined> {
      return db.transaction(async (trx) => {
        // Serialises concurrent creations of one account so the limit holds.
        await trx.raw('select id from accounts where id = ? for update', [e.accountId]);
        const { count } = (await trx('webhook_endpoints').where({ account_id: e.accountId }).count({ count: '*' }).first()) as {
          count: string;
        };
        if (Number(count) >= max) return undefined;
        const [row] = await trx<EndpointRow>('webhook_endpoints')
          .insert({ account_id: e.accountId, url: e.url, description: e.description, event_types: e.eventTypes, secret_enc: e.secretEnc })
          .returning('*');
        return toEndpoint(row!);
      });
    },

    async list(accountId: string): Promise<WebhookEndpoint[]> {
      return (await db<EndpointRow>('webhook_endpoints').where({ account_id: accountId }).orderBy('created_at')).map(toEndpoint);
    },

    /** The account's endpoint; not found for anyone else's. */
    async get(accountId: string, id: string): Promise<WebhookEndpoint> {
      const row = await own(accountId, id).first();
      if (!row) throw new NotFoundError('webhook endpoint');
      return toEndpoint(row);
    },

    /** The endpoint with the secrets it signs with now (an expired previous secret is left out). */
    async forSigning(id: string): Promise<SigningEndpoint | undefined> {
      const row = await db<EndpointRow>('webhook_endpoints')
        .where({ id })
        .first('*', db.raw('previous_secret_expires_at > now() as previous_valid'));
      if (!row) return undefined;
      const valid = (row as EndpointRow & { previous_valid: boolean | null }).previous_valid === true;
      return { ...toEndpoint(row), secretEnc: row.secret_enc, previousSecretEnc: valid ? row.previous_secret_enc : null };
    },

    /** Applies a customer's change; enabling again clears the failure state. */
    async update(accountId: string, id: string, patch: EndpointPatch): Promise<WebhookEndpoint> {
      const set: Record<string, unknown> = { updated_at: db.fn.now() };
      if (patch.url !== undefined) set.url = patch.url;
      if (patch.description !== undefined) set.description = patch.description;
      if (patch.eventTypes !== undefined) set.event_types = patch.eventTypes;
      if (patch.enabled === true) Object.assign(set, { enabled: true, disabled_reason: null, disabled_at: null, failing_since: null });
      if (patch.enabled === false)
        Object.assign(set, { enabled: false, disabled_reason: 'customer', disabled_at: db.fn.now(), failing_since: null });
      const [row] = await own(accountId, id).update(set).returning('*');
      if (!row) throw new NotFoundError('webhook endpoint');
      return toEndpoint(row);
    },

    async remove(accountId: string, id: string): Promise<void> {
      const n = await own(accountId, id).delete();
      if (n === 0) throw new NotFoundError('webhook endpoint');
    },

    /** Replaces the secret; the old one keeps signing (as a second v1) for `graceHours`. */
    async rotateSecret(accountId: string, id: string, secretEnc: string, graceHours: number): Promise<WebhookEndpoint> {
      const [row] = await own(accountId, id)
        .update({
          previous_secret_enc: db.raw('secret_enc'),
          previous_secret_expires_at: db.raw(`now() + make_interval(hours => ?)`, [graceHours]),
          secret_enc: secretEnc,
          updated_at: db.fn.now(),
        } as never)
        .returning('*');
      if (!row) throw new NotFoundError('webhook endpoint');
      return toEndpoint(row);
    },
  };
}

export type WebhookEndpointsStore = ReturnType<typeof createWebhookEndpointsStore>;
