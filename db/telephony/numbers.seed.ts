import type { Knex } from 'knex';

/** A block of consecutive numbers: `prefix` followed by `digits` digits counting up from `start`. */
interface NumberBlock {
  kind: string;
  country: string;
  areaCode: string | null;
  prefix: string;
  digits: number;
  start: number;
  count: number;
}

/** Realistic stock: a few thousand numbers of each kind, and a few overseas countries. */
export const NUMBER_BLOCKS: NumberBlock[] = [
  { kind: 'local', country: 'JP', areaCode: '03', prefix: '036700', digits: 4, start: 0, count: 3000 },
  { kind: 'local', country: 'JP', areaCode: '03', prefix: '035550', digits: 4, start: 1000, count: 2000 },
  { kind: 'local', country: 'JP', areaCode: '06', prefix: '066100', digits: 4, start: 0, count: 3000 },
  { kind: 'local', country: 'JP', areaCode: '052', prefix: '052990', digits: 4, start: 0, count: 2000 },
  { kind: 'freecall', country: 'JP', areaCode: '0120', prefix: '0120', digits: 6, start: 500000, count: 3000 },
  { kind: 'freecall', country: 'JP', areaCode: '0800', prefix: '0800', digits: 7, start: 1230000, count: 3000 },
  { kind: 'special', country: 'JP', areaCode: '0180', prefix: '0180', digits: 6, start: 990000, count: 2000 },
  { kind: 'navidial', country: 'JP', areaCode: '0570', prefix: '0570', digits: 6, start: 300000, count: 3000 },
  { kind: 'ip050', country: 'JP', areaCode: '050', prefix: '0503', digits: 7, start: 1000000, count: 3000 },
  { kind: 'overseas', country: 'US', areaCode: '415', prefix: '+1415', digits: 7, start: 5550000, count: 2000 },
  { kind: 'overseas', country: 'GB', areaCode: '20', prefix: '+4420', digits: 8, start: 79460000, count: 2000 },
  { kind: 'overseas', country: 'SG', areaCode: null, prefix: '+65', digits: 8, start: 31580000, count: 1000 },
  // No price is configured for Australia by default: these show in search but cannot be bought.
  { kind: 'overseas', country: 'AU', areaCode: '2', prefix: '+612', digits: 8, start: 80000000, count: 1000 },
];

const numberAt = (b: NumberBlock, i: number) => b.prefix + String(b.start + i).padStart(b.digits, '0');

/** Inserts each block set-based (generate_series); a block whose ends already exist is skipped. */
export async function seedNumberBlocks(db: Knex): Promise<void> {
  for (const b of NUMBER_BLOCKS) {
    const ends = [numberAt(b, 0), numberAt(b, b.count - 1)];
    const present = await db('phone_numbers').whereIn('number', ends).count({ n: '*' });
    if (Number(present[0]!.n) === 2) continue;
    await db.raw(
      `insert into phone_numbers (number, kind, area_code, country, status)
       select ? || lpad((? + g)::text, ?, '0'), ?, ?, ?, 'available' from generate_series(0, ? - 1) g
       on conflict (number) do nothing`,
      [b.prefix, b.start, b.digits, b.kind, b.areaCode, b.country, b.count],
    );
  }
}
