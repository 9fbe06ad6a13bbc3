import type { Knex } from 'knex';
import { NotFoundError } from '../../domain/errors';

/** A model as the stock desk sees it: its stock and its latest receipt. */
export interface StockLevel {
  code: string;
  name: string;
  maker: string;
  active: boolean;
  stock: number;
  lastReceivedAt: Date | null;
}

/** One delivery of units into stock. */
export interface StockReceipt {
  id: string;
  modelCode: string;
  quantity: number;
  stockAfter: number;
  note: string;
  receivedBy: { id: string; name: string };
  receivedAt: Date;
}

/** What the desk records: units of a model, by whom, with the request's Idempotency-Key if any. */
export interface NewStockReceipt {
  modelCode: string;
  quantity: number;
  note: string;
  staffId: string;
  requestKey: string | null;
}

type ReceiptRow = {
  id: string;
  model_code: string;
  quantity: number;
  stock_after: number;
  note: string;
  received_by: string;
  staff_name: string | null;
  received_at: Date;
};

const toReceipt = (r: ReceiptRow): StockReceipt => ({
  id: r.id,
  modelCode: r.model_code,
  quantity: r.quantity,
  stockAfter: r.stock_after,
  note: r.note,
  receivedBy: { id: r.received_by, name: r.staff_name ?? '' },
  receivedAt: r.received_at,
});

const isUniqueViolation = (err: unknown) => (err as { code?: string }).code === '23505';

/** Device stock levels and receipts; a receipt moves stock and records itself in one transaction. */
export function createStockStore(db: Knex) {
  const receipts = () => db('device_stock_receipts as r').join('staff as s', 's.id', 'r.received_by').select('r.*', 's.name as staff_name');

  const byKey = async (staffId: string, requestKey: string) => {
    const row = await receipts().where({ 'r.received_by': staffId, 'r.request_key': requestKey }).first();
    return row && toReceipt(row);
  };

  return {
    /** Every model, sellable or not, in catalog order. */
    async levels(): Promise<StockLevel[]> {
      const rows = await db('device_models as m')
        .select('m.code', 'm.name', 'm.maker', 'm.active', 'm.stock')
        .select(db.raw('(select max(received_at) from device_stock_receipts r where r.model_code = m.code) as last_received_at'))
        .orderBy(['m.sort_order', 'm.code']);
      return rows.map((r) => ({
        code: r.code,
        name: r.name,
        maker: r.maker,
        active: r.active,
        stock: r.stock,
        lastReceivedAt: r.last_received_at,
      }));
    },

    /**
     * Adds the units to the model's stock, logs the move and records the receipt. A receipt with a
     * key already used by the same person answers that first receipt and moves nothing.
     */
    async receive(r: NewStockReceipt): Promise<{ receipt: StockReceipt; duplicate: boolean }> {
      if (r.requestKey) {
        const earlier = await byKey(r.staffId, r.requestKey);
        if (earlier) return { receipt: earlier, duplicate: true };
      }
      try {
        const id = await db.transaction(async (trx) => {
          const [model] = await trx('device_models').where({ code: r.modelCode }).increment('stock', r.quantity).returning('stock');
          if (!model) throw new NotFoundError('device model');
          const [move] = await trx('device_stock_moves')
            .insert({ model_code: r.modelCode, order_id: null, delta: r.quantity, kind: 'receipt' })
            .returning('id');
          const [row] = await trx('device_stock_receipts')
            .insert({
              model_code: r.modelCode,
              quantity: r.quantity,
              stock_after: model.stock,
              note: r.note,
              received_by: r.staffId,
              stock_move_id: move!.id,
              request_key: r.requestKey,
            })
            .returning('id');
          return row!.id as string;
        });
        return { receipt: toReceipt(await receipts().where('r.id', id).first()), duplicate: false };
      } catch (err) {
        // The same key raced in from a second request: its transaction rolled back, the first one stands.
        if (r.requestKey && isUniqueViolation(err)) {
          const earlier = await byKey(r.staffId, r.requestKey);
          if (earlier) return { receipt: earlier, duplicate: true };
        }
        throw err;
      }
    },

    /** A page of a model's receipts (undefined when the model does not exist), newest first: limit+1 rows after the cursor's (time to the millisecond, id). */
    async history(modelCode: string, opts: { limit: number; after?: { at: string; id: string } }): Promise<StockReceipt[] | undefined> {
      const model = await db('device_models').where({ code: modelCode }).first('code');
      if (!model) return undefined;
      const q = receipts()
        .where('r.model_code', modelCode)
        .orderByRaw(`date_trunc('milliseconds', r.received_at) desc, r.id desc`)
        .limit(opts.limit + 1);
      if (opts.after)
        q.whereRaw(`(date_trunc('milliseconds', r.received_at), r.id) < (?::timestamptz, ?::uuid)`, [opts.after.at, opts.after.id]);
      return (await q).map(toReceipt);
    },

    /** One receipt of a model. */
    async receipt(modelCode: string, id: string): Promise<StockReceipt | undefined> {
      const row = await receipts().where({ 'r.model_code': modelCode, 'r.id': id }).first();
      return row && toReceipt(row);
    },
  };
}

/** The device stock store. */
export type StockStore = ReturnType<typeof createStockStore>;
