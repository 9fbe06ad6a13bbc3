import type { OrderTotals } from '../money';
import { servicesTotals, type ServicesLine } from './catalog';

/** What an order keeps once the carrier refused some of its numbers, and what goes back to the balance. */
export interface RefusedLinesRefund {
  /** The lines still bought. */
  kept: ServicesLine[];
  /** The number lines the carrier refused. */
  refused: ServicesLine[];
  /** The order's totals over the kept lines, tax rounded once over them. */
  totalsAfter: OrderTotals;
  /** Yen given back: what was paid minus what the kept lines cost, so no yen of tax is counted twice. */
  amount: number;
}

/**
 * Takes the refused numbers out of a paid order. The tax is recomputed once over the remaining
 * lines rather than per refused line: the refund is the original total minus the new total, so
 * the customer pays exactly the tax of what they keep and the refund carries the rest.
 */
export function refundForRefusedNumbers(items: ServicesLine[], paid: OrderTotals, refusedNumberIds: readonly string[]): RefusedLinesRefund {
  const refusedIds = new Set(refusedNumberIds);
  const isRefused = (l: ServicesLine) => l.type === 'number' && refusedIds.has(l.numberId);
  const kept = items.filter((l) => !isRefused(l));
  const refused = items.filter(isRefused);
  const totalsAfter = servicesTotals(kept);
  return { kept, refused, totalsAfter, amount: paid.total - totalsAfter.total };
}
