import type { StatementEntry } from '../../db/billing/statement-entries';
import { NotFoundError } from '../../domain/errors';
import { jstMonthStart, nextMonth } from '../../domain/billing/months';
import { toJstIso } from '../../lib/time/jst';
import type { ApiDeps } from '../deps';
import { CURRENCY } from '../schemas';
import { kindName } from '../../domain/telephony/kind-names';
import { toNationalDisplay } from '../../domain/telephony/e164';

/** What a statement line is for. */
export const STATEMENT_LINE_KINDS = ['purchase', 'refund', 'monthly_fee', 'calls', 'adjustment'] as const;
export type StatementLineKind = (typeof STATEMENT_LINE_KINDS)[number];

/** One line before presenting: its tax-included amount split into the taxable part and the tax that was debited. */
interface Part {
  id: string;
  at: Date;
  kind: StatementLineKind;
  description: string;
  quantity: number;
  taxRate: number;
  taxable: number;
  tax: number;
}

/** The statement's number: stable for the account and month, so a reprint carries the same one. */
export const invoiceNumberOf = (accountId: string, month: string) =>
  `INV-${month.replace('-', '')}-${accountId.replace(/-/g, '').slice(0, 10).toUpperCase()}`;

/** A month's statement as the API answers it. */
export type Statement = Awaited<ReturnType<typeof monthlyStatement>>;

const rangeOf = (month: string) => ({ from: new Date(jstMonthStart(month)), to: new Date(jstMonthStart(nextMonth(month))) });

/**
 * Splits a tax-included amount the way a debit was computed when nothing finer is recorded: the
 * largest taxable sum whose rounded-down tax still fits, and the rest as tax.
 */
function splitIncluded(amount: number, rate: number) {
  let taxable = Math.floor((amount * 100) / (100 + rate));
  while (taxable + 1 + Math.floor(((taxable + 1) * rate) / 100) <= amount) taxable += 1;
  return { taxable, tax: amount - taxable };
}

const ORDER_WORDS: Record<string, string> = {
  services: 'ユニーク・電話番号（初期費用・初月分） / Uniques and numbers (initial fee and first month)',
  devices: '機器 / Devices',
};

/** What an order bought, in the words of its line. */
function orderDescription(order: NonNullable<StatementEntry['order']>): { text: string; quantity: number } {
  const ref = `#${order.id.slice(0, 8)}`;
  if (order.kind === 'devices') {
    const quantity = Number(order.detail.quantity) || 1;
    const model = String(order.detail.modelName ?? order.detail.model ?? '');
    return { text: `${ORDER_WORDS.devices}: ${model} × ${quantity} ${ref}`, quantity };
  }
  const lines = Array.isArray(order.detail.lines) ? (order.detail.lines as Array<Record<string, unknown>>) : [];
  const quantity = lines.reduce((s, l) => s + (Number(l.quantity) || 1), 0) || 1;
  return { text: `${ORDER_WORDS[order.kind] ?? order.kind} ${ref}`, quantity };
}

/**
 * The parts of one ledger entry. A charge's parts add up to exactly what the entry moved, with
 * the tax the debit carried: an order's tax per rate as priced (rounded once per rate for that
 * order), a monthly fee's share of the month's rounded total, a manual debit with no tax.
 */
function partsOf(e: StatementEntry): Part[] {
  const sign = e.kind === 'refund' ? -1 : 1;
  const paid = -e.amount * sign;
  const base = { id: String(e.id), at: e.createdAt };
  if ((e.kind === 'purchase' || e.kind === 'refund') && e.order) {
    const { text, quantity } = orderDescription(e.order);
    const kind = e.kind;
    const description = kind === 'refund' ? `返金 / Refund: ${text}` : text;
    const byRate = 'taxByRate' in e.order.totals ? e.order.totals.taxByRate.filter((b) => b.taxable > 0) : [];
    const orderTotal = byRate.reduce((s, b) => s + b.taxable + b.tax, 0);
    if (byRate.length && orderTotal === paid)
      return byRate.map((b) => ({ ...base, kind, description, quantity, taxRate: b.rate, taxable: sign * b.taxable, tax: sign * b.tax }));
    const only = byRate.length === 1 ? byRate[0]! : undefined;
    if (only && kind === 'refund' && paid < orderTotal) {
      // Part of an order given back (numbers the carrier refused): its tax was recomputed once
      // over the lines kept, so the refund is the order's taxable and tax less the kept ones'.
      const kept = splitIncluded(orderTotal - paid, only.rate);
      const taxable = only.taxable - kept.taxable;
      return [{ ...base, kind, description, quantity, taxRate: only.rate, taxable: -taxable, tax: -(paid - taxable) }];
    }
    const rate = only?.rate ?? 10;
    const split = splitIncluded(paid, rate);
    return [{ ...base, kind, description, quantity, taxRate: rate, taxable: sign * split.taxable, tax: sign * split.tax }];
  }
  if (e.kind === 'monthly_fee') {
    const fee = e.fee && e.fee.amount + e.fee.tax === paid ? e.fee : null;
    const { taxable, tax } = fee ? { taxable: fee.amount, tax: fee.tax } : splitIncluded(paid, 10);
    const description = fee ? feeWords(fee) : (e.description ?? '月額基本料 / Monthly fee');
    return [{ ...base, kind: 'monthly_fee', description, quantity: 1, taxRate: fee?.taxRate ?? 10, taxable, tax }];
  }
  if (e.kind === 'manual_adjustment' || e.kind === 'adjustment')
    return [
      {
        ...base,
        kind: 'adjustment',
        description: `調整 / Adjustment: ${e.description ?? ''}`.trim(),
        quantity: 1,
        taxRate: 0,
        taxable: paid,
        tax: 0,
      },
    ];
  return [];
}

/** A monthly fee in both languages, as the invoice prints them: the unique's kind, or the number's kind and number. */
function feeWords(fee: NonNullable<StatementEntry['fee']>): string {
  const number = fee.itemType === 'number' ? ` ${toNationalDisplay(fee.label)}` : '';
  return `月額基本料 ${fee.month} ${kindName(fee.kind, 'ja')}${number} / Monthly fee ${fee.month}: ${kindName(fee.kind, 'en')}${number}`;
}

const CALLS_WORDS = (rate: number) =>
  rate === 0 ? '通話料（非課税） / Call charges (tax exempt)' : `通話料 ${rate}% / Call charges at ${rate}%`;

/**
 * The month's calls, one line per tax rate: every rating batch debits one entry per account,
 * which would make a line per few calls. Each line adds the batches' taxable sums and the tax
 * each one added to its month's once-rounded total, so the lines equal the entries' sum.
 */
function callParts(entries: StatementEntry[]): Part[] {
  const byRate = new Map<number, Part>();
  for (const e of entries.filter((x) => x.kind === 'call_charge')) {
    const recorded = e.calls.reduce((s, c) => s + c.taxable + c.tax, 0);
    // An entry with no recorded split (never expected) still counts, as tax included at 10%.
    const calls = recorded === -e.amount ? e.calls : [{ taxRate: 10, calls: 0, ...splitIncluded(-e.amount, 10) }];
    for (const c of calls) {
      const line = byRate.get(c.taxRate) ?? {
        id: `calls-${c.taxRate}`,
        at: e.createdAt,
        kind: 'calls' as const,
        description: CALLS_WORDS(c.taxRate),
        quantity: 0,
        taxRate: c.taxRate,
        taxable: 0,
        tax: 0,
      };
      line.at = e.createdAt;
      line.quantity += c.calls;
      line.taxable += c.taxable;
      line.tax += c.tax;
      byRate.set(c.taxRate, line);
    }
  }
  return [...byRate.values()].sort((a, b) => b.taxRate - a.taxRate);
}

/**
 * The month's lines and per-rate totals from the ledger's charges and refunds of that Japan-time
 * month.
 *
 * Tax is rounded once per rate, and never again here. Monthly fees and calls are debited through
 * the month's tax accumulator (billing_month_totals), whose each debit adds only the change of
 * floor(month's taxable × rate): their taxes add up to one rounding per rate and month. A purchase
 * was priced as its own invoice with its tax rounded once per rate for that order, and debited so.
 * The statement adds those already-rounded taxes per rate: rounding the month's per-rate sums
 * again could differ from them by a yen per order, and the statement would no longer equal what
 * was taken from the balance. So total = subtotal + tax = the month's debits less its refunds.
 */
async function monthFigures(deps: ApiDeps, accountId: string, month: string) {
  const entries = await deps.stores.billing.statementEntries.between(accountId, rangeOf(month));
  const parts = [...entries.flatMap(partsOf), ...callParts(entries)];
  const rates = new Map<number, { rate: number; taxable: number; tax: number }>();
  for (const p of parts) {
    const r = rates.get(p.taxRate) ?? { rate: p.taxRate, taxable: 0, tax: 0 };
    r.taxable += p.taxable;
    r.tax += p.tax;
    rates.set(p.taxRate, r);
  }
  const taxByRate = [...rates.values()].filter((r) => r.taxable !== 0 || r.tax !== 0).sort((a, b) => b.rate - a.rate);
  const subtotal = taxByRate.reduce((s, b) => s + b.taxable, 0);
  const tax = taxByRate.reduce((s, b) => s + b.tax, 0);
  return { parts, taxByRate, subtotal, tax, total: subtotal + tax };
}

/** A page of the months the account has a statement for (something was charged or refunded), newest first, with their totals. */
export async function statementMonths(deps: ApiDeps, accountId: string, page: { limit: number; before?: string }) {
  const months = await deps.stores.billing.statementEntries.months(accountId, {
    limit: page.limit,
    before: page.before ? new Date(jstMonthStart(page.before)) : undefined,
  });
  const out = [];
  for (const month of months) {
    const f = await monthFigures(deps, accountId, month);
    out.push({ id: month, month, subtotal: f.subtotal, tax: f.tax, total: f.total, currency: CURRENCY });
  }
  return out;
}

/**
 * The month's statement as a Japanese qualified invoice (適格請求書): issuer and registration
 * number, a line per charge with its date, tax rate and tax-included amount (refunds as negative
 * lines), and per tax rate the taxable sum and its tax. Its total is what the month's ledger debited.
 */
export async function monthlyStatement(deps: ApiDeps, accountId: string, month: string) {
  const account = await deps.stores.accounts.findById(accountId);
  if (!account) throw new NotFoundError('account');
  const f = await monthFigures(deps, accountId, month);
  const range = rangeOf(month);
  return {
    id: month,
    title: '適格請求書 / Qualified invoice',
    invoiceNumber: invoiceNumberOf(accountId, month),
    month,
    // The month a customer reads: Japan time.
    period: { from: toJstIso(range.from), to: toJstIso(range.to) },
    issuer: deps.config.billing.issuer,
    recipient: { accountId, name: account.name },
    lines: f.parts.map((p) => ({
      id: p.id,
      date: toJstIso(p.at),
      kind: p.kind,
      description: p.description,
      quantity: p.quantity,
      taxRate: p.taxRate,
      amount: p.taxable + p.tax,
      currency: CURRENCY,
    })),
    taxByRate: f.taxByRate.map((b) => ({ ...b, currency: CURRENCY })),
    subtotal: f.subtotal,
    tax: f.tax,
    total: f.total,
    currency: CURRENCY,
  };
}
