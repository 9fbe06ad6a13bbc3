import type { Knex } from 'knex';
import { ConflictError, NotFoundError } from '../../domain/errors';
import type { Price, PriceKey, PriceKind, PriceVersionTerms } from '../../domain/telephony/catalog';

/** A stored price version, with who scheduled it. */
export interface PriceVersion extends PriceVersionTerms {
  id: string;
  createdBy: { id: string; name: string } | null;
  createdAt: Date;
  note: string | null;
}

/** What an operator schedules. */
export type NewPriceVersion = PriceKey & Price & { validFrom: Date; note: string | null; staffId: string };

type Row = {
  id: string;
  kind: PriceKind;
  country: string;
  monthly: number;
  initial: number;
  valid_from: Date;
  created_by: string | null;
  created_by_name: string | null;
  created_at: Date;
  note: string | null;
};

const toVersion = (r: Row): PriceVersion => ({
  id: r.id,
  kind: r.kind,
  country: r.country,
  monthly: r.monthly,
  initial: r.initial,
  validFrom: r.valid_from,
  createdBy: r.created_by ? { id: r.created_by, name: r.created_by_name ?? '' } : null,
  createdAt: r.created_at,
  note: r.note,
});

// Seeded versions count from before any order, so the environment's price is the one every key starts with.
const SEED_FROM = new Date('2024-01-01T00:00:00+09:00');

/** The service and overseas-number price versions; cancelled ones are kept but never read as prices. */
export function createPricesStore(db: Knex) {
  const live = () =>
    db('price_versions as p')
      .leftJoin('staff as s', 's.id', 'p.created_by')
      .whereNull('p.cancelled_at')
      .select('p.*', 's.name as created_by_name');

  return {
    /** Every live version (effective and scheduled), oldest first per key; the table holds a few rows per key. */
    async live(): Promise<PriceVersion[]> {
      return (await live().orderBy(['p.kind', 'p.country', 'p.valid_from'])).map(toVersion);
    },

    /** Gives each key that has no version yet its configured price; running it again changes nothing. */
    async seedMissing(entries: Array<PriceKey & Price>): Promise<void> {
      if (!entries.length) return;
      await db.raw(
        `insert into price_versions (kind, country, monthly, initial, valid_from, note)
         select e.kind, e.country, e.monthly, e.initial, ?, 'seeded from the environment'
           from jsonb_to_recordset(?::jsonb) as e(kind text, country text, monthly int, initial int)
          where not exists (select 1 from price_versions p where p.kind = e.kind and p.country = e.country and p.cancelled_at is null)
         on conflict (kind, country, valid_from) where cancelled_at is null do nothing`,
        [SEED_FROM, JSON.stringify(entries)],
      );
    },

    /** One live version (a withdrawn one reads as missing). */
    async get(id: string): Promise<PriceVersion> {
      const row = await live().where('p.id', id).first();
      if (!row) throw new NotFoundError('price version');
      return toVersion(row);
    },

    /** Adds a version; a live one of the same key starting at the same instant is a 409. */
    async create(v: NewPriceVersion): Promise<PriceVersion> {
      try {
        const [row] = await db('price_versions')
          .insert({
            kind: v.kind,
            country: v.country,
            monthly: v.monthly,
            initial: v.initial,
            valid_from: v.validFrom,
            note: v.note,
            created_by: v.staffId,
          })
          .returning('id');
        return toVersion(await live().where('p.id', row!.id).first());
      } catch (err) {
        if ((err as { code?: string }).code === '23505')
          throw new ConflictError('price_version_exists', { kind: v.kind, country: v.country, validFrom: v.validFrom.toISOString() });
        throw err;
      }
    },

    /**
     * Withdraws a version that has not taken effect; withdrawing it again answers the same. One
     * that is already in effect is a 409: orders may have been charged at it.
     */
    async cancel(id: string, staffId: string, now: Date): Promise<void> {
      const updated = await db('price_versions')
        .where({ id })
        .whereNull('cancelled_at')
        .where('valid_from', '>', now)
        .update({ cancelled_at: db.fn.now(), cancelled_by: staffId });
      if (updated === 1) return;
      const row = await db('price_versions').where({ id }).first('valid_from', 'cancelled_at');
      if (!row) throw new NotFoundError('price version');
      if (row.cancelled_at) return;
      throw new ConflictError('price_version_in_effect', { validFrom: (row.valid_from as Date).toISOString() });
    },
  };
}

/** The price versions store. */
export type PricesStore = ReturnType<typeof createPricesStore>;
