import { defineSignal, defineUpdate } from '@temporalio/workflow';
import type { FailureTable } from '../../domain/failures';
import type { OrderTotals } from '../../domain/money';
import type { TopupOrderInput } from '../prepaid/contract';

/** Workflow ID of one device order. */
export const devicesOrderWorkflowId = (orderId: string) => `DevicesOrder:${orderId}`;

/** Statuses of a device order's row: each names what the order waits for next. */
export const DEVICES_ORDER_STATUS = {
  accepted: 'accepted',
  awaitingPayment: 'awaiting_payment',
  paid: 'paid',
  picking: 'picking',
  scanning: 'scanning',
  packing: 'packing',
  readyToShip: 'ready_to_ship',
  shipped: 'shipped',
  delivered: 'delivered',
  cancelled: 'cancelled',
  failed: 'failed',
} as const;

/** The warehouse steps, in the only order they may happen. */
export const WAREHOUSE_STEPS = ['pick', 'scan', 'pack', 'ship', 'deliver'] as const;

/** One warehouse step. */
export type WarehouseStep = (typeof WAREHOUSE_STEPS)[number];

/** Typed failures of the device order, with the HTTP answer each gets (activities and the API read it). */
export const DEVICES_FAILURES = {
  outOfStock: { type: 'OutOfStock', status: 409, code: 'out_of_stock', field: 'body.quantity' },
  uniqueAlreadyBound: { type: 'UniqueAlreadyBound', status: 409, code: 'unique_already_bound', field: 'body.settings.devices' },
  uniqueNotUsable: { type: 'UniqueNotUsable', status: 422, code: 'unique_not_usable', field: 'body.settings.devices' },
  insufficientBalance: { type: 'InsufficientBalance', status: 422, code: 'insufficient_balance' },
  stepOutOfOrder: { type: 'StepOutOfOrder', status: 409, code: 'step_out_of_order' },
  orderCancelled: { type: 'OrderCancelled', status: 409, code: 'order_cancelled' },
  alreadyShipped: { type: 'AlreadyShipped', status: 409, code: 'order_already_shipped' },
  orderClosed: { type: 'OrderClosed', status: 409, code: 'order_closed', params: { status: 'closed' } },
  alreadyScanned: { type: 'AlreadyScanned', status: 409, code: 'device_already_scanned' },
  unknownDevice: { type: 'UnknownDevice', status: 404, code: 'not_found', params: { resource: 'device' } },
  macTaken: { type: 'MacTaken', status: 409, code: 'mac_taken', field: 'body.mac' },
  serialTaken: { type: 'SerialTaken', status: 409, code: 'serial_taken', field: 'body.serial' },
  configNotFetched: { type: 'ConfigNotFetched', status: 409, code: 'config_not_fetched', field: 'body.override' },
  parcelRejected: { type: 'ParcelRejected', status: 422, code: 'parcel_rejected', field: 'body.trackingNumber', messageAs: 'reason' },
} as const satisfies FailureTable;

/** One unit of the order, with the uniques to configure on it (none for a plain order). */
export interface OrderedDevice {
  id: string;
  position: number;
  /** Account 1, then the optional account 2. */
  uniqueIds: string[];
}

/** Where the parcel goes. */
export interface ShipTo {
  name: string;
  postalCode: string;
  address: string;
  phone: string;
}

/**
 * Paid directly rather than from the balance: a top-up of exactly the order's total, run as the
 * order's child, credits the balance and the order then debits it like a balance order.
 */
export interface DirectPayment {
  topupOrderId: string;
  topup: TopupOrderInput;
}

/** Input of the device order workflow: priced and validated by the API. */
export interface DevicesOrderInput {
  orderId: string;
  accountId: string;
  circleId: string | null;
  modelCode: string;
  modelName: string;
  quantity: number;
  unitPrice: number;
  preconfigured: boolean;
  devices: OrderedDevice[];
  shipTo: ShipTo;
  totals: OrderTotals;
  /** Absent: paid from the balance. */
  payment?: DirectPayment;
}

/** A unit's scanned identifiers, already normalised by the API. */
export interface ScanInput {
  deviceId: string;
  mac: string;
  serial: string;
}

/** The carrier and tracking number on the parcel's label. */
export interface ShipInput {
  carrier: string;
  trackingNumber: string;
}

/** Packing anyway although a pre-configured phone has not fetched its configuration: who and why. */
export interface PackInput {
  override?: { reason: string; staffId: string };
}

/** The order status after a step, as the workflow knows it. */
export interface StepResult {
  nextStep: WarehouseStep | null;
}

/** How a device order ended. */
export interface DevicesOrderResult {
  status: 'delivered' | 'cancelled' | 'failed' | 'rejected';
  reason: string | null;
}

/** Answers once the stock is reserved (update-with-start), or fails with OutOfStock/UniqueAlreadyBound. */
export const placeDevicesOrderUpdate = defineUpdate<{ orderId: string }, []>('placeDevicesOrder');

/** Warehouse staff picked the units from the shelf. */
export const pickUpdate = defineUpdate<StepResult, []>('pick');
/** Warehouse staff scanned one unit's MAC address and serial number. */
export const scanUpdate = defineUpdate<StepResult, [ScanInput]>('scan');
/** Warehouse staff packed the parcel (updates recorded before the override carry no argument). */
export const packUpdate = defineUpdate<StepResult, [PackInput]>('pack');
/** Warehouse staff handed the parcel to the carrier. */
export const shipUpdate = defineUpdate<StepResult, [ShipInput]>('ship');
/** Warehouse staff recorded the delivery (the carrier's webhook normally does). */
export const deliverUpdate = defineUpdate<StepResult, []>('deliver');
/** The customer cancels; refused with AlreadyShipped once the parcel left. */
export const cancelDevicesOrderUpdate = defineUpdate<{ status: 'cancelled' }, []>('cancelDevicesOrder');

/** The carrier reported the parcel delivered; duplicates are ignored. */
export const parcelDeliveredSignal = defineSignal<[{ trackingNumber: string }]>('parcelDelivered');
