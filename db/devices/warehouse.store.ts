import type { Knex } from 'knex';
import { recordEvent } from '../webhooks/events.store';
import { ConflictError, NotFoundError } from '../../domain/errors';

/** Where a warehouse task stands. */
export type TaskStatus = 'open' | 'in_transit' | 'done' | 'cancelled';

/** One order's work in the warehouse, with who holds it right now. */
export interface WarehouseTask {
  id: string;
  orderId: string;
  status: TaskStatus;
  step: string;
  /** Only a claim that has not expired; claimedAt is when its holder took it (extending keeps it). */
  claim: { staffId: string; staffName: string; claimedAt: Date; expiresAt: Date } | null;
  carrier: string | null;
  trackingNumber: string | null;
  shippedAt: Date | null;
  deliveredAt: Date | null;
  deliveredBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

type TaskRow = {
  id: string;
  order_id: string;
  status: TaskStatus;
  step: string;
  claimed_by: string | null;
  claimed_at: Date | null;
  claim_expires_at: Date | null;
  staff_name: string | null;
  carrier: string | null;
  tracking_number: string | null;
  shipped_at: Date | null;
  delivered_at: Date | null;
  delivered_by: string | null;
  created_at: Date;
  updated_at: Date;
};

const toTask = (r: TaskRow, now: Date): WarehouseTask => ({
  id: r.id,
  orderId: r.order_id,
  status: r.status,
  step: r.step,
  claim:
    r.claimed_by && r.claim_expires_at && r.claim_expires_at > now
      ? { staffId: r.claimed_by, staffName: r.staff_name ?? '', claimedAt: r.claimed_at ?? r.updated_at, expiresAt: r.claim_expires_at }
      : null,
  carrier: r.carrier,
  trackingNumber: r.tracking_number,
  shippedAt: r.shipped_at,
  deliveredAt: r.delivered_at,
  deliveredBy: r.delivered_by,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** Warehouse tasks: one per device order, claimed by one member of staff at a time. */
export function createWarehouseStore(db: Knex) {
  const tasks = () => db('warehouse_tasks as t').leftJoin('staff as s', 's.id', 't.claimed_by').select('t.*', 's.name as staff_name');
  const now = async (): Promise<Date> => (await db.raw('select now() as now')).rows[0].now;

  async function getRow(where: Record<string, string>): Promise<WarehouseTask | undefined> {
    const row = await tasks().where(where).first();
    return row && toTask(row, await now());
  }

  /** Why a claim-guarded change was refused: someone else holds it, or the caller's claim is gone. */
  async function refuseClaim(taskId: string, staffId: string): Promise<never> {
    const task = await getRow({ 't.id': taskId });
    if (!task) throw new NotFoundError('task');
    if (task.status !== 'open' && task.status !== 'in_transit') throw new ConflictError('task_closed', { status: task.status });
    if (task.claim && task.claim.staffId !== staffId)
      throw new ConflictError('task_claimed', {
        by: task.claim.staffName,
        since: task.claim.claimedAt.toISOString(),
        until: task.claim.expiresAt.toISOString(),
      });
    throw new ConflictError('task_not_claimed');
  }

  return {
    /** Opens the order's task at the pick step; a retry finds it open. */
    async open(orderId: string): Promise<void> {
      await db.raw(`insert into warehouse_tasks (order_id) values (?) on conflict (order_id) do nothing`, [orderId]);
    },

    async get(taskId: string): Promise<WarehouseTask> {
      const task = await getRow({ 't.id': taskId });
      if (!task) throw new NotFoundError('task');
      return task;
    },

    async forOrder(orderId: string): Promise<WarehouseTask | undefined> {
      return getRow({ 't.order_id': orderId });
    },

    /** A page of tasks in a status, oldest first: limit+1 rows after the cursor's (time to the millisecond, id). */
    async list(status: TaskStatus, page: { limit: number; after?: { at: string; id: string } }): Promise<WarehouseTask[]> {
      const q = tasks()
        .where('t.status', status)
        .orderByRaw(`date_trunc('milliseconds', t.created_at), t.id`)
        .limit(page.limit + 1);
      if (page.after)
        q.whereRaw(`(date_trunc('milliseconds', t.created_at), t.id) > (?::timestamptz, ?::uuid)`, [page.after.at, page.after.id]);
      const rows = await q;
      const at = await now();
      return rows.map((r: TaskRow) => toTask(r, at));
    },

    /** Claims a task for one person; a claim that was abandoned (expired) can be taken over. */
    async claim(taskId: string, staffId: string, ttlSeconds: number): Promise<WarehouseTask> {
      const updated = await db('warehouse_tasks')
        .where({ id: taskId })
        .whereIn('status', ['open', 'in_transit'])
        .where((q) => q.whereNull('claimed_by').orWhere({ claimed_by: staffId }).orWhere('claim_expires_at', '<=', db.fn.now()))
        .update({
          // Extending one's own live claim keeps its start; anyone else's (or an expired one) starts anew.
          claimed_at: db.raw(`case when claimed_by = ? and claim_expires_at > now() then claimed_at else now() end`, [staffId]),
          claimed_by: staffId,
          claim_expires_at: db.raw(`now() + make_interval(secs => ?)`, [ttlSeconds]),
          updated_at: db.fn.now(),
        })
        .returning('id');
      if (updated.length === 0) return refuseClaim(taskId, staffId);
      return (await getRow({ 't.id': taskId }))!;
    },

    /** Gives a claim back; releasing a task one does not hold changes nothing. */
    async release(taskId: string, staffId: string): Promise<void> {
      await this.get(taskId);
      await db('warehouse_tasks')
        .where({ id: taskId, claimed_by: staffId })
        .update({ claimed_by: null, claimed_at: null, claim_expires_at: null, updated_at: db.fn.now() });
    },

    /** Checks that the caller holds the task's claim and extends it; else 409. */
    async touchClaim(taskId: string, staffId: string, ttlSeconds: number): Promise<void> {
      const updated = await db('warehouse_tasks')
        .where({ id: taskId, claimed_by: staffId })
        .whereIn('status', ['open', 'in_transit'])
        .where('claim_expires_at', '>', db.fn.now())
        .update({ claim_expires_at: db.raw(`now() + make_interval(secs => ?)`, [ttlSeconds]) })
        .returning('id');
      if (updated.length === 0) await refuseClaim(taskId, staffId);
    },

    /** Moves the task's next step forward (never back), e.g. pick → scan. */
    async advance(orderId: string, from: string, to: string): Promise<void> {
      await db('warehouse_tasks').where({ order_id: orderId, step: from, status: 'open' }).update({ step: to, updated_at: db.fn.now() });
    },

    /** The parcel left: the task waits for the carrier, and nobody needs to hold it. Raises device.shipped once. */
    async shipped(orderId: string, carrier: string, trackingNumber: string): Promise<void> {
      await db.transaction(async (trx) => {
        const moved = await trx('warehouse_tasks').where({ order_id: orderId, status: 'open' }).update({
          status: 'in_transit',
          step: 'deliver',
          carrier,
          tracking_number: trackingNumber,
          shipped_at: trx.fn.now(),
          claimed_by: null,
          claimed_at: null,
          claim_expires_at: null,
          updated_at: trx.fn.now(),
        });
        if (moved) await recordDeviceEvent(trx, orderId, 'device.shipped', { carrier, trackingNumber });
      });
    },

    /** The carrier or staff reported the parcel delivered. Raises device.delivered once. */
    async delivered(orderId: string, by: 'carrier' | 'staff'): Promise<void> {
      await db.transaction(async (trx) => {
        const moved = await trx('warehouse_tasks').where({ order_id: orderId, status: 'in_transit' }).update({
          status: 'done',
          step: 'none',
          delivered_at: trx.fn.now(),
          delivered_by: by,
          claimed_by: null,
          claimed_at: null,
          claim_expires_at: null,
          updated_at: trx.fn.now(),
        });
        if (moved) await recordDeviceEvent(trx, orderId, 'device.delivered', { deliveredBy: by });
      });
    },

    async cancelled(orderId: string): Promise<void> {
      await db('warehouse_tasks')
        .where({ order_id: orderId, status: 'open' })
        .update({ status: 'cancelled', step: 'none', claimed_by: null, claimed_at: null, claim_expires_at: null, updated_at: db.fn.now() });
    },
  };
}

export type WarehouseStore = ReturnType<typeof createWarehouseStore>;

/** Records a device order's webhook event in the transaction that moved its warehouse task. */
async function recordDeviceEvent(
  trx: Knex,
  orderId: string,
  type: 'device.shipped' | 'device.delivered',
  data: Record<string, unknown>,
): Promise<void> {
  const order = await trx('orders').where({ id: orderId }).first('account_id');
  if (!order) return;
  await recordEvent(trx, {
    type,
    accountId: order.account_id,
    resource: { type: 'order', id: orderId },
    data: { orderId, ...data },
    dedupeKey: `${type}:${orderId}`,
  });
}
