import type { Knex } from 'knex';
import type { TopupMethod } from '../../domain/prepaid/limits';

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

/** A payment an operator must decide on: credit what arrived, or refund it. */
export interface PaymentReview {
  id: string;
  orderId: string;
  accountId: string;
  paymentKey: string;
  reason: 'amount_mismatch' | 'late_payment';
  workflowId: string;
  expectedAmount: number;
  receivedAmount: number;
  status: 'open' | 'credited' | 'refunded';
  creditedAmount: number | null;
  resolvedBy: string | null;
  resolvedAt: Date | null;
  createdAt: Date;
}

type Row = Record<string, any>;

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

    /** Records the amount that arrived; the first record stays. */
    async recordReceived(orderId: string, amount: number): Promise<void> {
      await db('topups')
        .where({ order_id: orderId })
        .whereNull('received_amount')
        .update({ received_amount: amount, received_at: db.fn.now() });
    },

    async findByPaymentId(paymentId: string): Promise<Topup | undefined> {
      const row = await db('topups').where({ payment_id: paymentId }).first();
      return row && toTopup(row);
    },

    /** The account's top-ups, newest first, with their status. */
    async history(accountId: string, opts: { limit: number; before?: Date }): Promise<TopupWithStatus[]> {
      const q = withStatus().where('t.account_id', accountId).orderBy('t.created_at', 'desc').limit(opts.limit);
      if (opts.before) q.where('t.created_at', '<', opts.before);
      return (await q).map(toWithStatus);
    },

    /** Bank transfers waiting for an operator, oldest first. */
    async transferQueue(limit: number): Promise<TopupWithStatus[]> {
      const rows = await withStatus()
        .join('accounts as a', 'a.id', 't.account_id')
        .select('a.name as account_name', 'a.login_id as account_login_id')
        .where('t.method', 'bank_transfer')
        .whereIn('o.status', ['awaiting_transfer', 'credit_scheduled'])
        .orderBy('t.created_at', 'asc')
        .limit(limit);
      return rows.map(toWithStatus);
    },

    /** Opens a review once per payment key; returns the stored review either way. */
    async openReview(
      r: Omit<PaymentReview, 'id' | 'status' | 'creditedAmount' | 'resolvedBy' | 'resolvedAt' | 'createdAt'>,
    ): Promise<PaymentReview> {
      await db.raw(
        `insert into payment_reviews (order_id, account_id, payment_key, reason, workflow_id, expected_amount, received_amount)
         values (?, ?, ?, ?, ?, ?, ?) on conflict (payment_key) do nothing`,
        [r.orderId, r.accountId, r.paymentKey, r.reason, r.workflowId, r.expectedAmount, r.receivedAmount],
      );
      return toReview(await db('payment_reviews').where({ payment_key: r.paymentKey }).first());
    },

    async getReview(id: string): Promise<PaymentReview | undefined> {
      const row = await db('payment_reviews').where({ id }).first();
      return row && toReview(row);
    },

    /** Open reviews, oldest first. */
    async openReviews(limit: number): Promise<PaymentReview[]> {
      return (await db('payment_reviews').where({ status: 'open' }).orderBy('created_at', 'asc').limit(limit)).map(toReview);
    },

    /** Closes a review as credited or refunded; a second call changes nothing. */
    async resolveReview(
      id: string,
      r: { status: 'credited' | 'refunded'; creditedAmount: number | null; staffId: string },
      trx: Knex = db,
    ): Promise<void> {
      await trx('payment_reviews')
        .where({ id, status: 'open' })
        .update({ status: r.status, credited_amount: r.creditedAmount, resolved_by: r.staffId, resolved_at: trx.fn.now() });
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
