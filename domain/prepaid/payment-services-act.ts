/**
 * The Payment Services Act (資金決済法) as it bears on the prepaid balance, a self-issued prepaid
 * payment instrument (自家型前払式支払手段): the base dates, the threshold and the deposit.
 */

/** The base dates (基準日) of every year, as MM-DD: March 31 and September 30. */
export const BASE_DAYS = ['03-31', '09-30'] as const;

/** Above this unused balance on a base date (strictly), the issuer must file and deposit: ¥10,000,000. */
export const UNUSED_BALANCE_THRESHOLD = 10_000_000;

// Japan has no daylight saving time, so Tokyo is always UTC+9 and every day 24 hours long.
const TOKYO_OFFSET_MS = 9 * 3_600_000;
const DAY_MS = 86_400_000;

// Both days exist in every year, so the pattern is the whole check. (No import of the business
// calendar here: the staff console bundles this file, and the holiday table with it would be heavy.)
const BASE_DATE = /^\d{4}-(03-31|09-30)$/;

/** Whether the text is a base date written YYYY-MM-DD: March 31 or September 30 of a year. */
export const isBaseDate = (date: string): boolean => BASE_DATE.test(date);

/** The instant a Tokyo date ends: its 24:00 JST, which is the next day's 00:00 JST. */
export function endOfTokyoDate(date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00+09:00`) + DAY_MS);
}

/** The base dates that have ended by the instant, latest first. */
export function endedBaseDates(now: Date, count: number): string[] {
  const out: string[] = [];
  for (let year = new Date(now.getTime() + TOKYO_OFFSET_MS).getUTCFullYear(); out.length < count; year--) {
    for (const day of [...BASE_DAYS].reverse()) {
      const date = `${year}-${day}`;
      if (endOfTokyoDate(date) <= now && out.length < count) out.push(date);
    }
  }
  return out;
}

/** The latest base date that has ended by the instant. */
export const latestBaseDate = (now: Date): string => endedBaseDates(now, 1)[0]!;

/**
 * The last day to file the report (and make the deposit) that follows from a base date: within two
 * months after it, so May 31 for March 31 and November 30 for September 30.
 */
export function filingDeadline(baseDate: string): string {
  return `${baseDate.slice(0, 4)}-${baseDate.slice(5) === '03-31' ? '05-31' : '11-30'}`;
}

/** Whether the unused balance is above the threshold, which makes the filing and the deposit due. */
export const exceedsThreshold = (unusedBalance: number): boolean => unusedBalance > UNUSED_BALANCE_THRESHOLD;

/**
 * The least deposit (供託) the unused balance requires: half of it, rounded up to the yen, when it
 * is above the threshold; nothing otherwise. Rounding down would deposit less than half.
 */
export function requiredDeposit(unusedBalance: number): number {
  if (!Number.isSafeInteger(unusedBalance) || unusedBalance < 0)
    throw new Error(`unused balance must be a non-negative integer yen, got ${unusedBalance}`);
  return exceedsThreshold(unusedBalance) ? Math.ceil(unusedBalance / 2) : 0;
}

/** Why a base date cannot be reported at the instant, or undefined when it can. */
export function baseDateRefusal(
  baseDate: string,
  now: Date,
): { code: 'not_a_base_date' | 'base_date_not_ended'; latest: string } | undefined {
  if (!isBaseDate(baseDate)) return { code: 'not_a_base_date', latest: latestBaseDate(now) };
  // Before its end the ledger can still move, so the figure of that base date is not yet known.
  if (endOfTokyoDate(baseDate) > now) return { code: 'base_date_not_ended', latest: latestBaseDate(now) };
  return undefined;
}

/** The ledger's balances at the end of a base date, summed: what the store measures. */
export interface BalanceFigures {
  /** The sum of the positive balances: the unused balance. */
  unusedBalance: number;
  /** How many accounts had a positive balance. */
  positiveAccounts: number;
  /** The sum of the negative balances (zero or less), shown apart and never netted. */
  negativeBalance: number;
  /** How many accounts were below zero. */
  negativeAccounts: number;
}

/** The report of one base date: the figures, the threshold, the deposit and the deadline. */
export interface UnusedBalanceReport extends BalanceFigures {
  baseDate: string;
  /** The instant the figures are taken at: 24:00 JST on the base date. */
  asOf: Date;
  threshold: number;
  exceedsThreshold: boolean;
  requiredDeposit: number;
  filingDeadline: string;
}

/** Puts the figures of a base date together with what follows from them under the Act. */
export function unusedBalanceReport(baseDate: string, figures: BalanceFigures): UnusedBalanceReport {
  return {
    baseDate,
    asOf: endOfTokyoDate(baseDate),
    ...figures,
    threshold: UNUSED_BALANCE_THRESHOLD,
    exceedsThreshold: exceedsThreshold(figures.unusedBalance),
    requiredDeposit: requiredDeposit(figures.unusedBalance),
    filingDeadline: filingDeadline(baseDate),
  };
}
