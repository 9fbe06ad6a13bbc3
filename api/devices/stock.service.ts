import { AppError } from '../../domain/errors';
import type { StockReceipt } from '../../db/devices/stock.store';
import type { ApiDeps } from '../deps';

/** What the desk sends for a delivery of units. */
export interface ReceiptRequest {
  quantity: number;
  note?: string;
}

/**
 * Receives units of a model into stock. The Idempotency-Key is kept with the receipt, so a retry
 * adds the units once even after the API's own record of the key has expired; the same key with
 * another delivery is refused rather than answered with the first one.
 */
export async function receiveStock(
  deps: ApiDeps,
  staffId: string,
  modelCode: string,
  req: ReceiptRequest,
  requestKey: string | undefined,
): Promise<{ receipt: StockReceipt; duplicate: boolean }> {
  const note = req.note?.trim() ?? '';
  const result = await deps.stores.stock.receive({ modelCode, quantity: req.quantity, note, staffId, requestKey: requestKey ?? null });
  const r = result.receipt;
  if (result.duplicate && (r.modelCode !== modelCode || r.quantity !== req.quantity || r.note !== note))
    throw new AppError(422, 'idempotency_key_reused');
  return result;
}
