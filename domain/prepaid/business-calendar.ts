import holidayJp from '@holiday-jp/holiday_jp';

/** Business hours and company holidays, in Asia/Tokyo; public holidays come from @holiday-jp. */
export interface BusinessCalendar {
  /** Opening time, HH:MM. */
  open: string;
  /** Closing time, HH:MM (exclusive). */
  close: string;
  /** Company holidays: MM-DD every year, or YYYY-MM-DD once. */
  companyHolidays: readonly string[];
  /** Days of the week with business hours, 0 = Sunday … 6 = Saturday; Monday to Friday when left out. */
  weekdays?: readonly number[];
  /** Whether Japan's public holidays are days off (the default), or business days like any other. */
  publicHolidaysOff?: boolean;
}

const WEEKDAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/**
 * Reads BUSINESS_DAYS: day names and ranges, comma-separated (`mon-fri`, `mon-sat`, `mon-sun`,
 * `mon,wed,fri`, `fri-mon` wraps over the weekend). Throws with what is allowed.
 */
export function parseBusinessDays(text: string): number[] {
  const days = new Set<number>();
  for (const part of text
    .toLowerCase()
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const ends = part.split('-').map((d) => WEEKDAY_NAMES.indexOf(d.trim() as (typeof WEEKDAY_NAMES)[number]));
    const from = ends[0] ?? -1;
    const to = ends[1] ?? from;
    if (from < 0 || to < 0 || ends.length > 2)
      throw new Error(`"${part}" is not a day or a range of days: use sun mon tue wed thu fri sat, e.g. mon-fri or mon,wed,fri`);
    for (let d = from; ; d = (d + 1) % 7) {
      days.add(d);
      if (d === to) break;
    }
  }
  if (days.size === 0) throw new Error('at least one day is needed, e.g. mon-fri');
  return [...days].sort();
}

// Japan has no daylight saving time, so Tokyo is always UTC+9.
const TOKYO_OFFSET_MS = 9 * 3_600_000;
const DAY_MS = 86_400_000;

const minutesOf = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
};

/** The Tokyo calendar date of an instant, YYYY-MM-DD. */
export function tokyoDate(at: Date): string {
  return new Date(at.getTime() + TOKYO_OFFSET_MS).toISOString().slice(0, 10);
}

/** Whether the Tokyo date is a business day: one of the business weekdays, and no public or company holiday. */
export function isBusinessDay(date: string, cal: BusinessCalendar): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  if (!(cal.weekdays ?? [1, 2, 3, 4, 5]).includes(weekday)) return false;
  if ((cal.publicHolidaysOff ?? true) && date in holidayJp.holidays) return false;
  return !cal.companyHolidays.some((h) => h === date || h === date.slice(5));
}

/** Whether the instant falls inside business hours on a business day. */
export function isBusinessTime(at: Date, cal: BusinessCalendar): boolean {
  const date = tokyoDate(at);
  if (!isBusinessDay(date, cal)) return false;
  const local = new Date(at.getTime() + TOKYO_OFFSET_MS);
  const minute = local.getUTCHours() * 60 + local.getUTCMinutes();
  return minute >= minutesOf(cal.open) && minute < minutesOf(cal.close);
}

/** The instant itself when it is business time, else the next business opening. */
export function nextBusinessOpening(at: Date, cal: BusinessCalendar): Date {
  if (isBusinessTime(at, cal)) return at;
  const openOn = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - TOKYO_OFFSET_MS + minutesOf(cal.open) * 60_000);
  let date = tokyoDate(at);
  // Today's opening counts only if it is still ahead; otherwise look at the following days.
  if (isBusinessDay(date, cal) && openOn(date) > at) return openOn(date);
  for (let i = 0; i < 366; i++) {
    date = new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
    if (isBusinessDay(date, cal)) return openOn(date);
  }
  throw new Error('no business day within a year: check COMPANY_HOLIDAYS');
}
