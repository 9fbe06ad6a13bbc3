import type { Knex } from 'knex';

// Kept here rather than imported from the domain: a migration must do tomorrow what it did today.
const SPECIAL_SERVICE = `'^1[0-9]{2}$'`;
const LIVE = `('pending', 'active')`;

const CHECKS: Array<[name: string, rule: string]> = [
  ['uniques_incoming_extension_not_special_ck', `status not in ${LIVE} or incoming_extension !~ ${SPECIAL_SERVICE}`],
  ['uniques_outgoing_extension_not_special_ck', `status not in ${LIVE} or outgoing_extension !~ ${SPECIAL_SERVICE}`],
];

/** Where a moved extension may go: the 3-digit defaults from 200, then 4 digits for a crowded circle. */
function* freeExtensions(taken: Set<string>): Generator<string> {
  for (let n = 200; n <= 9999; n++) if ((n < 1000 || n >= 2000) && !taken.has(String(n))) yield String(n);
}

const isSpecialService = (extension: string | null) => extension !== null && /^1[0-9]{2}$/.test(extension);

type Row = { id: string; circle_id: string; incoming_extension: string | null };

/**
 * Japan's special-service numbers (every 1xx: 110, 118, 119, 104, 117, 171, 177, …) can no longer
 * be extensions. Until now auto-assignment started at 101, so most live uniques hold one: each is
 * moved to its circle's first free extension from 200, in the order of their codes (a circle's
 * 101, 102, … become 200, 201, … where those are free), and a reserved outgoing extension falls
 * back to "same as incoming". Cancelled and failed uniques keep their history untouched. Then the database refuses
 * a reserved extension on a live unique, whatever path writes it.
 */
export async function up(knex: Knex): Promise<void> {
  const circles = (await knex('uniques')
    .whereRaw(`status in ${LIVE} and incoming_extension ~ ${SPECIAL_SERVICE}`)
    .distinct('circle_id')
    .orderBy('circle_id')
    .pluck('circle_id')) as string[];
  if (circles.length) {
    // The same lock as assignment and the settings screen, in case an older process still runs.
    await knex.raw(`select pg_advisory_xact_lock(hashtext('circle-extensions:' || c)) from unnest(?::uuid[]) c order by c`, [circles]);
    const rows: Row[] = await knex('uniques')
      .whereIn('circle_id', circles)
      .whereRaw(`status in ${LIVE}`)
      .orderByRaw('circle_id, code nulls last, created_at')
      .select('id', 'circle_id', 'incoming_extension');
    const byCircle = new Map<string, Row[]>();
    for (const r of rows) {
      const own = byCircle.get(r.circle_id);
      if (own) own.push(r);
      else byCircle.set(r.circle_id, [r]);
    }
    const moves: Array<[id: string, extension: string]> = [];
    for (const own of byCircle.values()) {
      const reserved = own.filter((r) => isSpecialService(r.incoming_extension));
      const free = freeExtensions(
        new Set(own.filter((r) => !isSpecialService(r.incoming_extension)).map((r) => r.incoming_extension ?? '')),
      );
      for (const r of reserved) {
        const next = free.next();
        if (next.done) throw new Error(`circle ${r.circle_id} has no free extension left for unique ${r.id}`);
        moves.push([r.id, next.value]);
      }
    }
    for (let i = 0; i < moves.length; i += 1000) {
      const chunk = moves.slice(i, i + 1000);
      await knex.raw(
        `update uniques u set incoming_extension = v.ext from (values ${chunk.map(() => '(?::uuid, ?)').join(', ')}) v(id, ext) where u.id = v.id`,
        chunk.flat(),
      );
    }
  }
  await knex.raw(`update uniques set outgoing_extension = null where status in ${LIVE} and outgoing_extension ~ ${SPECIAL_SERVICE}`);
  for (const [name, rule] of CHECKS) await knex.raw(`alter table uniques add constraint ${name} check (${rule})`);
}

/** Drops the checks; moved extensions stay where they are (the old ones were the problem). */
export async function down(knex: Knex): Promise<void> {
  for (const [name] of CHECKS) await knex.raw(`alter table uniques drop constraint if exists ${name}`);
}
