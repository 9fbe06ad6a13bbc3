import { ApplicationFailure, WorkflowUpdateFailedError } from '@temporalio/client';
import { AppError, ConflictError, InsufficientBalanceError, InputError, NotFoundError } from '../../domain/errors';
import { DEVICES_FAILURES as F } from '../../workflows/devices/contract';

/** The typed failure inside an update's failure (validator refusal, or a step's reason). */
function failureOf(err: unknown): ApplicationFailure | undefined {
  let e: unknown = err instanceof WorkflowUpdateFailedError ? err.cause : undefined;
  while (e) {
    if (e instanceof ApplicationFailure && e.type) return e;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

const detailsOf = (f: ApplicationFailure): Record<string, never> => ((f.details?.[0] ?? {}) as Record<string, never>);

/** Turns a device order's update failure into the API's business error; anything else is rethrown. */
export function toAppError(err: unknown): AppError | undefined {
  const f = failureOf(err);
  if (!f) return undefined;
  const d = detailsOf(f);
  switch (f.type) {
    case F.outOfStock: return new ConflictError('out_of_stock', d, 'body.quantity');
    case F.uniqueAlreadyBound: return new ConflictError('unique_already_bound', {}, 'body.settings.devices');
    case F.uniqueNotUsable: return new InputError('unique_not_usable', d, 'body.settings.devices');
    case F.insufficientBalance: return new InsufficientBalanceError(Number((d as { balance?: number }).balance ?? 0), Number((d as { required?: number }).required ?? 0));
    case F.stepOutOfOrder: return new ConflictError('step_out_of_order', { step: (d as { step?: string }).step ?? '', expected: (d as { expected?: string | null }).expected ?? null });
    case F.orderCancelled: return new ConflictError('order_cancelled');
    case F.alreadyShipped: return new ConflictError('order_already_shipped');
    case F.orderClosed: return new ConflictError('order_closed', { status: 'closed' });
    case F.alreadyScanned: return new ConflictError('device_already_scanned', d);
    case F.unknownDevice: return new NotFoundError('device');
    case F.macTaken: return new ConflictError('mac_taken', { mac: (d as { mac?: string }).mac ?? '' }, 'body.mac');
    case F.serialTaken: return new ConflictError('serial_taken', { serial: (d as { serial?: string }).serial ?? '' }, 'body.serial');
    case F.parcelRejected: return new InputError('parcel_rejected', { reason: f.message }, 'body.trackingNumber');
    default: return undefined;
  }
}
