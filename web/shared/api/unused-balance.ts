import type { Call } from '../api-client';

/** The unused prepaid balance at the end of a base date (GET /v1/operator/reports/unused-balance). */
export interface UnusedBalanceReport {
  /** March 31 or September 30, YYYY-MM-DD. */
  baseDate: string;
  /** 24:00 Japan time on the base date, in Japan time: the next day's 00:00+09:00. */
  asOf: string;
  currency: 'JPY';
  /** The sum of the positive balances at that instant. */
  unusedBalance: number;
  positiveAccounts: number;
  /** The sum of the balances below zero (zero or less), never netted against the unused balance. */
  negativeBalance: number;
  negativeAccounts: number;
  threshold: number;
  exceedsThreshold: boolean;
  /** Half the unused balance rounded up when above the threshold, else 0. */
  requiredDeposit: number;
  /** The last day to file and deposit, YYYY-MM-DD. */
  filingDeadline: string;
}

/** The Payment Services Act's base-date report (operators and administrators). */
export const unusedBalanceApi = (call: Call) => ({
  unusedBalanceReport: (baseDate: string) =>
    call<UnusedBalanceReport>('GET', `/v1/operator/reports/unused-balance?baseDate=${encodeURIComponent(baseDate)}`),
});
