import type { Knex } from 'knex';

/** Inbound webhook events, deduplicated by (source, event ID). */
export function createWebhookEventsStore(db: Knex) {
  return {
    /** Stores the event; false when this event ID was already received (a redelivery). */
    async receive(source: string, eventId: string, type: string, payload: unknown): Promise<boolean> {
      const r = await db.raw(
        `insert into webhook_events (source, event_id, type, payload) values (?, ?, ?, ?::jsonb) on conflict do nothing returning event_id`,
        [source, eventId, type, JSON.stringify(payload)],
      );
      return r.rows.length === 1;
    },

    /** Marks the event handled (its signal reached the workflow). */
    async markProcessed(source: string, eventId: string): Promise<void> {
      await db('webhook_events').where({ source, event_id: eventId }).update({ processed_at: db.fn.now() });
    },

    /**
     * Waits while another delivery of the event, received less than `graceSeconds` ago, is still
     * handing it on; true once that delivery marked it handled, false when it seems to have died.
     */
    async awaitProcessed(source: string, eventId: string, graceSeconds: number): Promise<boolean> {
      for (;;) {
        const row = await db('webhook_events')
          .where({ source, event_id: eventId })
          .first('processed_at', db.raw(`received_at > now() - make_interval(secs => ?) as in_flight`, [graceSeconds]));
        if (row?.processed_at) return true;
        if (!row?.in_flight) return false;
        await new Promise((r) => setTimeout(r, 50));
      }
    },

    /** Events received but not yet handled, e.g. after a crash between receiving and signalling. */
    async unprocessed(source: string, olderThanSeconds: number): Promise<Array<{ eventId: string; type: string; payload: unknown }>> {
      const rows = await db('webhook_events')
        .where({ source })
        .whereNull('processed_at')
        .where('received_at', '<', db.raw(`now() - make_interval(secs => ?)`, [olderThanSeconds]))
        .orderBy('received_at')
        .limit(500);
      return rows.map((r) => ({ eventId: r.event_id, type: r.type, payload: r.payload }));
    },
  };
}

export type WebhookEventsStore = ReturnType<typeof createWebhookEventsStore>;
