import type { Knex } from 'knex';

/** One line of the seed's purchase/cancellation history (購入/解約履歴). */
export interface ServiceHistoryEntry {
  id: number;
  circleId: string;
  orderId: string | null;
  itemType: 'unique' | 'number';
  itemId: string;
  kind: string;
  label: string;
  action: 'purchased' | 'cancelled';
  monthlyFee: number;
  initialFee: number;
  at: Date;
}

type Row = {
  id: number;
  account_id: string;
  circle_id: string;
  order_id: string | null;
  item_type: 'unique' | 'number';
  item_id: string;
  kind: string;
  label: string;
  action: 'purchased' | 'cancelled';
  monthly_fee: number;
  initial_fee: number;
  at: Date;
};

const toEntry = (r: Row): ServiceHistoryEntry => ({
  id: r.id,
  circleId: r.circle_id,
  orderId: r.order_id,
  itemType: r.item_type,
  itemId: r.item_id,
  kind: r.kind,
  label: r.label,
  action: r.action,
  monthlyFee: r.monthly_fee,
  initialFee: r.initial_fee,
  at: r.at,
});

/** Purchase and cancellation history of uniques and numbers, one row per item and action. */
export function createServiceHistoryStore(db: Knex) {
  return {
    /** Records entries once each: a retried step adds nothing. */
    async record(entries: Array<Omit<ServiceHistoryEntry, 'id' | 'at'> & { accountId: string }>, trx: Knex = db): Promise<void> {
      if (entries.length === 0) return;
      await trx('service_history')
        .insert(
          entries.map((e) => ({
            account_id: e.accountId,
            circle_id: e.circleId,
            order_id: e.orderId,
            item_type: e.itemType,
            item_id: e.itemId,
            kind: e.kind,
            label: e.label,
            action: e.action,
            monthly_fee: e.monthlyFee,
            initial_fee: e.initialFee,
          })),
        )
        .onConflict(['item_id', 'action', 'order_id'])
        .ignore();
    },

    /** Newest first, keyset-paged by ID. */
    async list(accountId: string, opts: { circleId?: string; limit: number; before?: number }): Promise<ServiceHistoryEntry[]> {
      const q = db<Row>('service_history').where({ account_id: accountId }).orderBy('id', 'desc').limit(opts.limit);
      if (opts.circleId) q.where({ circle_id: opts.circleId });
      if (opts.before) q.where('id', '<', opts.before);
      return (await q).map(toEntry);
    },
  };
}

export type ServiceHistoryStore = ReturnType<typeof createServiceHistoryStore>;
