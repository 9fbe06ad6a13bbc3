import holidayJp from '@holiday-jp/holiday_jp';

/** Business hours and company holidays, in Asia/Tokyo; public holidays come from @holiday-jp. */
export interface BusinessCalendar {
  /** Opening time, HH:MM. */
  open: string;
  /** Closing time, HH:MM (exclusive). */
  close: string;
  /** Company holidays: MM-DD every year, or YYYY-MM-DD once. */
  companyHolidays: readonly string[];
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

/** Whether the Tokyo date is a business day: no weekend, public holiday or company holiday. */
export function isBusinessDay(date: string, cal: BusinessCalendar): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  if (date in holidayJp.holidays) return false;
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
