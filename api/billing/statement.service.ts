import { NotFoundError } from '../../domain/errors';
import { jstMonthStart, nextMonth } from '../../domain/billing/months';
import { toJstIso } from '../../lib/time/jst';
import type { ApiDeps } from '../deps';
import { CURRENCY } from '../schemas';

const CLASS_LABEL: Record<string, string> = {
  fixed: '通話料 国内固定 / Calls to fixed lines',
  mobile: '通話料 携帯電話 / Calls to mobiles',
  ip050: '通話料 IP電話 / Calls to 050',
  navidial: '通話料 ナビダイヤル / Navi Dial calls',
  international: '通話料 国際 (非課税) / International calls (tax exempt)',
  freecall: 'フリーダイヤル着信料 / Free call reception',
};

/** The statement's number: stable for the account and month, so a reprint carries the same one. */
export const invoiceNumberOf = (accountId: string, month: string) =>
  `INV-${month.replace('-', '')}-${accountId.replace(/-/g, '').slice(0, 10).toUpperCase()}`;

/** A month's statement as the API answers it. */
export type Statement = Awaited<ReturnType<typeof monthlyStatement>>;

/** A page of the months the account has a statement for (debits were recorded), newest first, with their totals. */
export async function statementMonths(deps: ApiDeps, accountId: string, page: { limit: number; before?: string }) {
  const months = await deps.stores.billing.statementMonths(accountId, page);
  return months.map((m) => ({
    id: m.month,
    month: m.month,
    subtotal: m.taxable,
    tax: m.tax,
    total: m.taxable + m.tax,
    currency: CURRENCY,
  }));
}

/**
 * The month's statement as a Japanese qualified invoice (適格請求書): issuer and registration
 * number, lines, and per tax rate the taxable total and its tax, rounded once per rate. The tax
 * buckets are the ones the debits were computed from, so the invoice equals what was debited.
 */
export async function monthlyStatement(deps: ApiDeps, accountId: string, month: string) {
  const account = await deps.stores.accounts.findById(accountId);
  if (!account) throw new NotFoundError('account');
  const [fees, calls, buckets] = await Promise.all([
    deps.stores.billing.monthlyCharges(accountId, month),
    deps.stores.cdrs.chargedByClass(accountId, month, {
      from: new Date(jstMonthStart(month)),
      to: new Date(jstMonthStart(nextMonth(month))),
    }),
    deps.stores.billing.monthTotals(accountId, month),
  ]);
  const lines = [
    ...fees.map((f) => ({
      kind: 'monthly_fee' as const,
      description: `月額基本料 / Monthly fee: ${f.label}`,
      quantity: 1,
      amount: f.amount,
      taxRate: f.taxRate,
    })),
    ...calls
      .filter((c) => c.amount > 0)
      .map((c) => ({
        kind: 'calls' as const,
        description: CLASS_LABEL[c.class] ?? c.class,
        quantity: c.calls,
        seconds: c.seconds,
        amount: c.amount,
        taxRate: c.taxRate,
      })),
  ];
  const taxByRate = buckets.filter((b) => b.taxable > 0).map((b) => ({ rate: b.taxRate, taxable: b.taxable, tax: b.tax }));
  const subtotal = taxByRate.reduce((s, b) => s + b.taxable, 0);
  const tax = taxByRate.reduce((s, b) => s + b.tax, 0);
  return {
    id: month,
    title: '適格請求書 / Qualified invoice',
    invoiceNumber: invoiceNumberOf(accountId, month),
    month,
    // The month a customer reads: Japan time.
    period: { from: toJstIso(new Date(jstMonthStart(month))), to: toJstIso(new Date(jstMonthStart(nextMonth(month)))) },
    issuer: deps.config.billing.issuer,
    recipient: { accountId, name: account.name },
    lines: lines.map((l) => ({ seconds: null, ...l, currency: CURRENCY })),
    taxByRate: taxByRate.map((b) => ({ ...b, currency: CURRENCY })),
    subtotal,
    tax,
    total: subtotal + tax,
    currency: CURRENCY,
  };
}
