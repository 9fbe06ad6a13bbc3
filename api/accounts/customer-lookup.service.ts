import type { LookupField, LookupHit, LookupTerm } from '../../db/accounts/customer-lookup.store';
import { normaliseMac } from '../../domain/devices/identifiers';
import { InputError, NotFoundError } from '../../domain/errors';
import { toE164, toNationalDisplay } from '../../domain/telephony/e164';
import type { ApiDeps } from '../deps';
import { decodeCursor, toPage } from '../page';
import { CURRENCY } from '../schemas';
import { presentAdjustment } from '../prepaid/adjustments.service';
import { ledgerPageOf } from '../prepaid/ledger.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_RESULTS = 50;

/** Stronger evidence first: an ID names one customer, a name fragment many. */
const FIELD_RANK: LookupField[] = [
  'account_id',
  'order_id',
  'unique_code',
  'mac',
  'phone_number',
  'email',
  'login_id',
  'circle_login_id',
  'shipping_phone',
  'name',
];

/**
 * The stored forms of a phone number as people write it: 03-1234-5678, 0312345678,
 * +81 3 1234 5678, 81312345678, or an overseas +1 415... Japanese numbers are stored in their
 * domestic form; shipping addresses keep what the customer typed, so both forms are tried.
 */
export function phoneForms(text: string): string[] {
  const s = text.replace(/[\s\-().]/g, '');
  if (!/^\+?\d{9,15}$/.test(s)) return [];
  const national = s.startsWith('+81') ? `0${s.slice(3)}` : s.startsWith('81') ? `0${s.slice(2)}` : s.startsWith('0') ? s : undefined;
  if (national) return [national, `+81${national.slice(1)}`];
  return [s.startsWith('+') ? s : `+${s}`];
}

/**
 * Every plausible reading of an operator's search term. Full-width characters (typed with a
 * Japanese input method) are folded to ASCII first. A term may be read several ways: 12 digits
 * are both a MAC and a phone number, and the answer says which one matched.
 */
export function readCustomerQuery(raw: string): LookupTerm[] {
  const q = raw.normalize('NFKC').trim();
  if (UUID.test(q))
    return [
      { field: 'account_id', value: q.toLowerCase() },
      { field: 'order_id', value: q.toLowerCase() },
    ];
  const terms: LookupTerm[] = [];
  const lower = q.toLowerCase();
  if (/^[^\s@]+@[^\s@]+$/.test(q)) terms.push({ field: 'email', value: lower });
  if (/^[A-Za-z0-9._@-]+$/.test(q)) terms.push({ field: 'login_id', value: lower });
  const mac = normaliseMac(q);
  if (mac.ok) terms.push({ field: 'mac', value: mac.value });
  const phones = phoneForms(q);
  if (phones.length) terms.push({ field: 'phone_number', values: phones }, { field: 'shipping_phone', values: phones });
  if (/^\d{6,12}$/.test(q)) terms.push({ field: 'unique_code', value: q });
  if (q.length >= 2) terms.push({ field: 'name', value: q });
  return terms;
}

/** Reads a lookup cursor: the rank of the last account's strongest match, and its ID. */
function lookupCursor(cursor: string | undefined): { rank: number; id: string } | undefined {
  if (cursor === undefined) return undefined;
  const [rank, id] = decodeCursor(cursor, 2);
  if (typeof rank !== 'number' || typeof id !== 'string') throw new InputError('invalid_cursor', {}, 'query.cursor');
  return { rank, id };
}

/**
 * A page of the accounts matching the term, strongest match first (then by account ID), each
 * with everything that matched. At most MAX_RESULTS accounts match at all: a term matching more
 * is too vague, and a narrower one finds the customer.
 */
export async function lookupCustomers(deps: ApiDeps, q: string, page: { limit: number; cursor?: string }) {
  const after = lookupCursor(page.cursor);
  const hits = await deps.stores.customerLookup.search(readCustomerQuery(q));
  const byAccount = new Map<string, LookupHit[]>();
  for (const hit of hits) {
    const list = byAccount.get(hit.accountId) ?? [];
    if (!list.some((h) => h.field === hit.field && h.value === hit.value)) list.push(hit);
    byAccount.set(hit.accountId, list);
  }
  const best = (list: LookupHit[]) => Math.min(...list.map((h) => FIELD_RANK.indexOf(h.field)));
  const ranked = [...byAccount.entries()]
    .map(([id, list]) => ({ id, rank: best(list), list }))
    .sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, MAX_RESULTS)
    .filter((r) => !after || r.rank > after.rank || (r.rank === after.rank && r.id > after.id))
    .slice(0, page.limit + 1);
  const summaries = new Map((await deps.stores.customerLookup.summaries(ranked.map((r) => r.id))).map((s) => [s.id, s]));
  const found = ranked.flatMap((r) => {
    const s = summaries.get(r.id);
    if (!s) return [];
    const matches = r.list
      .sort((a, b) => FIELD_RANK.indexOf(a.field) - FIELD_RANK.indexOf(b.field))
      .map((h) => ({ field: h.field, value: h.value }));
    return [{ rank: r.rank, result: { ...s, currency: CURRENCY, createdAt: s.createdAt.toISOString(), matches } }];
  });
  return toPage(
    found,
    page.limit,
    (f) => f.result,
    (f) => [f.rank, f.result.id],
  );
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** How many orders the customer page shows; older ones are in the customer's own history. */
const ORDERS_SHOWN = 50;

/** Everything the customer page shows about one account. */
export async function customerPage(deps: ApiDeps, accountId: string, ledgerLimit: number) {
  // One row more than shown says whether the ledger has a next page.
  const account = await deps.stores.accounts.findById(accountId);
  if (!account) throw new NotFoundError('account');
  const look = deps.stores.customerLookup;
  const [circles, ledger, orders, uniques, numbers, devices, adjustments] = await Promise.all([
    look.circles(accountId),
    deps.stores.ledger.history(accountId, { limit: ledgerLimit + 1 }),
    look.orders(accountId, ORDERS_SHOWN),
    look.uniques(accountId),
    look.numbers(accountId),
    look.devices(accountId),
    deps.stores.adjustments.list({ accountId, limit: 50 }),
  ]);
  return {
    id: account.id,
    account: {
      id: account.id,
      loginId: account.loginId,
      name: account.name,
      email: account.email,
      language: account.language,
      balance: account.balance,
      currency: CURRENCY,
      lowBalanceThreshold: account.lowBalanceThreshold,
      createdAt: account.createdAt.toISOString(),
    },
    circles: circles.map((c) => ({ ...c, removedAt: iso(c.removedAt) })),
    ledger: ledgerPageOf(ledger, ledgerLimit),
    orders: orders.map((o) => ({
      ...o,
      currency: CURRENCY,
      createdAt: o.createdAt.toISOString(),
      closedAt: iso(o.closedAt),
      timeline: o.timeline.map((e) => ({ ...e, at: e.at.toISOString() })),
    })),
    uniques: uniques.map((u) => ({ ...u, currency: CURRENCY, createdAt: u.createdAt.toISOString(), cancelledAt: iso(u.cancelledAt) })),
    numbers: numbers.map((n) => ({
      ...n,
      number: toE164(n.number),
      numberDisplay: toNationalDisplay(n.number),
      currency: CURRENCY,
      activatedAt: iso(n.activatedAt),
      cancelledAt: iso(n.cancelledAt),
    })),
    devices: devices.map((d) => ({ ...d, configFetchedAt: iso(d.configFetchedAt) })),
    adjustments: adjustments.map(presentAdjustment),
    approvalLimit: deps.config.adjustments.approvalLimit,
    currency: CURRENCY,
  };
}
