import { describe, expect, it } from 'vitest';
import { isBusinessDay, isBusinessTime, nextBusinessOpening, parseBusinessDays } from '../../domain/prepaid/business-calendar';
import { cardRefusal } from '../../domain/prepaid/cards';
import { checkTopupAmount, chooseTopupAmount } from '../../domain/prepaid/limits';
import { loadConfig } from '../../lib/config';

const cal = { open: '09:00', close: '18:00', companyHolidays: ['12-29', '12-30', '12-31', '01-02', '01-03', '2026-08-14'] };
const jst = (s: string) => new Date(`${s}+09:00`);

describe('business calendar (Asia/Tokyo)', () => {
  it('is open on a weekday inside business hours only', () => {
    expect(isBusinessTime(jst('2026-11-26T09:00:00'), cal)).toBe(true);
    expect(isBusinessTime(jst('2026-11-26T17:59:00'), cal)).toBe(true);
    expect(isBusinessTime(jst('2026-11-26T18:00:00'), cal)).toBe(false);
    expect(isBusinessTime(jst('2026-11-26T08:59:00'), cal)).toBe(false);
  });

  it('is closed on weekends, Japanese public holidays and company holidays', () => {
    expect(isBusinessDay('2026-11-28', cal)).toBe(false); // Saturday
    expect(isBusinessDay('2026-11-23', cal)).toBe(false); // Labour Thanksgiving Day
    expect(isBusinessDay('2026-12-29', cal)).toBe(false); // company holiday, every year
    expect(isBusinessDay('2026-08-14', cal)).toBe(false); // company holiday, once
    expect(isBusinessDay('2027-08-13', cal)).toBe(true);
  });

  it('moves a confirmation after closing to the next opening, skipping weekends and holidays', () => {
    expect(nextBusinessOpening(jst('2026-11-26T19:30:00'), cal)).toEqual(jst('2026-11-27T09:00:00'));
    expect(nextBusinessOpening(jst('2026-11-27T18:30:00'), cal)).toEqual(jst('2026-11-30T09:00:00'));
    expect(nextBusinessOpening(jst('2026-11-26T07:00:00'), cal)).toEqual(jst('2026-11-26T09:00:00'));
    expect(nextBusinessOpening(jst('2026-12-28T18:01:00'), cal)).toEqual(jst('2027-01-04T09:00:00'));
    expect(nextBusinessOpening(jst('2026-11-21T12:00:00'), cal)).toEqual(jst('2026-11-24T09:00:00'));
  });

  it('keeps a confirmation made in business hours', () => {
    const at = jst('2026-11-26T10:15:00');
    expect(nextBusinessOpening(at, cal)).toBe(at);
  });
});

describe('payment rules', () => {
  it('refuses VISA, Mastercard and JCB cards without 3-D Secure, not AMEX or Diners', () => {
    for (const brand of ['visa', 'mastercard', 'jcb'] as const)
      expect(cardRefusal({ brand, threeDSecure: 'unsupported' })).toBe('three_ds_unsupported');
    for (const brand of ['amex', 'diners'] as const) expect(cardRefusal({ brand, threeDSecure: 'unsupported' })).toBeUndefined();
    expect(cardRefusal({ brand: 'visa', threeDSecure: 'supported' })).toBeUndefined();
  });

  it('takes a typed amount over a preset one', () => {
    expect(chooseTopupAmount({ amount: 1234, presetAmount: 3000 }, [3000])).toBe(1234);
    expect(chooseTopupAmount({ presetAmount: 3000 }, [3000])).toBe(3000);
  });

  it('names the range when refusing an amount', () => {
    const limits = {
      card: { min: 1000, max: 5_000_000 },
      registered_card: { min: 1000, max: 5_000_000 },
      net_bank: { min: 1000, max: 5_000_000 },
      konbini: { min: 2000, max: 299_999 },
      bank_transfer: { min: 1, max: 5_000_000 },
    };
    expect(() => checkTopupAmount('konbini', 1999, limits)).toThrow(
      expect.objectContaining({ status: 422, params: expect.objectContaining({ min: 2000, max: 299_999 }) }),
    );
    expect(() => checkTopupAmount('konbini', 2000, limits)).not.toThrow();
  });
});

// The variables every configuration needs, so that only the calendar's ones vary.
const base = { DATABASE_URL: 'postgres://x@127.0.0.1/x', SMTP_URL: 'smtp://127.0.0.1:25', APP_SECRET: 'a'.repeat(32) };

describe('walkthroughs that work at any hour: business days are configuration', () => {
  it('reads BUSINESS_DAYS as day names and ranges, wrapping over the weekend, and says what is allowed', () => {
    expect(parseBusinessDays('mon-fri')).toEqual([1, 2, 3, 4, 5]);
    expect(parseBusinessDays('mon-sun')).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(parseBusinessDays('fri-mon')).toEqual([0, 1, 5, 6]);
    expect(parseBusinessDays('MON, wed,fri')).toEqual([1, 3, 5]);
    expect(() => parseBusinessDays('weekdays')).toThrow(/sun mon tue wed thu fri sat/);
    expect(() => parseBusinessDays('')).toThrow(/at least one day/);
    expect(() => loadConfig({ ...base, BUSINESS_DAYS: 'mon-xyz' })).toThrow(/BUSINESS_DAYS/);
  });

  it('credits on a Saturday night and a public holiday when the operator opens every day around the clock', () => {
    const open = loadConfig({
      ...base,
      BUSINESS_DAYS: 'mon-sun',
      BUSINESS_HOURS: '00:00-24:00',
      PUBLIC_HOLIDAYS: 'open',
      COMPANY_HOLIDAYS: '',
    }).topup.calendar;
    const saturdayNight = new Date('2026-11-28T23:30:00+09:00');
    const newYearsDay = new Date('2027-01-01T03:00:00+09:00');
    expect(isBusinessTime(saturdayNight, open)).toBe(true);
    expect(isBusinessTime(newYearsDay, open)).toBe(true);
    // The defaults still wait for Monday morning, and for the day after a holiday.
    const defaults = loadConfig({ ...base, BUSINESS_DAYS: undefined, BUSINESS_HOURS: undefined, PUBLIC_HOLIDAYS: undefined }).topup
      .calendar;
    expect(nextBusinessOpening(saturdayNight, defaults).toISOString()).toBe('2026-11-30T00:00:00.000Z');
    expect(isBusinessTime(new Date('2026-11-23T10:00:00+09:00'), defaults)).toBe(false); // 勤労感謝の日
  });
});
