import type { Knex } from 'knex';
import { ConflictError, NotFoundError } from '../../domain/errors';
// Registers the number-stock seeder wherever the store is used (api, worker, tests).

/** A phone number as the application sees it. */
export interface PhoneNumber {
  id: string;
  number: string;
  kind: string;
  areaCode: string | null;
  country: string;
  status: string;
  accountId: string | null;
  heldByAccountId: string | null;
  circleId: string | null;
  orderId: string | null;
  holdId: string | null;
  heldUntil: Date | null;
  monthlyFee: number | null;
  initialFee: number | null;
  carrierStatus: string | null;
  failureReason: string | null;
  activatedAt: Date | null;
  cancelledAt: Date | null;
  feeEndMonth: string | null;
  quarantineUntil: Date | null;
}

type NumberRow = {
  id: string;
  number: string;
  kind: string;
  area_code: string | null;
  country: string;
  status: string;
  account_id: string | null;
  circle_id: string | null;
  order_id: string | null;
  hold_id: string | null;
  held_by_account_id: string | null;
  held_until: Date | null;
  monthly_fee: number | null;
  initial_fee: number | null;
  carrier_status: string | null;
  failure_reason: string | null;
  activated_at: Date | null;
  cancelled_at: Date | null;
  fee_end_month: string | null;
  quarantine_until: Date | null;
};

const toNumber = (r: NumberRow): PhoneNumber => ({
  id: r.id,
  number: r.number,
  kind: r.kind,
  areaCode: r.area_code,
  country: r.country,
  status: r.status,
  accountId: r.account_id,
  heldByAccountId: r.held_by_account_id,
  circleId: r.circle_id,
  orderId: r.order_id,
  holdId: r.hold_id,
  heldUntil: r.held_until,
  monthlyFee: r.monthly_fee,
  initialFee: r.initial_fee,
  carrierStatus: r.carrier_status,
  failureReason: r.failure_reason,
  activatedAt: r.activated_at,
  cancelledAt: r.cancelled_at,
  feeEndMonth: r.fee_end_month,
  quarantineUntil: r.quarantine_until,
});

/**
 * A number can be sold when it is available, or its hold or quarantine has run out. The hold
 * timer releases holds, but search and reservation do not depend on it having run yet.
 */
const SELLABLE = `(status = 'available' or (status = 'held' and held_until <= now()) or (status = 'quarantine' and quarantine_until <= now()))`;

/** Fields that make a number fresh stock again, forgetting the previous owner. */
const FRESH = {
  account_id: null,
  circle_id: null,
  order_id: null,
  hold_id: null,
  held_by_account_id: null,
  held_until: null,
  monthly_fee: null,
  initial_fee: null,
  carrier_status: null,
  activated_at: null,
  cancelled_at: null,
  fee_end_month: null,
  quarantine_until: null,
};

/** The month (first day, JST) in which "now" falls: the last month a cancelled service is billed. */
const CURRENT_MONTH_JST = `date_trunc('month', now() at time zone 'Asia/Tokyo')::date`;

/** Phone number stock, holds (the cart), purchase states, ownership and quarantine. */
export function createNumbersStore(db: Knex) {
  return {
    /** A page of numbers for sale now in number order (limit+1 rows after the cursor's (number, id)); never a number held by anyone or resting in quarantine. */
    async search(q: {
      kind?: string;
      areaCode?: string;
      contains?: string;
      country?: string;
      limit: number;
      after?: { number: string; id: string };
    }): Promise<PhoneNumber[]> {
      const query = db<NumberRow>('phone_numbers')
        .whereRaw(SELLABLE)
        .orderBy(['number', 'id'])
        .limit(q.limit + 1);
      if (q.after) query.whereRaw('(number, id) > (?, ?::uuid)', [q.after.number, q.after.id]);
      if (q.kind) query.where({ kind: q.kind });
      if (q.areaCode) query.where({ area_code: q.areaCode });
      if (q.country) query.where({ country: q.country });
      if (q.contains) query.whereRaw(`strpos(number, ?) > 0`, [q.contains]);
      return (await query).map(toNumber);
    },

    /** Overseas numbers for sale now, counted per country and area code (a few dozen rows). */
    async overseasStock(): Promise<Array<{ country: string; areaCode: string | null; available: number }>> {
      const rows = await db('phone_numbers')
        .where({ kind: 'overseas' })
        .whereRaw(SELLABLE)
        .groupBy(['country', 'area_code'])
        .orderBy(['country', 'area_code'])
        .select('country', 'area_code', db.raw('count(*)::int as available'));
      return rows.map((r: { country: string; area_code: string | null; available: number }) => ({
        country: r.country,
        areaCode: r.area_code,
        available: r.available,
      }));
    },

    /** Holds a number for the account in one statement, so of many racing callers exactly one wins. */
    async hold(accountId: string, numberId: string, holdId: string, seconds: number): Promise<PhoneNumber> {
      const [row] = await db<NumberRow>('phone_numbers')
        .where({ id: numberId })
        .whereRaw(SELLABLE)
        .update({
          ...FRESH,
          status: 'held',
          hold_id: holdId,
          held_by_account_id: accountId,
          held_until: db.raw(`now() + make_interval(secs => ?)`, [seconds]),
        } as never)
        .returning('*');
      if (row) return toNumber(row);
      const exists = await db('phone_numbers').where({ id: numberId }).first('id');
      if (!exists) throw new NotFoundError('number');
      throw new ConflictError('number_unavailable', {}, 'numberId');
    },

    /** Pushes a live hold's expiry to now + seconds. */
    async extend(accountId: string, holdId: string, seconds: number): Promise<PhoneNumber> {
      const [row] = await db<NumberRow>('phone_numbers')
        .where({ hold_id: holdId, held_by_account_id: accountId, status: 'held' })
        .where('held_until', '>', db.fn.now())
        .update({ held_until: db.raw(`now() + make_interval(secs => ?)`, [seconds]) } as never)
        .returning('*');
      if (!row) throw new NotFoundError('hold');
      return toNumber(row);
    },

    /** Gives a held number back; false when the hold is not (or no longer) the account's. */
    async release(accountId: string, holdId: string): Promise<boolean> {
      const n = await db('phone_numbers')
        .where({ hold_id: holdId, held_by_account_id: accountId, status: 'held' })
        .update({ ...FRESH, status: 'available' });
      return n === 1;
    },

    /**
     * The hold timer's step: releases the hold if it ran out by `asOf`, else reports the later
     * expiry it was extended to, or that the hold is gone (released, bought).
     */
    async expireHold(
      holdId: string,
      asOf: Date,
    ): Promise<{ state: 'released' } | { state: 'gone' } | { state: 'extended'; heldUntil: Date }> {
      const n = await db('phone_numbers')
        .where({ hold_id: holdId, status: 'held' })
        .where('held_until', '<=', asOf)
        .update({ ...FRESH, status: 'available' });
      if (n === 1) return { state: 'released' };
      const row = await db<NumberRow>('phone_numbers').where({ hold_id: holdId, status: 'held' }).first();
      return row?.held_until ? { state: 'extended', heldUntil: row.held_until } : { state: 'gone' };
    },

    /** The account's live holds, soonest to run out first (a cart is short: at most a few dozen). */
    async listHolds(accountId: string): Promise<PhoneNumber[]> {
      const rows = await db<NumberRow>('phone_numbers')
        .where({ held_by_account_id: accountId, status: 'held' })
        .where('held_until', '>', db.fn.now())
        .orderBy(['held_until', 'id']);
      return rows.map(toNumber);
    },

    /** A number of the stock by ID, whatever its state; null when there is none. */
    async find(numberId: string): Promise<PhoneNumber | null> {
      const row = await db<NumberRow>('phone_numbers').where({ id: numberId }).first();
      return row ? toNumber(row) : null;
    },

    /** One live hold of the account; any other reads as missing. */
    async getHold(accountId: string, holdId: string): Promise<PhoneNumber> {
      const row = await db<NumberRow>('phone_numbers')
        .where({ held_by_account_id: accountId, status: 'held', hold_id: holdId })
        .where('held_until', '>', db.fn.now())
        .first();
      if (!row) throw new NotFoundError('hold');
      return toNumber(row);
    },

    /** The given numbers if every one is held by the account right now; else the first that is not. */
    async heldByAccount(accountId: string, numberIds: string[]): Promise<{ held: PhoneNumber[]; missing: string[] }> {
      if (numberIds.length === 0) return { held: [], missing: [] };
      const rows = await db<NumberRow>('phone_numbers')
        .whereIn('id', numberIds)
        .where({ held_by_account_id: accountId, status: 'held' })
        .where('held_until', '>', db.fn.now());
      const held = rows.map(toNumber);
      const found = new Set(held.map((n) => n.id));
      return { held, missing: numberIds.filter((id) => !found.has(id)) };
    },

    /** Moves the account's held numbers into the order (idempotent); returns the ones it could not take. */
    async claimForOrder(orderId: string, accountId: string, numberIds: string[], trx: Knex = db): Promise<string[]> {
      if (numberIds.length === 0) return [];
      await trx('phone_numbers')
        .whereIn('id', numberIds)
        .where({ held_by_account_id: accountId, status: 'held' })
        .where('held_until', '>', trx.fn.now())
        .update({ status: 'pending', order_id: orderId, account_id: accountId, hold_id: null, held_until: null, held_by_account_id: null });
      const mine = await trx('phone_numbers')
        .whereIn('id', numberIds)
        .where({ order_id: orderId })
        .whereIn('status', ['pending', 'active'])
        .pluck('id');
      const got = new Set(mine as string[]);
      return numberIds.filter((id) => !got.has(id));
    },

    async forOrder(orderId: string): Promise<PhoneNumber[]> {
      return (await db<NumberRow>('phone_numbers').where({ order_id: orderId }).orderBy('number')).map(toNumber);
    },

    async setCarrierStatus(numberId: string, carrierStatus: string, failureReason: string | null = null): Promise<void> {
      await db('phone_numbers').where({ id: numberId }).update({ carrier_status: carrierStatus, failure_reason: failureReason });
    },

    /** Gives the order's pending numbers back to stock; numbers the carrier refused are kept out of it. */
    async releaseForOrder(orderId: string): Promise<void> {
      await db('phone_numbers')
        .where({ order_id: orderId, status: 'pending', carrier_status: 'failed' })
        .update({ status: 'failed', account_id: null, circle_id: null, hold_id: null, held_until: null, held_by_account_id: null });
      await db('phone_numbers')
        .where({ order_id: orderId, status: 'pending' })
        .update({ ...FRESH, status: 'available' });
    },

    /** Takes numbers the carrier refused out of a paid order; like every refused number, they are kept out of stock. */
    async dropRefusedFromOrder(orderId: string, numberIds: string[], trx: Knex = db): Promise<void> {
      if (numberIds.length === 0) return;
      await trx('phone_numbers')
        .where({ order_id: orderId, status: 'pending' })
        .whereIn('id', numberIds)
        .update({ status: 'failed', account_id: null, circle_id: null, hold_id: null, held_until: null, held_by_account_id: null });
    },

    /**
     * Takes one number of the country (and area, if given) from stock into an overseas order; a
     * retry finds the number it took before. Undefined when none is for sale.
     */
    async claimOverseasForOrder(
      q: { orderId: string; accountId: string; country: string; areaCode: string | null },
      trx: Knex = db,
    ): Promise<PhoneNumber | undefined> {
      const taken = await trx<NumberRow>('phone_numbers').where({ order_id: q.orderId }).whereIn('status', ['pending', 'active']).first();
      if (taken) return toNumber(taken);
      const pick = trx('phone_numbers')
        .select('id')
        .where({ kind: 'overseas', country: q.country })
        .whereRaw(SELLABLE)
        .orderBy(['number', 'id'])
        .limit(1)
        .forUpdate()
        .skipLocked();
      if (q.areaCode) pick.where({ area_code: q.areaCode });
      const [row] = await trx<NumberRow>('phone_numbers')
        .whereIn('id', pick)
        .update({ ...FRESH, status: 'pending', order_id: q.orderId, account_id: q.accountId } as never)
        .returning('*');
      return row && toNumber(row);
    },

    /** Makes the order's numbers the circle's, billed monthly from now. */
    async activateForOrder(
      orderId: string,
      circleId: string,
      fees: Record<string, { monthly: number; initial: number }>,
      trx: Knex = db,
    ): Promise<void> {
      for (const [id, fee] of Object.entries(fees)) {
        await trx('phone_numbers').where({ id, order_id: orderId, status: 'pending' }).update({
          status: 'active',
          circle_id: circleId,
          monthly_fee: fee.monthly,
          initial_fee: fee.initial,
          activated_at: trx.fn.now(),
        });
      }
    },

    /** Numbers the account owns (active, or cancelled and resting in quarantine) in number order; with a limit, a page of limit+1 rows after the cursor's (number, id). */
    async listOwned(
      accountId: string,
      opts: { circleId?: string; status?: string; limit?: number; after?: { number: string; id: string } },
    ): Promise<PhoneNumber[]> {
      const q = db<NumberRow>('phone_numbers')
        .where({ account_id: accountId })
        .whereIn('status', ['active', 'quarantine'])
        .orderBy(['number', 'id']);
      if (opts.circleId) q.where({ circle_id: opts.circleId });
      if (opts.status) q.where({ status: opts.status });
      if (opts.limit) q.limit(opts.limit + 1);
      if (opts.after) q.whereRaw('(number, id) > (?, ?::uuid)', [opts.after.number, opts.after.id]);
      return (await q).map(toNumber);
    },

    /** One owned number, only inside the account (and circle, for a circle login). */
    async getOwned(accountId: string, id: string, circleId?: string): Promise<PhoneNumber> {
      const q = db<NumberRow>('phone_numbers').where({ id, account_id: accountId }).whereIn('status', ['active', 'quarantine']);
      if (circleId) q.where({ circle_id: circleId });
      const row = await q.first();
      if (!row) throw new NotFoundError('number');
      return toNumber(row);
    },

    /** Active numbers of the circle among the given IDs. */
    async activeInCircle(circleId: string, ids: string[], trx: Knex = db): Promise<PhoneNumber[]> {
      if (ids.length === 0) return [];
      return (await trx<NumberRow>('phone_numbers').whereIn('id', ids).where({ circle_id: circleId, status: 'active' })).map(toNumber);
    },

    /**
     * Cancels an active number: its fee stops after this month and it rests in quarantine before
     * it is sold again. It stops ringing any unique and stops being anyone's caller ID.
     */
    async cancel(accountId: string, id: string, quarantineDays: number, trx: Knex.Transaction): Promise<PhoneNumber> {
      const [row] = await trx<NumberRow>('phone_numbers')
        .where({ id, account_id: accountId, status: 'active' })
        .update({
          status: 'quarantine',
          cancelled_at: trx.fn.now(),
          fee_end_month: trx.raw(CURRENT_MONTH_JST),
          quarantine_until: trx.raw(`now() + make_interval(days => ?)`, [quarantineDays]),
        } as never)
        .returning('*');
      if (!row) throw new ConflictError('number_not_active');
      await trx('unique_incoming_numbers').where({ phone_number_id: id }).delete();
      await trx('uniques').where({ caller_id_number_id: id }).update({ caller_id_number_id: null });
      return toNumber(row);
    },
  };
}

export type NumbersStore = ReturnType<typeof createNumbersStore>;

/** SQL for the month a cancellation falls in (JST), shared with the uniques store. */
export { CURRENT_MONTH_JST };
