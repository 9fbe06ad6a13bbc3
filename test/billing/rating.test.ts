import { describe, expect, it } from 'vitest';
import { affordableCall, callCost, type Tariff } from '../../domain/billing/rating';
import { RateTable, normalizeDestination, type Rate } from '../../domain/billing/rate-table';
import { jstMonthOf, jstMonthStart, nextMonth } from '../../domain/billing/months';
import { SEEDED_RATES } from '../../db/billing/rates.store';

const fixed: Tariff = { connectFeeMilli: 0, unitPriceMilli: 8000, unitSeconds: 180, incrementSeconds: 180, taxRate: 10 };
const mobile: Tariff = { connectFeeMilli: 0, unitPriceMilli: 16000, unitSeconds: 60, incrementSeconds: 30, taxRate: 10 };
const usa: Tariff = { connectFeeMilli: 0, unitPriceMilli: 8500, unitSeconds: 60, incrementSeconds: 6, taxRate: 0 };

const seeded = new RateTable(
  SEEDED_RATES.map(([direction, prefix, cls, description, connect, price, unit, inc, tax], i) => ({
    id: String(i),
    direction,
    prefix,
    class: cls,
    description,
    connectFeeMilli: connect,
    unitPriceMilli: price,
    unitSeconds: unit,
    incrementSeconds: inc,
    taxRate: tax as 0 | 10,
    validFrom: new Date('2024-01-01T00:00:00+09:00'),
    validTo: null,
  })),
);
const now = Date.parse('2026-11-26T12:00:00Z');

describe('rating a call', () => {
  it('charges nothing for an unanswered (0 s) call, not even the connect fee', () => {
    expect(callCost({ ...fixed, connectFeeMilli: 10_000 }, 0)).toBe(0);
  });

  it('bills a 1 s call as one whole first increment', () => {
    expect(callCost(fixed, 1)).toBe(8);
    expect(callCost(mobile, 1)).toBe(8);
  });

  it('bills exactly one unit at the unit price, and one second more as the next increment', () => {
    expect(callCost(fixed, 180)).toBe(8);
    expect(callCost(fixed, 181)).toBe(16);
    expect(callCost(mobile, 60)).toBe(16);
    expect(callCost(mobile, 61)).toBe(24);
  });

  it('bills per increment when the increment is shorter than the unit (6 s steps abroad)', () => {
    // 7 s → 12 s at ¥8.5/min = ¥1.7, rounded up once per call to ¥2.
    expect(callCost(usa, 7)).toBe(2);
    expect(callCost(usa, 60)).toBe(9);
    expect(callCost(usa, 600)).toBe(85);
  });

  it('adds the connect fee once and rounds the exact sub-yen total up only once', () => {
    const t: Tariff = { connectFeeMilli: 10_500, unitPriceMilli: 10_500, unitSeconds: 60, incrementSeconds: 6, taxRate: 10 };
    // ¥10.5 + 6 s × ¥10.5/60 s = ¥11.55 → ¥12 (rounding each part would give ¥13).
    expect(callCost(t, 6)).toBe(12);
  });

  it('keeps free destinations free for any duration', () => {
    const free = seeded.lookup('outbound', '0120123456', now)!;
    expect(free.class).toBe('freecall');
    expect(callCost(free, 3600)).toBe(0);
    expect(callCost(seeded.lookup('outbound', '119', now)!, 600)).toBe(0);
  });

  it('exempts international calls from consumption tax', () => {
    expect(seeded.lookup('outbound', '01014155550100', now)).toMatchObject({ class: 'international', taxRate: 0, prefix: '0101' });
    expect(seeded.lookup('outbound', '0109991234', now)).toMatchObject({ class: 'international', taxRate: 0, prefix: '010' });
    expect(seeded.lookup('outbound', '0312345678', now)).toMatchObject({ class: 'fixed', taxRate: 10 });
  });
});

describe('finding the rate of a destination', () => {
  it('takes the longest matching prefix', () => {
    expect(seeded.lookup('outbound', '09012345678', now)?.class).toBe('mobile');
    expect(seeded.lookup('outbound', '0501234567', now)?.class).toBe('ip050');
    expect(seeded.lookup('outbound', '0570001234', now)?.class).toBe('navidial');
    expect(seeded.lookup('outbound', '110', now)?.class).toBe('emergency');
    expect(seeded.lookup('outbound', '104', now)?.class).toBe('barred');
    expect(seeded.lookup('outbound', '0990123456', now)?.class).toBe('barred');
  });

  it('uses the version of a rate valid at the instant', () => {
    const base = {
      direction: 'outbound' as const,
      prefix: '090',
      class: 'mobile' as const,
      description: 'm',
      connectFeeMilli: 0,
      unitSeconds: 60,
      incrementSeconds: 30,
      taxRate: 10 as const,
    };
    const table = new RateTable([
      { ...base, id: 'old', unitPriceMilli: 16000, validFrom: new Date('2024-01-01T00:00:00+09:00'), validTo: null },
      { ...base, id: 'new', unitPriceMilli: 14000, validFrom: new Date('2027-01-01T00:00:00+09:00'), validTo: null },
    ] as Rate[]);
    expect(table.lookup('outbound', '09011112222', Date.parse('2026-12-31T14:59:59Z'))?.id).toBe('old');
    expect(table.lookup('outbound', '09011112222', Date.parse('2026-12-31T15:00:00Z'))?.id).toBe('new');
  });

  it('reads +81 as a national number and other country codes as 010', () => {
    expect(normalizeDestination('+81 90-1234-5678')).toBe('09012345678');
    expect(normalizeDestination('+1 415 555 0100')).toBe('01014155550100');
    expect(normalizeDestination('03-1234-5678')).toBe('0312345678');
    expect(normalizeDestination('abc')).toBeNull();
  });
});

describe('how long a call may last', () => {
  it('counts the connect fee, whole increments and tax against the available yen', () => {
    // Each 30 s of mobile costs ¥8 + tax; ¥100 pays 11 increments (¥88 + ¥9 tax).
    expect(affordableCall(mobile, 100, 3600)).toEqual({ maxSeconds: 330, reserve: 97 });
    expect(affordableCall(mobile, 8, 3600)).toBeNull();
    expect(affordableCall(mobile, 9, 3600)).toEqual({ maxSeconds: 30, reserve: 9 });
  });

  it('caps a call at the configured maximum and holds nothing for free destinations', () => {
    expect(affordableCall(fixed, 1_000_000, 3600)).toEqual({ maxSeconds: 3600, reserve: 176 });
    expect(affordableCall({ ...fixed, unitPriceMilli: 0 }, 0, 3600)).toEqual({ maxSeconds: 3600, reserve: 0 });
  });
});

describe('Japan-time months', () => {
  it('starts a month at 00:00 in Tokyo, which is 15:00 UTC the day before', () => {
    expect(jstMonthOf(Date.parse('2026-11-30T14:59:59Z'))).toBe('2026-11');
    expect(jstMonthOf(Date.parse('2026-11-30T15:00:00Z'))).toBe('2026-12');
    expect(new Date(jstMonthStart('2027-01')).toISOString()).toBe('2026-12-31T15:00:00.000Z');
    expect(nextMonth('2026-12')).toBe('2027-01');
  });
});
