import type { BillingStore } from '../../db/billing/billing.store';
import type { CdrsStore } from '../../db/billing/cdrs.store';

/** What one rating pass did. */
export interface RatingPass {
  rated: number;
  batches: number;
  /** Accounts debited, for the low-balance check. */
  debited: string[];
  /** The last batch was full: more CDRs are probably waiting. */
  remaining: boolean;
}

/**
 * Rates unrated CDRs in batches until none is left or the time budget is spent. Each batch is
 * one transaction: pick and price the CDRs in SQL, add the tax accumulator, post one ledger entry
 * per account keyed by the batch ID, mark the CDRs rated. A crash rolls the whole batch back, and
 * a committed batch is never picked again, so every call is debited exactly once.
 */
export async function rateUnratedCdrs(
  deps: { cdrs: CdrsStore; billing: BillingStore },
  opts: { batchSize: number; budgetMs: number; onBatch?: (rated: number) => void },
): Promise<RatingPass> {
  const started = Date.now();
  const debited = new Set<string>();
  let rated = 0;
  let batches = 0;
  // Rated rows leave dead entries at the head of the unrated index until vacuum; each pass starts
  // from 0 once (so a CDR that committed late is never skipped), then continues after the last seq.
  let afterSeq = 0;
  for (;;) {
    const n = await deps.cdrs.transaction(async (trx) => {
      const batchId = await deps.cdrs.nextBatchId(trx);
      const { groups, maxSeq } = await deps.cdrs.rateBatch(trx, batchId, opts.batchSize, afterSeq);
      afterSeq = maxSeq;
      const charged = await deps.billing.postCallCharges(trx, batchId, groups);
      for (const c of charged) debited.add(c.accountId);
      return groups.reduce((s, g) => s + g.calls, 0);
    });
    rated += n;
    batches++;
    opts.onBatch?.(n);
    const full = n >= opts.batchSize;
    if (!full || Date.now() - started > opts.budgetMs) return { rated, batches, debited: [...debited], remaining: full };
  }
}
