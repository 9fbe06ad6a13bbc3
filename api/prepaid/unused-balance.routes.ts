import { z } from 'zod';
import { InputError } from '../../domain/errors';
import { isCalendarDate } from '../../domain/prepaid/arrival';
import { baseDateRefusal, endOfTokyoDate, unusedBalanceReport, type UnusedBalanceReport } from '../../domain/prepaid/payment-services-act';
import type { ApiDeps } from '../deps';
import { defineRoute } from '../http/route';
import { CURRENCY, currencySchema, yenSchema } from '../schemas';
import { toJstIso } from '../../lib/time/jst';

const reportSchema = z.object({
  baseDate: z.iso.date().describe('The base date, YYYY-MM-DD'),
  asOf: z.iso
    .datetime({ offset: true })
    .describe('The instant the figures are taken at: 24:00 Japan time on the base date, in Japan time (the next day 00:00+09:00)'),
  currency: currencySchema,
  unusedBalance: yenSchema.describe('The sum of the positive balances at that instant'),
  positiveAccounts: z.number().int().describe('Accounts with a positive balance at that instant'),
  negativeBalance: yenSchema.describe('The sum of the balances below zero (zero or less), not netted against the unused balance'),
  negativeAccounts: z.number().int().describe('Accounts below zero at that instant'),
  threshold: yenSchema.describe('10,000,000: above it the filing and the deposit are due'),
  exceedsThreshold: z.boolean(),
  requiredDeposit: yenSchema.describe('The least deposit: half the unused balance rounded up to the yen when above the threshold, else 0'),
  filingDeadline: z.iso.date().describe('The last day to file and deposit: May 31 for March 31, November 30 for September 30'),
});

const present = (r: UnusedBalanceReport) => ({ ...r, asOf: toJstIso(r.asOf), currency: CURRENCY });

const example = {
  baseDate: '2026-09-30',
  asOf: '2026-10-01T00:00:00+09:00',
  currency: 'JPY',
  unusedBalance: 12_345_678,
  positiveAccounts: 1843,
  negativeBalance: -48_210,
  negativeAccounts: 12,
  threshold: 10_000_000,
  exceedsThreshold: true,
  requiredDeposit: 6_172_839,
  filingDeadline: '2026-11-30',
};

/** The report of a base date that has ended; a date that is not one, or has not ended, is refused. */
async function reportFor(deps: ApiDeps, baseDate: string, now = new Date()): Promise<UnusedBalanceReport> {
  const refusal = baseDateRefusal(baseDate, now);
  if (refusal) throw new InputError(refusal.code, { baseDate, latest: refusal.latest }, 'query.baseDate');
  return unusedBalanceReport(baseDate, await deps.stores.unusedBalance.figuresAt(endOfTokyoDate(baseDate)));
}

/** Operators and administrators: the Payment Services Act's unused balance on a base date. */
export const unusedBalanceRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/operator/reports/unused-balance',
    operationId: 'getUnusedBalanceReport',
    tag: 'operator',
    summary: 'The unused prepaid balance at the end of a base date (March 31 or September 30), with the deposit it requires',
    description:
      "The prepaid balance is a self-issued prepaid payment instrument under the Payment Services Act (資金決済法). The figures are computed from the ledger entries created before 24:00 Japan time on the base date, not from today's balances. The unused balance is the sum of the positive balances; balances below zero are shown apart and never reduce it. Above 10,000,000 yen the filing and a deposit of at least half the unused balance (rounded up to the yen) are due by the filing deadline. Another date is refused with 422 not_a_base_date; a base date that has not ended with 422 base_date_not_ended.",
    access: ['operator', 'admin'],
    query: z
      .object({
        baseDate: z.iso
          .date()
          .refine(isCalendarDate, { message: 'must be a calendar date, YYYY-MM-DD' })
          .describe('YYYY-03-31 or YYYY-09-30'),
      })
      .strict(),
    responses: { 200: { description: 'The report of the base date', schema: reportSchema, example } },
    handler: async ({ query, deps }) => ({ body: present(await reportFor(deps, query.baseDate)) }),
  }),
];
