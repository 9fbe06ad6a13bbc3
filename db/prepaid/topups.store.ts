import type { Knex } from 'knex';
import type { TopupMethod } from '../../domain/prepaid/limits';
import { keysetAfter, keysetArgs, type KeysetAfter } from './keyset';

/** A top-up order's payment facts; its status lives in the common orders row. */
export interface Topup {
  orderId: string;
  accountId: string;
  method: TopupMethod;
  amount: number;
  cardId: string | null;
  auto: boolean;
  reference: string | null;
  paymentId: string | null;
  deadlineAt: Date | null;
  receivedAmount: number | null;
  receivedAt: Date | null;
  /** Tokyo date the transfer arrived, as the operator or the statement gave it. */
  receivedOn: string | null;
  creditedAmount: number;
  refundedAmount: number;
  createdAt: Date;
}

/** A top-up joined with its order's status, for history pages and operator queues. */
export interface TopupWithStatus extends Topup {
  status: string;
  nextAction: Record<string, unknown> | null;
  failureReason: string | null;
  accountName?: string;
  accountLoginId?: string;
}

/** The statement line a review came from. */
export interface ReviewStatementLine {
  id: string;
  importId: string;
  fileName: string;
  lineNo: number;
  arrivedOn: string;
  amount: number;
  remitter: string;
  reference: string | null;
}

/** Why a payment is under review. */
export type ReviewReason = 'amount_mismatch' | 'late_payment' | 'unknown_deposit';

/**
 * A payment an operator must decide on: credit what arrived, or refund it. A deposit no order's
 * reference matches has no order yet: the operator assigns it to one, or refunds it.
 */
export interface PaymentReview {
  id: string;
  orderId: string | null;
  accountId: string | null;
  paymentKey: string;
  reason: ReviewReason;
  workflowId: string | null;
  expectedAmount: number | null;
  receivedAmount: number;
  status: 'open' | 'credited' | 'refunded' | 'assigned';
  creditedAmount: number | null;
  resolvedBy: string | null;
  resolvedAt: Date | null;
  createdAt: Date;
  note: string | null;
  statementLine: ReviewStatementLine | null;
}

type Row = Record<string, any>;

/** A `date` column as YYYY-MM-DD: pg gives a Date at local midnight. */
export const dateText = (v: Date | string | null): string | null =>
  v === null || typeof v === 'string'
    ? v
    : `${v.getFullYear()}-${String(v.getMonth() + 1).padStart(2, '0')}-${String(v.getDate()).padStart(2, '0')}`;

const toTopup = (r: Row): Topup => ({
  orderId: r.order_id,
  accountId: r.account_id,
  method: r.method,
  amount: r.amount,
  cardId: r.card_id,
  auto: r.auto,
  reference: r.reference,
  paymentId: r.payment_id,
  deadlineAt: r.deadline_at,
  receivedAmount: r.received_amount,
  receivedAt: r.received_at,
  receivedOn: dateText(r.received_on),
  creditedAmount: r.credited_amount,
  refundedAmount: r.refunded_amount,
  createdAt: r.created_at,
});

const toWithStatus = (r: Row): TopupWithStatus => ({
  ...toTopup(r),
  status: r.status,
  nextAction: r.next_action,
  failureReason: r.failure_reason,
  ...(r.account_name !== undefined ? { accountName: r.account_name, accountLoginId: r.account_login_id } : {}),
});

const toReview = (r: Row): PaymentReview => ({
  id: r.id,
  orderId: r.order_id,
  accountId: r.account_id,
  paymentKey: r.payment_key,
  reason: r.reason,
  workflowId: r.workflow_id,
  expectedAmount: r.expected_amount,
  receivedAmount: r.received_amount,
  status: r.status,
  creditedAmount: r.credited_amount,
  resolvedBy: r.resolved_by,
  resolvedAt: r.resolved_at,
  createdAt: r.created_at,
  note: r.note ?? null,
  statementLine: r.line_id
    ? {
        id: r.line_id,
        importId: r.line_import_id,
        fileName: r.line_file_name,
        lineNo: r.line_no,
        arrivedOn: dateText(r.line_arrived_on)!,
        amount: r.line_amount,
        remitter: r.line_remitter,
        reference: r.line_reference,
      }
    : null,
});

/** What creating a top-up needs. */
export interface NewTopup {
  orderId: string;
  accountId: string;
  method: TopupMethod;
  amount: number;
  cardId?: string | null;
  auto?: boolean;
}

/** Top-up rows and payment reviews. */
export function createTopupsStore(db: Knex) {
  // A review's statement line: its own (a deposit no order matches), or the line whose confirmation opened it.
  const reviews = () =>
    db('payment_reviews as r')
      .leftJoin('bank_statement_lines as l', (j) =>
        j.on(
          'l.id',
          '=',
          db.raw(`coalesce(r.statement_line_id, case
             when r.payment_key like 'confirm:statement-line:%' then substr(r.payment_key, 24)::uuid
             when r.payment_key like 'statement-line:%' then substr(r.payment_key, 16)::uuid end)`),
        ),
      )
      .leftJoin('bank_statement_imports as i', 'i.id', 'l.import_id')
      .select(
        'r.*',
        'l.id as line_id',
        'l.import_id as line_import_id',
        'i.file_name as line_file_name',
        'l.line_no',
        db.raw('l.arrived_on::text as line_arrived_on'),
        'l.amount as line_amount',
        'l.remitter as line_remitter',
        'l.reference as line_reference',
      );
  const withStatus = () =>
    db('topups as t').join('orders as o', 'o.id', 't.order_id').select('t.*', 'o.status', 'o.next_action', 'o.failure_reason');

  return {
    /** Inserts the top-up unless it exists (API and workflow both call it). */
    async ensure(t: NewTopup, trx: Knex = db): Promise<void> {
      await trx.raw(
        `insert into topups (order_id, account_id, method, amount, card_id, auto) values (?, ?, ?, ?, ?, ?) on conflict (order_id) do nothing`,
        [t.orderId, t.accountId, t.method, t.amount, t.cardId ?? null, t.auto ?? false],
      );
    },

    async get(orderId: string): Promise<Topup | undefined> {
      const row = await db('topups').where({ order_id: orderId }).first();
      return row && toTopup(row);
    },

    /** Records the payment's processor ID, reference and deadline; the first values stay. */
    async setPayment(
      orderId: string,
      p: { paymentId?: string | null; reference?: string | null; deadlineAt?: Date | null },
    ): Promise<Topup> {
      const [row] = await db('topups')
        .where({ order_id: orderId })
        .update({
          payment_id: db.raw('coalesce(payment_id, ?)', [p.paymentId ?? null]),
          reference: db.raw('coalesce(reference, ?)', [p.reference ?? null]),
          deadline_at: db.raw('coalesce(deadline_at, ?)', [p.deadlineAt ?? null]),
        })
        .returning('*');
      return toTopup(row!);
    },

    /** Records the amount that arrived and the day it did; the first record stays. */
    async recordReceived(orderId: string, amount: number, arrivedOn?: string): Promise<void> {
      await db('topups')
        .where({ order_id: orderId })
        .whereNull('received_amount')
        .update({ received_amount: amount, received_at: db.fn.now(), received_on: arrivedOn ?? null });
    },

    /** The bank transfer a customer's reference names. */
    async findTransferByReference(reference: string): Promise<Topup | undefined> {
      const row = await db('topups').where({ reference, method: 'bank_transfer' }).first();
      return row && toTopup(row);
    },

    async findByPaymentId(paymentId: string): Promise<Topup | undefined> {
      const row = await db('topups').where({ payment_id: paymentId }).first();
      return row && toTopup(row);
    },

    /** The account's top-ups, newest first, with their status; keyset-paged after the top-up `after` names. */
    async history(accountId: string, opts: { limit: number; after?: KeysetAfter }): Promise<TopupWithStatus[]> {
      const q = withStatus()
        .where('t.account_id', accountId)
        .orderBy([
          { column: 't.created_at', order: 'desc' },
          { column: 't.order_id', order: 'desc' },
        ])
        .limit(opts.limit);
      if (opts.after) q.whereRaw(keysetAfter('t.created_at', 't.order_id', '<', 'topups', 'order_id'), keysetArgs(opts.after));
      return (await q).map(toWithStatus);
    },

    /** Bank transfers waiting for an operator, oldest first; keyset-paged after the top-up `after` names. */
    async transferQueue(opts: { limit: number; after?: KeysetAfter }): Promise<TopupWithStatus[]> {
      const q = withStatus()
        .join('accounts as a', 'a.id', 't.account_id')
        .select('a.name as account_name', 'a.login_id as account_login_id')
        .where('t.method', 'bank_transfer')
        .whereIn('o.status', ['awaiting_transfer', 'credit_scheduled'])
        .orderBy([
          { column: 't.created_at', order: 'asc' },
          { column: 't.order_id', order: 'asc' },
        ])
        .limit(opts.limit);
      if (opts.after) q.whereRaw(keysetAfter('t.created_at', 't.order_id', '>', 'topups', 'order_id'), keysetArgs(opts.after));
      return (await q).map(toWithStatus);
    },

    /** Opens a review of an order's payment once per payment key; returns the stored review either way. */
    async openReview(r: {
      orderId: string;
      accountId: string;
      paymentKey: string;
      reason: ReviewReason;
      workflowId: string;
      expectedAmount: number;
      receivedAmount: number;
    }): Promise<PaymentReview> {
      await db.raw(
        `insert into payment_reviews (order_id, account_id, payment_key, reason, workflow_id, expected_amount, received_amount)
         values (?, ?, ?, ?, ?, ?, ?) on conflict (payment_key) do nothing`,
        [r.orderId, r.accountId, r.paymentKey, r.reason, r.workflowId, r.expectedAmount, r.receivedAmount],
      );
      return toReview(await reviews().where('r.payment_key', r.paymentKey).first());
    },

    /** Opens the review of a deposit no order matches, once per statement line. */
    async openUnknownDepositReview(r: { statementLineId: string; amount: number }, trx: Knex = db): Promise<string> {
      const paymentKey = `statement-line:${r.statementLineId}`;
      await trx.raw(
        `insert into payment_reviews (payment_key, reason, received_amount, statement_line_id)
         values (?, 'unknown_deposit', ?, ?) on conflict (payment_key) do nothing`,
        [paymentKey, r.amount, r.statementLineId],
      );
      return (await trx('payment_reviews').where({ payment_key: paymentKey }).first('id')).id;
    },

    async reviewByKey(paymentKey: string): Promise<PaymentReview | undefined> {
      const row = await reviews().where('r.payment_key', paymentKey).first();
      return row && toReview(row);
    },

    async getReview(id: string): Promise<PaymentReview | undefined> {
      const row = await reviews().where('r.id', id).first();
      return row && toReview(row);
    },

    /** Open reviews, oldest first; keyset-paged after the review `after` names. */
    async openReviews(opts: { limit: number; after?: KeysetAfter }): Promise<PaymentReview[]> {
      const q = reviews()
        .where('r.status', 'open')
        .orderBy([
          { column: 'r.created_at', order: 'asc' },
          { column: 'r.id', order: 'asc' },
        ])
        .limit(opts.limit);
      if (opts.after) q.whereRaw(keysetAfter('r.created_at', 'r.id', '>', 'payment_reviews', 'id'), keysetArgs(opts.after));
      return (await q).map(toReview);
    },

    /** Decided reviews, latest decision first, with their notes; keyset-paged after the review `after` names. */
    async resolvedReviews(opts: { limit: number; after?: KeysetAfter }): Promise<PaymentReview[]> {
      const q = reviews()
        .whereNot('r.status', 'open')
        .orderBy([
          { column: 'r.resolved_at', order: 'desc' },
          { column: 'r.id', order: 'desc' },
        ])
        .limit(opts.limit);
      if (opts.after) q.whereRaw(keysetAfter('r.resolved_at', 'r.id', '<', 'payment_reviews', 'id', 'resolved_at'), keysetArgs(opts.after));
      return (await q).map(toReview);
    },

    /** Keeps the operator's note on a review still open (the decision that follows closes it). */
    async noteReview(id: string, note: string): Promise<void> {
      await db('payment_reviews').where({ id, status: 'open' }).update({ note });
    },

    /** Closes a review as credited, refunded or assigned to an order; a second call changes nothing. */
    async resolveReview(
      id: string,
      r: { status: 'credited' | 'refunded' | 'assigned'; creditedAmount: number | null; staffId: string; orderId?: string; note?: string },
      trx: Knex = db,
    ): Promise<boolean> {
      const changed = await trx('payment_reviews')
        .where({ id, status: 'open' })
        .update({
          status: r.status,
          credited_amount: r.creditedAmount,
          resolved_by: r.staffId,
          resolved_at: trx.fn.now(),
          ...(r.orderId ? { order_id: r.orderId } : {}),
          ...(r.note !== undefined ? { note: r.note } : {}),
        });
      return changed > 0;
    },

    /** Runs several writes (ledger, top-up, review) in one transaction. */
    transaction<T>(fn: (trx: Knex.Transaction) => Promise<T>): Promise<T> {
      return db.transaction(fn);
    },

    /** Adds to the credited total (inside the ledger's transaction). */
    async addCredited(orderId: string, amount: number, trx: Knex): Promise<void> {
      await trx('topups').where({ order_id: orderId }).increment('credited_amount', amount);
    },

    /** Adds to the refunded total, once per review. */
    async addRefunded(orderId: string, amount: number, trx: Knex): Promise<void> {
      await trx('topups').where({ order_id: orderId }).increment('refunded_amount', amount);
    },
  };
}

export type TopupsStore = ReturnType<typeof createTopupsStore>;
