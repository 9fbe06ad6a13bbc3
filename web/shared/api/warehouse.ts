import type { Call } from '../api-client';

/** Where a warehouse task stands. */
export type WarehouseTaskStatus = 'open' | 'in_transit' | 'done' | 'cancelled';

/** The next step of a task; `none` once delivered or cancelled. */
export type WarehouseStep = 'pick' | 'scan' | 'pack' | 'ship' | 'deliver' | 'none';

/** Who holds a task, since when, and until when unless a step extends it. */
export interface WarehouseClaim {
  staffId: string;
  staffName: string;
  claimedAt: string;
  expiresAt: string;
}

/** A task as the list shows it (GET /v1/warehouse/tasks). */
export interface WarehouseTaskSummary {
  id: string;
  orderId: string;
  status: WarehouseTaskStatus;
  step: WarehouseStep;
  claim: WarehouseClaim | null;
  model: string;
  modelName: string;
  quantity: number;
  preconfigured: boolean;
  shipToName: string;
  createdAt: string;
  updatedAt: string;
}

/** One unit of a task, with its identifiers once scanned and its provisioning profile if pre-configured. */
export interface WarehouseUnit {
  id: string;
  position: number;
  status: string;
  mac: string | null;
  serial: string | null;
  scannedAt: string | null;
  /** Pre-configured: the phone must fetch its configuration at the test bench before packing. */
  needsConfigFetch: boolean;
  /** The phone's first fetch at the test bench. */
  configFetchedAt: string | null;
  /** Packed without a fetch: who decided, when and why. */
  configOverride: { reason: string; staffId: string; staffName: string; at: string } | null;
  uniques: Array<{ slot: number; code: string | null }>;
  provisioning: { configServer: string; fileUrl: string; username: string; password: string } | null;
}

/** A task as the pack slip prints it (GET /v1/warehouse/tasks/{taskId}). */
export interface WarehouseTask extends WarehouseTaskSummary {
  /** phone in E.164, phoneDisplay as a person reads it */
  shipTo: { name: string; postalCode: string; address: string; phone: string | null; phoneDisplay: string };
  devices: WarehouseUnit[];
  shipment: { carrier: string; trackingNumber: string; shippedAt: string | null; deliveredAt: string | null } | null;
}

const task = (taskId: string, rest = '') => `/v1/warehouse/tasks/${encodeURIComponent(taskId)}${rest}`;

/**
 * The warehouse desk. Every step is safe to send twice: the order's workflow answers a step
 * already done with the same task, so no Idempotency-Key is needed.
 */
export const warehouseApi = (call: Call) => ({
  warehouseTasks: (status: WarehouseTaskStatus) =>
    call<{ items: WarehouseTaskSummary[]; nextCursor: string | null }>('GET', `/v1/warehouse/tasks?status=${status}&limit=200`).then(
      (r) => r.items,
    ),
  warehouseTask: (taskId: string) => call<WarehouseTask>('GET', task(taskId)),
  claimTask: (taskId: string) => call<WarehouseTask>('POST', task(taskId, '/claim')),
  releaseTask: (taskId: string) => call<void>('DELETE', task(taskId, '/claim')),
  pickTask: (taskId: string) => call<WarehouseTask>('POST', task(taskId, '/pick')),
  scanUnit: (taskId: string, unit: { deviceId: string; mac: string; serial: string }) =>
    call<WarehouseTask>('POST', task(taskId, '/scan'), unit),
  /** With a reason, packs although a pre-configured phone has not fetched its configuration (kept for audit). */
  packTask: (taskId: string, overrideReason?: string) =>
    call<WarehouseTask>('POST', task(taskId, '/pack'), overrideReason ? { override: { reason: overrideReason } } : undefined),
  shipTask: (taskId: string, carrier: string, trackingNumber: string) =>
    call<WarehouseTask>('POST', task(taskId, '/ship'), { carrier, trackingNumber }),
  deliverTask: (taskId: string) => call<WarehouseTask>('POST', task(taskId, '/deliver')),
});
