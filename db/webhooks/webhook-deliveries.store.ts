import type { Knex } from 'knex';
import { NotFoundError } from '../../domain/errors';
import { toStoredEvent, type StoredEvent } from './events.store';
import { keysetAfter, keysetArgs, type KeysetAfter } from '../prepaid/keyset';

/** Where a delivery stands. */
export type DeliveryStatus = 'pending' | 'succeeded' | 'failed' | 'skipped';

/** One (endpoint, ordering key) queue that has pending deliveries. */
export interface DeliveryQueue {
  endpointId: string;
  orderingKey: string;
}

/** One try of a delivery, as the delivery log shows it. */
export interface DeliveryAttempt {
  attempt: number;
  startedAt: Date;
  finishedAt: Date | null;
  statusCode: number | null;
  latencyMs: number | null;
  error: string | null;
}

/** A delivery with its event and every attempt. */
export interface DeliveryLogEntry {
  id: string;
  endpointId: string;
  eventId: string;
  eventType: string;
  orderingKey: string;
  manual: boolean;
  status: DeliveryStatus;
  createdAt: Date;
  completedAt: Date | null;
  attempts: DeliveryAttempt[];
}

/** What an attempt needs: the delivery and its event. */
export interface DeliveryToSend {
  id: string;
  endpointId: string;
  status: DeliveryStatus;
  manual: boolean;
  event: StoredEvent;
}

/** Deliveries of events to endpoints, and the log of their attempts. */
export function createWebhookDeliveriesStore(db: Knex) {
  return {
    /**
     * Creates a delivery for every enabled endpoint of the events' accounts subscribed to their
     * types (once per endpoint and event, also when repeated) and returns the queues that hold the
     * events' deliveries, created now or before. Endpoints created after an event do not get it.
     */
    async enqueue(eventIds: string[]): Promise<DeliveryQueue[]> {
      if (eventIds.length === 0) return [];
      return db.transaction(async (trx) => {
        await trx.raw(
          `insert into webhook_deliveries (endpoint_id, event_id, event_seq, account_id, ordering_key)
           select w.id, e.id, e.seq, e.account_id, e.resource_type || ':' || e.resource_id
             from events e join webhook_endpoints w on w.account_id = e.account_id
            where e.id = any(?::uuid[]) and w.enabled and e.type = any(w.event_types) and w.created_at <= e.occurred_at
           on conflict (endpoint_id, event_id) where not manual do nothing`,
          [eventIds],
        );
        const { rows } = await trx.raw(
          `select distinct endpoint_id, ordering_key from webhook_deliveries where event_id = any(?::uuid[]) and not manual and status = 'pending'`,
          [eventIds],
        );
        return rows.map((r: { endpoint_id: string; ordering_key: string }) => ({ endpointId: r.endpoint_id, orderingKey: r.ordering_key }));
      });
    },

    /** The queue's oldest pending automatic delivery. */
    async next(q: DeliveryQueue): Promise<string | undefined> {
      const row = await db('webhook_deliveries')
        .where({ endpoint_id: q.endpointId, ordering_key: q.orderingKey, status: 'pending', manual: false })
        .orderBy('event_seq')
        .first('id');
      return row?.id;
    },

    /** Queues whose oldest pending delivery has waited untried longer than the given seconds (a lost wake-up). */
    async stalled(olderThanSeconds: number, limit: number): Promise<DeliveryQueue[]> {
      const { rows } = await db.raw(
        `select distinct d.endpoint_id, d.ordering_key from webhook_deliveries d
          where d.status = 'pending' and not d.manual and d.attempts = 0
            and d.created_at < now() - make_interval(secs => ?)
            and not exists (select 1 from webhook_delivery_attempts a where a.delivery_id = d.id)
          limit ?`,
        [olderThanSeconds, limit],
      );
      return rows.map((r: { endpoint_id: string; ordering_key: string }) => ({ endpointId: r.endpoint_id, orderingKey: r.ordering_key }));
    },

    async forSending(deliveryId: string): Promise<DeliveryToSend | undefined> {
      const row = await db('webhook_deliveries as d')
        .join('events as e', 'e.id', 'd.event_id')
        .where('d.id', deliveryId)
        .first('d.id as delivery_id', 'd.endpoint_id', 'd.status', 'd.manual', 'e.*');
      if (!row) return undefined;
      return { id: row.delivery_id, endpointId: row.endpoint_id, status: row.status, manual: row.manual, event: toStoredEvent(row) };
    },

    /** Logs an attempt as started (a crash leaves it without a result); returns its row ID. */
    async startAttempt(deliveryId: string, attempt: number): Promise<string> {
      const { rows } = await db.raw(
        `insert into webhook_delivery_attempts (delivery_id, attempt) values (?, ?)
         on conflict (delivery_id, attempt) do update set started_at = now() returning id`,
        [deliveryId, attempt],
      );
      return rows[0].id;
    },

    /** Records an attempt's result; a 2xx (or a final failure) ends the delivery; a 2xx clears the endpoint's failure state. */
    async finishAttempt(
      a: { attemptId: string; deliveryId: string; endpointId: string },
      r: { ok: boolean; statusCode: number | null; latencyMs: number; error: string | null; final: boolean },
    ): Promise<void> {
      await db.transaction(async (trx) => {
        await trx('webhook_delivery_attempts')
          .where({ id: a.attemptId })
          .update({ finished_at: trx.fn.now(), status_code: r.statusCode, latency_ms: r.latencyMs, error: r.error });
        await trx('webhook_deliveries')
          .where({ id: a.deliveryId })
          .update({
            attempts: trx.raw('attempts + 1'),
            last_status_code: r.statusCode,
            last_error: r.error,
            ...(r.ok
              ? { status: 'succeeded', completed_at: trx.fn.now() }
              : r.final
                ? { status: 'failed', completed_at: trx.fn.now() }
                : {}),
          } as never);
        if (r.ok) await trx('webhook_endpoints').where({ id: a.endpointId }).whereNotNull('failing_since').update({ failing_since: null });
        else await trx('webhook_endpoints').where({ id: a.endpointId }).whereNull('failing_since').update({ failing_since: trx.fn.now() });
      });
    },

    /** Ends a delivery without sending it (its endpoint was disabled or removed). */
    async skip(deliveryId: string, reason: string): Promise<void> {
      await db('webhook_deliveries')
        .where({ id: deliveryId, status: 'pending' })
        .update({ status: 'skipped', last_error: reason, completed_at: db.fn.now() });
    },

    /**
     * Ends a delivery whose retries ran out. The endpoint is disabled when it has not answered
     * once since this delivery's first failure (it has failed for the whole retry period).
     * Repeating it changes nothing; returns the delivery's endpoint.
     */
    async giveUp(deliveryId: string, reason: string): Promise<{ endpointId: string } | undefined> {
      return db.transaction(async (trx) => {
        const d = await trx('webhook_deliveries').where({ id: deliveryId }).forUpdate().first('endpoint_id', 'status');
        if (!d) return undefined;
        if (d.status !== 'pending') return { endpointId: d.endpoint_id };
        await trx('webhook_deliveries')
          .where({ id: deliveryId })
          .update({ status: 'failed', completed_at: trx.fn.now(), last_error: trx.raw('coalesce(last_error, ?)', [reason]) } as never);
        await trx.raw(
          `update webhook_endpoints w set enabled = false, disabled_reason = 'failing', disabled_at = now(), updated_at = now()
            where w.id = ? and w.enabled and w.failing_since is not null
              and w.failing_since <= (select coalesce(min(a.finished_at), now()) from webhook_delivery_attempts a where a.delivery_id = ?)`,
          [d.endpoint_id, deliveryId],
        );
        return { endpointId: d.endpoint_id };
      });
    },

    /** A delivery of the account's, for a redelivery by hand. */
    async getForAccount(accountId: string, deliveryId: string): Promise<{ id: string; endpointId: string; eventId: string }> {
      const row = await db('webhook_deliveries').where({ id: deliveryId, account_id: accountId }).first('id', 'endpoint_id', 'event_id');
      if (!row) throw new NotFoundError('webhook delivery');
      return { id: row.id, endpointId: row.endpoint_id, eventId: row.event_id };
    },

    /** A delivery by hand (a redelivery or a test): sent once at once, outside the ordered queue. */
    async createManual(endpointId: string, event: StoredEvent): Promise<string> {
      const [row] = await db('webhook_deliveries')
        .insert({
          endpoint_id: endpointId,
          event_id: event.id,
          event_seq: event.seq,
          account_id: event.accountId,
          ordering_key: `${event.resourceType}:${event.resourceId}`,
          manual: true,
        })
        .returning('id');
      return row.id;
    },

    /** An endpoint's deliveries (or one delivery), newest first, each with every attempt. */
    async log(
      of: { endpointId: string } | { deliveryId: string },
      opts: { limit: number; after?: KeysetAfter },
    ): Promise<DeliveryLogEntry[]> {
      const q = db('webhook_deliveries as d')
        .join('events as e', 'e.id', 'd.event_id')
        .where('endpointId' in of ? { 'd.endpoint_id': of.endpointId } : { 'd.id': of.deliveryId })
        .orderBy('d.created_at', 'desc')
        .orderBy('d.id', 'desc')
        .limit(opts.limit)
        .select('d.*', 'e.type as event_type');
      if (opts.after) q.whereRaw(keysetAfter('d.created_at', 'd.id', '<', 'webhook_deliveries', 'id'), keysetArgs(opts.after));
      const rows = await q;
      const attempts = rows.length
        ? await db('webhook_delivery_attempts')
            .whereIn(
              'delivery_id',
              rows.map((r) => r.id),
            )
            .orderBy('attempt')
        : [];
      return rows.map((r) => ({
        id: r.id,
        endpointId: r.endpoint_id,
        eventId: r.event_id,
        eventType: r.event_type,
        orderingKey: r.ordering_key,
        manual: r.manual,
        status: r.status,
        createdAt: r.created_at,
        completedAt: r.completed_at,
        attempts: attempts
          .filter((a) => a.delivery_id === r.id)
          .map((a) => ({
            attempt: a.attempt,
            startedAt: a.started_at,
            finishedAt: a.finished_at,
            statusCode: a.status_code,
            latencyMs: a.latency_ms,
            error: a.finished_at ? a.error : 'interrupted: the worker stopped before an answer',
          })),
      }));
    },
  };
}

export type WebhookDeliveriesStore = ReturnType<typeof createWebhookDeliveriesStore>;
