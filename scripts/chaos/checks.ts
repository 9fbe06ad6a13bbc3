import type { Knex } from 'knex';
import { caughtMails } from '../mail-catcher';
import type { CdrStream, TrackedOrder, World } from './workload';

/** One invariant's verdict, with what broke it. */
export interface CheckResult {
  name: string;
  ok: boolean;
  problems: string[];
}

const result = (name: string, problems: string[]): CheckResult => ({ name, ok: problems.length === 0, problems });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Every order placed reached the state its scenario must end in; no order exists that no client asked for. */
export async function checkOrders(db: Knex, w: World, orders: TrackedOrder[], runStartedAt: Date): Promise<CheckResult> {
  const problems: string[] = [];
  for (const o of orders) {
    if (o.problem) problems.push(`${o.kind}/${o.scenario} ${o.orderId ?? '(no order)'}: ${o.problem}`);
    else if (!o.orderId) problems.push(`${o.kind}/${o.scenario}: no order ID`);
    else if (o.finalStatus !== o.expected)
      problems.push(`${o.kind}/${o.scenario} ${o.orderId}: ${o.finalStatus ?? 'unknown'}, expected ${o.expected}`);
  }
  const known = new Set(orders.map((o) => o.orderId).filter(Boolean));
  const accounts = [w.topup.accountId, w.services.accountId, w.devices.accountId];
  const rows: Array<{ id: string; kind: string; status: string }> = await db('orders')
    .whereIn('account_id', accounts)
    .where('created_at', '>=', runStartedAt)
    .select('id', 'kind', 'status');
  for (const r of rows)
    if (!known.has(r.id))
      problems.push(`${r.kind} order ${r.id} (${r.status}) that no client placed: a retried request made a second order`);
  return result('orders', problems);
}

/** Every account's cached balance equals the sum of its ledger entries. */
export async function checkLedger(db: Knex): Promise<CheckResult> {
  const { rows } = await db.raw(
    `select a.id, a.balance, coalesce(sum(e.amount), 0)::bigint as sum from accounts a left join ledger_entries e on e.account_id = a.id
      group by a.id, a.balance having a.balance <> coalesce(sum(e.amount), 0)`,
  );
  return result(
    'ledger',
    rows.map((r: { id: string; balance: string; sum: string }) => `account ${r.id}: balance ${r.balance} ≠ entries ${r.sum}`),
  );
}

/** Each order moved money exactly once: one credit per paid top-up, one debit per services or devices order, for its amount. */
export async function checkMovements(db: Knex, orders: TrackedOrder[]): Promise<CheckResult> {
  const problems: string[] = [];
  for (const o of orders) {
    if (!o.orderId) continue;
    const entries: Array<{ amount: string; idempotency_key: string }> = await db('ledger_entries')
      .where('idempotency_key', 'like', `${o.kind === 'topup' ? 'topup' : o.kind}:${o.orderId}:%`)
      .select('amount', 'idempotency_key');
    const credits = entries.filter((e) => Number(e.amount) > 0);
    const debits = entries.filter((e) => Number(e.amount) < 0);
    if (o.kind === 'topup') {
      const want = o.credit ?? 0;
      if (want === 0 && credits.length)
        problems.push(`top-up ${o.orderId} (${o.scenario}): credited ${credits.length}× though nothing may be`);
      if (want > 0 && (credits.length !== 1 || Number(credits[0]!.amount) !== want))
        problems.push(
          `top-up ${o.orderId} (${o.scenario}): credits ${JSON.stringify(credits.map((c) => Number(c.amount)))}, expected one of ${want}`,
        );
      if (debits.length) problems.push(`top-up ${o.orderId}: unexpected debits ${debits.length}`);
    } else {
      const order = await db('orders').where({ id: o.orderId }).first('total');
      const total = Number(order?.total ?? NaN);
      if (debits.length !== 1 || -Number(debits[0]!.amount) !== total)
        problems.push(`${o.kind} ${o.orderId}: debits ${JSON.stringify(debits.map((d) => Number(d.amount)))}, expected one of -${total}`);
      if (credits.length && o.expected !== 'failed')
        problems.push(`${o.kind} ${o.orderId}: refunded ${credits.length}× though it ${o.finalStatus}`);
    }
  }
  return result('movements', problems);
}

/** Waits until every posted CDR is rated (bounded). */
export async function settleCdrs(db: Knex, stream: CdrStream, deadline: number): Promise<void> {
  const ids = [...stream.posted.keys()];
  while (ids.length && Date.now() < deadline) {
    const { rows } = await db.raw('select count(*)::int as n from cdrs where call_id = any(?) and rated_at is not null', [ids]);
    if (rows[0].n === ids.length) return;
    await sleep(1000);
  }
}

/**
 * No CDR lost or rated twice: every distinct posted call ID is stored once and rated, and the
 * account's call-charge entries equal its rated costs plus the month's tax rounded once per rate.
 */
export async function checkCdrs(db: Knex, w: World, stream: CdrStream): Promise<CheckResult> {
  const problems = [...stream.problems];
  const ids = [...stream.posted.keys()];
  if (ids.length) {
    const { rows } = await db.raw('select call_id, unique_id, rated_at, batch_id from cdrs where call_id = any(?)', [ids]);
    const stored = new Map<string, { unique_id: string; rated_at: Date | null; batch_id: string | null }>(
      rows.map((r: { call_id: string }) => [r.call_id, r]),
    );
    const lost = ids.filter((id) => !stored.has(id));
    const unrated = ids.filter((id) => stored.has(id) && !stored.get(id)!.rated_at);
    if (lost.length) problems.push(`${lost.length} CDRs lost (e.g. ${lost.slice(0, 3).join(', ')})`);
    if (unrated.length) problems.push(`${unrated.length} CDRs not rated (e.g. ${unrated.slice(0, 3).join(', ')})`);
    const wrong = ids.filter((id) => stored.has(id) && stored.get(id)!.unique_id !== stream.posted.get(id)!.uniqueId);
    if (wrong.length) problems.push(`${wrong.length} CDRs stored with another unique`);
  }
  // Across every run so far: what the account was charged for calls equals what its calls cost.
  const { rows: owed } = await db.raw(
    `select coalesce(sum(s + floor(s * tax_rate / 100)), 0)::bigint as owed, coalesce(sum(n), 0)::bigint as calls from (
       select month, tax_rate, sum(cost) as s, count(*) as n from cdrs where charged_account_id = ? and rated_at is not null group by month, tax_rate) b`,
    [w.cdr.accountId],
  );
  const { rows: charged } = await db.raw(
    `select coalesce(-sum(amount), 0)::bigint as charged, count(*)::int as entries from ledger_entries where account_id = ? and kind = 'call_charge'`,
    [w.cdr.accountId],
  );
  if (Number(owed[0].owed) !== Number(charged[0].charged))
    problems.push(
      `call charges ${charged[0].charged} yen in ${charged[0].entries} entries ≠ rated cost with tax ${owed[0].owed} yen (${owed[0].calls} calls)`,
    );
  return result('cdrs', problems);
}

/** The mails each order must have caused by now (outbox keys; a trailing % matches any suffix). */
function expectedMailKeys(o: TrackedOrder): string[] {
  if (!o.orderId || o.finalStatus !== o.expected) return [];
  if (o.kind === 'services') return [`services:${o.orderId}:thank-you`];
  if (o.kind === 'devices') return [`devices:${o.orderId}:shipped`, `devices:${o.orderId}:delivered`];
  const keys = o.scenario === 'konbini' || o.scenario === 'bank-transfer' ? [`topup:${o.orderId}:instructions`] : [];
  if (o.expected === 'credited') keys.push(`topup:${o.orderId}:receipt:%`);
  return keys;
}

/** Waits (bounded) until no customer mail is pending in the outbox. */
export async function settleMail(db: Knex, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    const { rows } = await db.raw(`select count(*)::int as n from mail_outbox where status <> 'sent'`);
    if (rows[0].n === 0) return;
    await sleep(1000);
  }
}

/**
 * Every customer mail sent once: each expected mail is in the outbox and sent, and the SMTP
 * catcher holds every outbox Message-ID once. The one exception is SMTP's own: a worker killed
 * after SMTP took a mail and before "sent" was committed mails it again with the same Message-ID
 * (delivery is at least once); the outbox logs every hand-off before it happens, so a copy is
 * excused only by a hand-off of its own (`resent` counts them). `seen` carries problems already
 * reported by earlier runs, so one duplicate fails one run.
 */
export async function checkMail(
  db: Knex,
  orders: TrackedOrder[],
  inboxUrl: string,
  seen: Set<string>,
): Promise<CheckResult & { mails: number; resent: number }> {
  const problems: string[] = [];
  for (const o of orders) {
    for (const key of expectedMailKeys(o)) {
      const rows: Array<{ status: string }> = await db('mail_outbox')
        .where('idempotency_key', key.endsWith('%') ? 'like' : '=', key)
        .select('status');
      if (rows.length !== 1 || rows[0]!.status !== 'sent')
        problems.push(`mail ${key}: ${rows.length} outbox rows (${rows.map((r) => r.status).join(',')})`);
    }
  }
  const { rows: outbox } = (await db.raw(
    `select o.message_id, o.idempotency_key, o.status, (select count(*) from mail_send_attempts a where a.mail_id = o.id)::int as handoffs from mail_outbox o`,
  )) as { rows: Array<{ message_id: string; idempotency_key: string; status: string; handoffs: number }> };
  const caught = await caughtMails(inboxUrl);
  let resent = 0;
  const count = new Map<string, number>();
  for (const m of caught) if (m.messageId) count.set(m.messageId, (count.get(m.messageId) ?? 0) + 1);
  for (const m of outbox) {
    const n = count.get(m.message_id) ?? 0;
    if (m.status !== 'sent') problems.push(`mail ${m.idempotency_key} still ${m.status}`);
    else if (n === 0 || n > m.handoffs)
      problems.push(`mail ${m.idempotency_key} ${m.message_id} reached SMTP ${n}× in ${m.handoffs} hand-offs`);
    else resent += n - 1;
  }
  const outboxIds = new Set(outbox.map((m) => m.message_id));
  for (const [id, n] of count) if (!outboxIds.has(id)) problems.push(`SMTP got ${id} (${n}×) that the outbox does not know`);
  // The whole mailbox is checked every run; a problem is reported by the first run that sees it.
  const fresh = problems.filter((p) => !seen.has(p));
  for (const p of fresh) seen.add(p);
  return { ...result('mail', fresh), mails: caught.length, resent };
}
