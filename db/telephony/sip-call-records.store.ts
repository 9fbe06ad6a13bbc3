import type { Knex } from 'knex';

/** A finished call as Kamailio recorded it, ready to post as a CDR. */
export interface SipCallRecord {
  id: number;
  callId: string;
  direction: 'outbound' | 'inbound';
  /** The unique that placed (outbound) or answered (inbound) the call; null if its SIP user is unknown. */
  uniqueId: string | null;
  destination: string;
  startedAt: Date;
  durationSeconds: number;
}

type Row = {
  id: string;
  call_id: string;
  direction: 'outbound' | 'inbound';
  unique_id: string | null;
  destination: string;
  started_at: Date;
  duration_seconds: number;
};

/**
 * The SIP server's call records (`sip_call_records`): Kamailio inserts one when a dialog ends; the
 * CDR shipper reads the unsent ones oldest first and marks what the API took. The SIP user is
 * resolved through `uniques.sip_user`, which outlives a cancellation (unlike the subscriber row).
 */
export function createSipCallRecordsStore(db: Knex) {
  return {
    async unshipped(limit: number): Promise<SipCallRecord[]> {
      const rows: Row[] = await db('sip_call_records as r')
        .leftJoin('uniques as u', 'u.sip_user', 'r.username')
        .whereNull('r.shipped_at')
        .orderBy('r.id')
        .limit(limit)
        .select('r.id', 'r.call_id', 'r.direction', 'u.id as unique_id', 'r.destination', 'r.started_at', 'r.duration_seconds');
      return rows.map((r) => ({
        id: Number(r.id),
        callId: r.call_id,
        direction: r.direction,
        uniqueId: r.unique_id,
        destination: r.destination,
        startedAt: r.started_at,
        durationSeconds: r.duration_seconds,
      }));
    },

    /** Marks records as sent; a refused one keeps the API's reason and is not sent again. */
    async markShipped(ids: number[], rejected: Map<number, string> = new Map()): Promise<void> {
      if (!ids.length) return;
      await db.transaction(async (trx) => {
        await trx('sip_call_records').whereIn('id', ids).update({ shipped_at: trx.fn.now() });
        for (const [id, why] of rejected) await trx('sip_call_records').where({ id }).update({ rejected: why });
      });
    },

    /** Records not yet sent: the shipper's backlog (for /health and tests). */
    async backlog(): Promise<number> {
      const [r] = await db('sip_call_records').whereNull('shipped_at').count({ n: '*' });
      return Number(r!.n);
    },
  };
}

export type SipCallRecordsStore = ReturnType<typeof createSipCallRecordsStore>;
