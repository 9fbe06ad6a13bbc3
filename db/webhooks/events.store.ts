import type { Knex } from 'knex';
import type { NewEvent } from '../../domain/webhooks/events';

/**
 * Records an event in the caller's transaction, after the change it reports, so both commit or
 * neither does (the outbox). A repeated dedupe key records nothing. A trigger notifies the
 * dispatcher at commit.
 */
export async function recordEvent(trx: Knex, ev: NewEvent): Promise<void> {
  await trx.raw(
    `insert into events (type, account_id, resource_type, resource_id, data, dedupe_key) values (?, ?, ?, ?, ?::jsonb, ?)
     on conflict (dedupe_key) do nothing`,
    [ev.type, ev.accountId, ev.resource.type, ev.resource.id, JSON.stringify(ev.data), ev.dedupeKey ?? null],
  );
}

/** A recorded event as deliveries send it. */
export interface StoredEvent {
  id: string;
  seq: number;
  type: string;
  accountId: string;
  resourceType: string;
  resourceId: string;
  data: Record<string, unknown>;
  occurredAt: Date;
}

type EventRow = {
  id: string;
  seq: string;
  type: string;
  account_id: string;
  resource_type: string;
  resource_id: string;
  data: Record<string, unknown>;
  occurred_at: Date;
};

/** Maps an events row (seq is a bigint, read as text). */
export const toStoredEvent = (r: EventRow): StoredEvent => ({
  id: r.id,
  seq: Number(r.seq),
  type: r.type,
  accountId: r.account_id,
  resourceType: r.resource_type,
  resourceId: r.resource_id,
  data: r.data,
  occurredAt: r.occurred_at,
});

/** The event outbox as the dispatcher reads it. */
export function createEventsStore(db: Knex) {
  return {
    /** Records one event on its own (a test request's ping); business changes call recordEvent in their transaction. */
    async record(ev: NewEvent & { dispatched?: boolean }): Promise<StoredEvent> {
      const [row] = await db('events')
        .insert({
          type: ev.type,
          account_id: ev.accountId,
          resource_type: ev.resource.type,
          resource_id: ev.resource.id,
          data: JSON.stringify(ev.data),
          dedupe_key: ev.dedupeKey ?? null,
          dispatched_at: ev.dispatched ? db.fn.now() : null,
        })
        .returning('*');
      return toStoredEvent(row);
    },

    /** Whether any event waits for the dispatcher. */
    async anyUndispatched(): Promise<boolean> {
      const { rows } = await db.raw(`select exists (select 1 from events where dispatched_at is null) as any`);
      return rows[0].any === true;
    },

    /** The oldest undispatched events' IDs, in seq order. */
    async undispatched(limit: number): Promise<string[]> {
      const rows = await db('events').whereNull('dispatched_at').orderBy('seq').limit(limit).select('id');
      return rows.map((r) => r.id as string);
    },

    /** Marks events handed to their deliveries. */
    async markDispatched(ids: string[]): Promise<void> {
      if (ids.length) await db('events').whereIn('id', ids).whereNull('dispatched_at').update({ dispatched_at: db.fn.now() });
    },

    async get(id: string): Promise<StoredEvent | undefined> {
      const row = await db<EventRow>('events').where({ id }).first();
      return row && toStoredEvent(row);
    },
  };
}

export type EventsStore = ReturnType<typeof createEventsStore>;
