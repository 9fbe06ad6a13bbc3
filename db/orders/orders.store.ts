import type { Knex } from 'knex';
import { NotFoundError } from '../../domain/errors';
import type { OrderTotals } from '../../domain/money';
import type { StatusChange } from '../../domain/orders/status-change';
import { EVENTFUL_ORDER_STATUSES, orderEventType } from '../../domain/webhooks/events';
import { recordEvent } from '../webhooks/events.store';

export type { StatusChange };

import type { OrderKind } from '../../domain/orders/kinds';

export { ORDER_KINDS, type OrderKind } from '../../domain/orders/kinds';

/** An order's status row, as list and status pages read it. */
export interface Order {
  id: string;
  accountId: string;
  circleId: string | null;
  kind: OrderKind;
  status: string;
  workflowId: string;
  subtotal: number;
  tax: number;
  total: number;
  /** Yen of this order given back to the prepaid balance (refused lines, or all of a failed order). */
  refunded: number;
  totals: OrderTotals | Record<string, never>;
  detail: Record<string, unknown>;
  nextAction: Record<string, unknown> | null;
  failureReason: string | null;
  createdAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
}

type OrderRow = {
  id: string;
  account_id: string;
  circle_id: string | null;
  kind: OrderKind;
  status: string;
  workflow_id: string;
  subtotal: number;
  tax: number;
  total: number;
  refunded: number;
  totals: OrderTotals;
  detail: Record<string, unknown>;
  next_action: Record<string, unknown> | null;
  failure_reason: string | null;
  created_at: Date;
  updated_at: Date;
  closed_at: Date | null;
};

const toOrder = (r: OrderRow): Order => ({
  id: r.id,
  accountId: r.account_id,
  circleId: r.circle_id,
  kind: r.kind,
  status: r.status,
  workflowId: r.workflow_id,
  subtotal: r.subtotal,
  tax: r.tax,
  total: r.total,
  refunded: r.refunded,
  totals: r.totals,
  detail: r.detail,
  nextAction: r.next_action,
  failureReason: r.failure_reason,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  closedAt: r.closed_at,
});

/** What creating an order needs. */
export interface NewOrder {
  id: string;
  accountId: string;
  circleId?: string | null;
  kind: OrderKind;
  status: string;
  workflowId: string;
  totals?: OrderTotals;
  detail?: Record<string, unknown>;
  nextAction?: Record<string, unknown> | null;
}

/** Order status rows: written by the order's workflow (its first step, then each step); the API only reads them. */
export function createOrdersStore(db: Knex) {
  return {
    /**
     * Inserts the order unless it exists and returns the row as stored, so a retried first step
     * writes it once. One statement: no transaction needed.
     */
    async ensure(o: NewOrder, trx: Knex = db): Promise<Order> {
      const { rows } = await trx.raw(
        `with ins as (
           insert into orders (id, account_id, circle_id, kind, status, workflow_id, subtotal, tax, total, totals, detail, next_action)
           values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb) on conflict (id) do nothing returning *
         ), ev as (
           insert into order_events (order_id, status, event_key) select id, status, 'created' from ins on conflict do nothing
         )
         select * from ins union all select * from orders where id = ? and not exists (select 1 from ins)`,
        [
          o.id,
          o.accountId,
          o.circleId ?? null,
          o.kind,
          o.status,
          o.workflowId,
          o.totals?.subtotal ?? 0,
          o.totals?.tax ?? 0,
          o.totals?.total ?? 0,
          JSON.stringify(o.totals ?? {}),
          JSON.stringify(o.detail ?? {}),
          o.nextAction ? JSON.stringify(o.nextAction) : null,
          o.id,
        ],
      );
      // A concurrent insert that committed after this statement's snapshot is not in its result.
      const row = (rows[0] as OrderRow | undefined) ?? (await trx<OrderRow>('orders').where({ id: o.id }).first());
      return toOrder(row!);
    },

    /**
     * Applies a status change once; a retry with the same event key changes nothing. The event
     * and the row move in one statement. A status that customers hear about by webhook records
     * its event in the same transaction (one of its own when the caller has none).
     */
    async setStatus(orderId: string, change: StatusChange, trx: Knex = db): Promise<boolean> {
      const sets = ['status = ?', 'updated_at = now()'];
      const values: Knex.Value[] = [change.status];
      if (change.nextAction !== undefined)
        (sets.push('next_action = ?::jsonb'), values.push(change.nextAction === null ? null : JSON.stringify(change.nextAction)));
      if (change.detail !== undefined) (sets.push('detail = detail || ?::jsonb'), values.push(JSON.stringify(change.detail)));
      if (change.failureReason !== undefined) (sets.push('failure_reason = ?'), values.push(change.failureReason));
      if (change.closed) sets.push('closed_at = now()');
      const apply = async (t: Knex) => {
        const { rows } = await t.raw(
          `with ev as (
             insert into order_events (order_id, status, note, event_key) values (?, ?, ?, ?) on conflict do nothing returning id
           )
           update orders set ${sets.join(', ')} where id = ? and exists (select 1 from ev)
           returning id, account_id, kind, status, total, refunded, failure_reason`,
          [orderId, change.status, change.note ?? null, change.eventKey, ...values, orderId],
        );
        if (rows[0]) await recordOrderEvent(t, rows[0], change);
        return rows.length > 0;
      };
      if (!EVENTFUL_ORDER_STATUSES.has(change.status) || (trx as Knex.Transaction).isTransaction) return apply(trx);
      return db.transaction(apply);
    },

    /** Records how many yen of the order went back to the balance in all (the ledger holds each movement). */
    async setRefunded(orderId: string, amount: number, trx: Knex = db): Promise<void> {
      await trx('orders').where({ id: orderId }).update({ refunded: amount, updated_at: trx.fn.now() });
    },

    async get(orderId: string): Promise<Order | undefined> {
      const row = await db<OrderRow>('orders').where({ id: orderId }).first();
      return row && toOrder(row);
    },

    /** Finds an order only inside the account (and circle, for a circle login); else not found. */
    async getVisible(orderId: string, scope: { accountId: string; circleId?: string }): Promise<Order> {
      const q = db<OrderRow>('orders').where({ id: orderId, account_id: scope.accountId });
      if (scope.circleId) q.where({ circle_id: scope.circleId });
      const row = await q.first();
      if (!row) throw new NotFoundError('order');
      return toOrder(row);
    },

    /**
     * A page of the account's orders, newest first: limit+1 rows from after the cursor's
     * (createdAt, id). Times are compared to the millisecond, the precision a cursor carries.
     */
    async list(
      scope: { accountId: string; circleId?: string },
      opts: { kind?: OrderKind; status?: string; limit: number; after?: { createdAt: string; id: string } },
    ): Promise<Order[]> {
      const q = db<OrderRow>('orders')
        .where({ account_id: scope.accountId })
        .orderByRaw(`date_trunc('milliseconds', created_at) desc, id desc`)
        .limit(opts.limit + 1);
      if (scope.circleId) q.where({ circle_id: scope.circleId });
      if (opts.kind) q.where({ kind: opts.kind });
      if (opts.status) q.where({ status: opts.status });
      if (opts.after)
        q.whereRaw(`(date_trunc('milliseconds', created_at), id) < (?::timestamptz, ?::uuid)`, [opts.after.createdAt, opts.after.id]);
      return (await q).map(toOrder);
    },

    async events(orderId: string): Promise<Array<{ status: string; note: string | null; at: Date }>> {
      const rows = await db('order_events').where({ order_id: orderId }).orderBy('id');
      return rows.map((r) => ({ status: r.status, note: r.note, at: r.created_at }));
    },
  };
}

export type OrdersStore = ReturnType<typeof createOrdersStore>;

/** Records the webhook event of an order's new status, if it has one (topup.credited, order.completed, ...). */
async function recordOrderEvent(
  trx: Knex,
  row: { id: string; account_id: string; kind: string; status: string; total: number; refunded: number; failure_reason: string | null },
  change: StatusChange,
): Promise<void> {
  const type = orderEventType(row.kind, row.status);
  if (!type) return;
  const credited = change.detail?.credited;
  await recordEvent(trx, {
    type,
    accountId: row.account_id,
    resource: { type: 'order', id: row.id },
    data: {
      orderId: row.id,
      kind: row.kind,
      status: row.status,
      total: row.total,
      failureReason: row.failure_reason,
      ...(typeof credited === 'number' ? { creditedAmount: credited } : {}),
      // A services order completed without numbers the carrier refused says what went back.
      ...(row.refunded > 0 && row.status === 'completed' ? { refundedAmount: row.refunded } : {}),
    },
    dedupeKey: `order:${row.id}:${change.eventKey}`,
  });
}
