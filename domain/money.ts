/** Consumption tax rates in percent: the standard 10%, and 0 for exempt items (international calls). */
export type TaxRate = 10 | 8 | 0;

/** One priced line of an order, tax excluded. */
export interface PricedLine {
  amount: number;
  taxRate: TaxRate;
}

/** Totals of an order with tax computed once per rate, as a qualified invoice shows them. */
export interface OrderTotals {
  subtotal: number;
  taxByRate: Array<{ rate: TaxRate; taxable: number; tax: number }>;
  tax: number;
  total: number;
}

/** Tax on a taxable sum at a rate, rounded down to the yen (the common Japanese practice). */
export function taxOn(taxable: number, rate: TaxRate): number {
  return Math.floor((taxable * rate) / 100);
}

/** Sums lines per rate and rounds the tax once per rate, never per line. */
export function computeTotals(lines: PricedLine[]): OrderTotals {
  for (const l of lines) {
    if (!Number.isSafeInteger(l.amount) || l.amount < 0) throw new Error(`line amount must be a non-negative integer yen, got ${l.amount}`);
  }
  const byRate = new Map<TaxRate, number>();
  for (const l of lines) byRate.set(l.taxRate, (byRate.get(l.taxRate) ?? 0) + l.amount);
  const taxByRate = [...byRate.entries()]
    .sort(([a], [b]) => b - a)
    .map(([rate, taxable]) => ({ rate, taxable, tax: taxOn(taxable, rate) }));
  const subtotal = taxByRate.reduce((s, r) => s + r.taxable, 0);
  const tax = taxByRate.reduce((s, r) => s + r.tax, 0);
  return { subtotal, taxByRate, tax, total: subtotal + tax };
}
