import type { Knex } from 'knex';
import { seedCallers } from './billing';

/** The SIP password of every seeded phone; only its digest hash reaches the subscriber table. */
export const BENCH_SIP_PASSWORD = 'bench-sip-password';

/** A seeded phone: the unique it calls as, and its SIP credentials. */
export interface SipCaller {
  uniqueId: string;
  user: string;
  password: string;
}

/**
 * Uniques Kamailio will let call: the billing seed (balance, circle, caller-ID number, active
 * unique), then a SIP user and a `sip_subscribers` row with ha1 = md5(user:realm:password) each,
 * written by SQL as the Kamailio adapter would on provisioning (which takes a saga per unique).
 */
export async function seedSipCallers(db: Knex, count: number, uniquesPerAccount: number, realm: string): Promise<SipCaller[]> {
  const { uniqueIds } = await seedCallers(db, Math.ceil(count / uniquesPerAccount), uniquesPerAccount);
  const ids = uniqueIds.slice(0, count);
  const rows: Array<{ id: string; sip_user: string }> = await db('uniques')
    .whereIn('id', ids)
    .update({ sip_user: db.raw(`'bench' || substr(md5(id::text), 1, 20)`), login_server: realm })
    .returning(['id', 'sip_user']);
  await db.raw(
    `insert into sip_subscribers (unique_id, username, realm, ha1)
     select id, sip_user, ?, md5(sip_user || ':' || ? || ':' || ?) from uniques where id = any(?)`,
    [realm, realm, BENCH_SIP_PASSWORD, ids],
  );
  const userOf = new Map(rows.map((r) => [r.id, r.sip_user]));
  return ids.map((uniqueId) => ({ uniqueId, user: userOf.get(uniqueId)!, password: BENCH_SIP_PASSWORD }));
}
