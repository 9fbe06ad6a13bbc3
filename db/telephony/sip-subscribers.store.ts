import type { Knex } from 'knex';

/** A SIP subscriber as Kamailio's auth_db reads it: who may register, and the digest hash to check. */
export interface SipSubscriber {
  uniqueId: string;
  username: string;
  realm: string;
  ha1: string;
}

type Row = { unique_id: string; username: string; realm: string; ha1: string; updated_at: Date };

const toSubscriber = (r: Row): SipSubscriber => ({ uniqueId: r.unique_id, username: r.username, realm: r.realm, ha1: r.ha1 });

/** The SIP server's subscriber table (`sip_subscribers`); only the Kamailio PBX adapter writes it. */
export function createSipSubscribersStore(db: Knex) {
  return {
    /** Creates the unique's subscriber or replaces its user, realm and hash (a new SIP password). */
    async upsert(s: SipSubscriber): Promise<void> {
      await db<Row>('sip_subscribers')
        .insert({ unique_id: s.uniqueId, username: s.username, realm: s.realm, ha1: s.ha1, updated_at: db.fn.now() as unknown as Date })
        .onConflict('unique_id')
        .merge(['username', 'realm', 'ha1', 'updated_at']);
    },

    /** Removes the unique's subscriber; none there counts as removed. */
    async remove(uniqueId: string): Promise<void> {
      await db('sip_subscribers').where({ unique_id: uniqueId }).delete();
    },

    /** The unique's subscriber, or null. */
    async get(uniqueId: string): Promise<SipSubscriber | null> {
      const row = await db<Row>('sip_subscribers').where({ unique_id: uniqueId }).first();
      return row ? toSubscriber(row) : null;
    },
  };
}

/** The subscriber store's interface. */
export type SipSubscribersStore = ReturnType<typeof createSipSubscribersStore>;
