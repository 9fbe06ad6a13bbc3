import { InputError } from '../../domain/errors';
import type { LedgerEntry, LedgerKind } from '../../db/prepaid/ledger.store';
import type { ApiDeps } from '../deps';
import { toPage } from '../page';
import { idCursor } from './keyset';
import { presentLedgerEntry } from './present';

/** What the balance history page asks for: a kind, a period of Tokyo dates, a page. */
export interface LedgerQuery {
  limit: number;
  cursor?: string;
  kind?: LedgerKind;
  /** First Tokyo date shown, YYYY-MM-DD. */
  from?: string;
  /** Last Tokyo date shown, YYYY-MM-DD. */
  to?: string;
}

const DAY_MS = 86_400_000;
const TOKYO_OFFSET_MS = 9 * 3_600_000;

const tokyoDayStart = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - TOKYO_OFFSET_MS);

/** A page of ledger entries read with limit+1 rows, newest first: entry IDs grow with time, so the ID alone is the key. */
export const ledgerPageOf = (rows: LedgerEntry[], limit: number) => toPage(rows, limit, presentLedgerEntry, (e) => [e.id]);

/** A page of balance movements, newest first, within a period of Tokyo dates when one is given. */
export async function ledgerPage(deps: ApiDeps, accountId: string, q: LedgerQuery) {
  if (q.from && q.to && q.from > q.to) throw new InputError('ledger_period_reversed', { from: q.from, to: q.to }, 'query.from');
  const rows = await deps.stores.ledger.history(accountId, {
    limit: q.limit + 1,
    before: idCursor(q.cursor),
    kind: q.kind,
    from: q.from ? tokyoDayStart(q.from) : undefined,
    to: q.to ? new Date(tokyoDayStart(q.to).getTime() + DAY_MS) : undefined,
  });
  return ledgerPageOf(rows, q.limit);
}
