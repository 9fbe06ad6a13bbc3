import type { Knex } from 'knex';
import { ConflictError, NotFoundError } from '../../domain/errors';
import { asTaxRate, RateTable, type Direction, type Rate, type RateClass } from '../../domain/billing/rate-table';

type RateRow = {
  id: string;
  direction: Direction;
  prefix: string;
  class: RateClass;
  description: string;
  connect_fee_milli: number;
  unit_price_milli: number;
  unit_seconds: number;
  increment_seconds: number;
  tax_rate: number;
  valid_from: Date;
  valid_to: Date | null;
};

const toRate = (r: RateRow): Rate => ({
  id: r.id,
  direction: r.direction,
  prefix: r.prefix,
  class: r.class,
  description: r.description,
  connectFeeMilli: r.connect_fee_milli,
  unitPriceMilli: r.unit_price_milli,
  unitSeconds: r.unit_seconds,
  incrementSeconds: r.increment_seconds,
  taxRate: asTaxRate(r.tax_rate),
  validFrom: r.valid_from,
  validTo: r.valid_to,
});

/** What an operator gives to create a rate. */
export type NewRate = Omit<Rate, 'id' | 'validTo'> & { validTo?: Date | null };

/** What an operator may change on a rate. */
export type RatePatch = Partial<
  Pick<Rate, 'description' | 'connectFeeMilli' | 'unitPriceMilli' | 'unitSeconds' | 'incrementSeconds' | 'taxRate' | 'validTo'>
>;

const TARIFF_FIELDS = ['connectFeeMilli', 'unitPriceMilli', 'unitSeconds', 'incrementSeconds', 'taxRate'] as const;

const toRow = (r: Partial<NewRate>): Partial<RateRow> => {
  const row: Partial<RateRow> = {};
  if (r.direction !== undefined) row.direction = r.direction;
  if (r.prefix !== undefined) row.prefix = r.prefix;
  if (r.class !== undefined) row.class = r.class;
  if (r.description !== undefined) row.description = r.description;
  if (r.connectFeeMilli !== undefined) row.connect_fee_milli = r.connectFeeMilli;
  if (r.unitPriceMilli !== undefined) row.unit_price_milli = r.unitPriceMilli;
  if (r.unitSeconds !== undefined) row.unit_seconds = r.unitSeconds;
  if (r.incrementSeconds !== undefined) row.increment_seconds = r.incrementSeconds;
  if (r.taxRate !== undefined) row.tax_rate = r.taxRate;
  if (r.validFrom !== undefined) row.valid_from = r.validFrom;
  if (r.validTo !== undefined) row.valid_to = r.validTo;
  return row;
};

const clash = (err: unknown) => {
  const code = (err as { code?: string }).code;
  if (code === '23505') return new ConflictError('rate_exists');
  if (code === '23514') return new ConflictError('rate_invalid');
  return err;
};

/** The rate table: operators list, create and edit rates; rating and authorisation read them. */
export function createRatesStore(db: Knex) {
  return {
    async all(): Promise<Rate[]> {
      return (await db<RateRow>('rates').select('*')).map(toRate);
    },

    /**
     * A page of the rate table by direction, prefix and start: limit+1 rows after the cursor's
     * (direction, prefix, start to the millisecond, id).
     */
    async list(opts: {
      at?: Date;
      prefix?: string;
      direction?: Direction;
      limit: number;
      after?: { direction: string; prefix: string; validFrom: string; id: string };
    }): Promise<Rate[]> {
      const validFrom = `date_trunc('milliseconds', valid_from)`;
      const q = db<RateRow>('rates')
        .orderByRaw(`direction, prefix, ${validFrom}, id`)
        .limit(opts.limit + 1);
      if (opts.after) {
        const a = opts.after;
        q.whereRaw(`(direction::text, prefix, ${validFrom}, id) > (?, ?, ?::timestamptz, ?::uuid)`, [
          a.direction,
          a.prefix,
          a.validFrom,
          a.id,
        ]);
      }
      if (opts.at) q.where('valid_from', '<=', opts.at).andWhere((w) => w.whereNull('valid_to').orWhere('valid_to', '>', opts.at!));
      if (opts.prefix) q.where('prefix', 'like', `${opts.prefix}%`);
      if (opts.direction) q.where({ direction: opts.direction });
      return (await q).map(toRate);
    },

    async byId(id: string): Promise<Rate> {
      const row = await db<RateRow>('rates').where({ id }).first();
      if (!row) throw new NotFoundError('rate');
      return toRate(row);
    },

    async create(r: NewRate): Promise<Rate> {
      try {
        const [row] = await db<RateRow>('rates').insert(toRow(r)).returning('*');
        return toRate(row!);
      } catch (err) {
        throw clash(err);
      }
    },

    /**
     * Changes a rate. Its tariff is fixed once it is in force (calls not yet rated would be repriced):
     * only the description and validTo may change then; a new tariff is a new version.
     */
    async update(id: string, patch: RatePatch): Promise<Rate> {
      const tariffChanges = TARIFF_FIELDS.some((f) => patch[f] !== undefined);
      try {
        const [row] = await db<RateRow>('rates')
          .where({ id })
          .modify((q) => (tariffChanges ? q.where('valid_from', '>', db.fn.now()) : q))
          .update({ ...toRow(patch), updated_at: db.fn.now() } as Partial<RateRow>)
          .returning('*');
        if (row) return toRate(row);
        if (tariffChanges && (await db('rates').where({ id }).first('id'))) throw new ConflictError('rate_in_force');
        throw new NotFoundError('rate');
      } catch (err) {
        throw clash(err);
      }
    },
  };
}

export type RatesStore = ReturnType<typeof createRatesStore>;

/** Rates held in memory for authorisation; an edit in this process refreshes at once, others within the TTL. */
export function createRateCache(rates: RatesStore, ttlMs: number) {
  let table: RateTable | undefined;
  let loadedAt = 0;
  let loading: Promise<RateTable> | undefined;
  const load = () => {
    loading ??= rates
      .all()
      .then((all) => {
        table = new RateTable(all);
        loadedAt = Date.now();
        return table;
      })
      .finally(() => {
        loading = undefined;
      });
    return loading;
  };
  return {
    /** The current table; a stale one is served while a refresh runs, so no request waits on it. */
    async get(): Promise<RateTable> {
      if (!table) return load();
      if (Date.now() - loadedAt > ttlMs) void load().catch(() => undefined);
      return table;
    },
    invalidate(): void {
      loadedAt = 0;
    },
  };
}

export type RateCache = ReturnType<typeof createRateCache>;

// Valid from the start of 2024 in Tokyo; operators add newer versions with later validFrom.
const SEED_FROM = new Date('2024-01-01T00:00:00+09:00');
type SeedRate = [Direction, string, RateClass, string, number, number, number, number, number];

/** A realistic Japanese table: [direction, prefix, class, description, connect, price per unit, unit s, increment s, tax %]. */
export const SEEDED_RATES: SeedRate[] = [
  ['outbound', '0', 'fixed', '国内固定電話 / Domestic fixed line', 0, 8000, 180, 180, 10],
  ['outbound', '070', 'mobile', '携帯電話 / Mobile (070)', 0, 16000, 60, 30, 10],
  ['outbound', '080', 'mobile', '携帯電話 / Mobile (080)', 0, 16000, 60, 30, 10],
  ['outbound', '090', 'mobile', '携帯電話 / Mobile (090)', 0, 16000, 60, 30, 10],
  ['outbound', '050', 'ip050', 'IP電話 / IP phone (050)', 0, 8000, 180, 60, 10],
  ['outbound', '0120', 'freecall', 'フリーダイヤル / Free call (0120)', 0, 0, 60, 60, 10],
  ['outbound', '0800', 'freecall', 'フリーダイヤル / Free call (0800)', 0, 0, 60, 60, 10],
  ['outbound', '0570', 'navidial', 'ナビダイヤル / Navi Dial (0570)', 0, 10000, 20, 20, 10],
  ['outbound', '0990', 'barred', 'ダイヤルQ2 (廃止) / Premium rate (discontinued)', 0, 0, 60, 60, 10],
  ['outbound', '00', 'barred', '事業者識別番号 / Carrier selection codes', 0, 0, 60, 60, 10],
  ['outbound', '1', 'barred', '特番 / Service codes', 0, 0, 60, 60, 10],
  ['outbound', '110', 'emergency', '警察 / Police', 0, 0, 60, 60, 10],
  ['outbound', '118', 'emergency', '海上保安 / Coast guard', 0, 0, 60, 60, 10],
  ['outbound', '119', 'emergency', '消防・救急 / Fire and ambulance', 0, 0, 60, 60, 10],
  ['outbound', '010', 'international', '国際電話 (その他) / International (other)', 0, 60000, 60, 6, 0],
  ['outbound', '0101', 'international', '国際電話 アメリカ・カナダ / USA, Canada', 0, 8500, 60, 6, 0],
  ['outbound', '01044', 'international', '国際電話 イギリス / United Kingdom', 0, 20000, 60, 6, 0],
  ['outbound', '01049', 'international', '国際電話 ドイツ / Germany', 0, 20000, 60, 6, 0],
  ['outbound', '01033', 'international', '国際電話 フランス / France', 0, 20000, 60, 6, 0],
  ['outbound', '01061', 'international', '国際電話 オーストラリア / Australia', 0, 20000, 60, 6, 0],
  ['outbound', '01082', 'international', '国際電話 韓国 / South Korea', 0, 30000, 60, 6, 0],
  ['outbound', '01086', 'international', '国際電話 中国 / China', 0, 30000, 60, 6, 0],
  ['outbound', '01063', 'international', '国際電話 フィリピン / Philippines', 0, 35000, 60, 6, 0],
  ['outbound', '01066', 'international', '国際電話 タイ / Thailand', 0, 30000, 60, 6, 0],
  ['outbound', '01084', 'international', '国際電話 ベトナム / Vietnam', 0, 35000, 60, 6, 0],
  ['outbound', '01065', 'international', '国際電話 シンガポール / Singapore', 0, 20000, 60, 6, 0],
  ['inbound', '0120', 'freecall', 'フリーダイヤル着信 / Free call received (0120)', 0, 10500, 60, 6, 10],
  ['inbound', '0800', 'freecall', 'フリーダイヤル着信 / Free call received (0800)', 0, 10500, 60, 6, 10],
];

/** Loads the rate table's seeded rates once; later edits to a rate are never overwritten. */
export async function seedRates(db: Knex): Promise<void> {
  const rows = SEEDED_RATES.map(([direction, prefix, cls, description, connect, price, unit, increment, tax]) => ({
    direction,
    prefix,
    class: cls,
    description,
    connect_fee_milli: connect,
    unit_price_milli: price,
    unit_seconds: unit,
    increment_seconds: increment,
    tax_rate: tax,
    valid_from: SEED_FROM,
  }));
  await db('rates').insert(rows).onConflict(['direction', 'prefix', 'valid_from']).ignore();
}
