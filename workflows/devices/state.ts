import { ApplicationFailure } from '@temporalio/workflow';
import {
  DEVICES_FAILURES as F,
  WAREHOUSE_STEPS,
  type DevicesOrderInput,
  type ScanInput,
  type ShipInput,
  type WarehouseStep,
} from './contract';

const refuse = (type: string, message: string, details: Record<string, unknown> = {}) =>
  ApplicationFailure.nonRetryable(message, type, details);

/**
 * What a device order knows about itself: the steps done, the steps in flight, the units
 * scanned and whether the customer asked to cancel. Validators read it; only handlers and the
 * main body change it.
 */
export class DevicesOrderState {
  /** Set once the reservation step ends: null when it succeeded, else the typed failure. */
  reservation: { failure: ApplicationFailure | null } | undefined;
  /** The warehouse task is being opened: staff may see it in the database before its step returns here. */
  taskOpening = false;
  taskOpen = false;
  /** Paid directly: the payment's top-up has started (or could not be). */
  paymentStarted = false;
  closed = false;
  cancelRequested = false;
  cancelled = false;
  shipment: ShipInput | undefined;
  /** The "order received" mail, sent alongside the warehouse steps; the order ends only after it. */
  receivedMail: Promise<void> | undefined;
  readonly done = new Set<WarehouseStep>();
  readonly inFlight = new Set<string>();
  readonly scanned = new Map<string, { mac: string; serial: string }>();
  /** Tracking numbers the carrier reported delivered (possibly before our ship step finished). */
  readonly deliveredTracking = new Set<string>();

  constructor(readonly input: DevicesOrderInput) {}

  /** The first step not done yet, or null when the parcel was delivered. */
  nextStep(): WarehouseStep | null {
    return WAREHOUSE_STEPS.find((s) => !this.done.has(s)) ?? null;
  }

  /** The customer asked to cancel and no staff step is still running. */
  cancelReady(): boolean {
    return this.cancelRequested && this.inFlight.size === 0;
  }

  carrierReportedDelivery(): boolean {
    return this.shipment !== undefined && this.deliveredTracking.has(this.shipment.trackingNumber);
  }

  private assertOpen(): void {
    if (this.cancelRequested || this.cancelled) throw refuse(F.orderCancelled.type, 'the order was cancelled');
    if (this.closed) throw refuse(F.orderClosed.type, 'the order is closed');
  }

  private outOfOrder(step: string): ApplicationFailure {
    const expected = this.taskOpening ? this.nextStep() : null;
    return refuse(F.stepOutOfOrder.type, `${step} is not the next step${expected ? ` (next: ${expected})` : ''}`, { step, expected });
  }

  /** A step is allowed when it is the next one; a step already done is answered again (idempotent). */
  assertStep(step: Exclude<WarehouseStep, 'scan'>): void {
    if (this.done.has(step)) return;
    this.assertOpen();
    if (!this.taskOpening || this.nextStep() !== step) throw this.outOfOrder(step);
  }

  /** A unit may be scanned after picking; the same scan again is idempotent, a different one is refused. */
  assertScan(s: ScanInput): void {
    const prior = this.scanned.get(s.deviceId);
    if (prior && prior.mac === s.mac && prior.serial === s.serial) return;
    this.assertOpen();
    if (!this.done.has('pick')) throw this.outOfOrder('scan');
    if (!this.input.devices.some((d) => d.id === s.deviceId))
      throw refuse(F.unknownDevice.type, 'no such unit in this order', { deviceId: s.deviceId });
    if (prior) throw refuse(F.alreadyScanned.type, 'this unit was scanned with other identifiers', prior);
    for (const [id, other] of this.scanned) {
      if (other.mac === s.mac) throw refuse(F.macTaken.type, 'this MAC address belongs to another unit', { mac: s.mac, deviceId: id });
      if (other.serial === s.serial)
        throw refuse(F.serialTaken.type, 'this serial number belongs to another unit', { serial: s.serial, deviceId: id });
    }
  }

  /** Cancelling is allowed until the parcel is handed to the carrier; asking again is idempotent. */
  assertCancel(): void {
    if (this.cancelRequested || this.cancelled) return;
    if (this.done.has('ship') || this.inFlight.has('ship')) throw refuse(F.alreadyShipped.type, 'the order has shipped');
    if (this.closed || this.reservation?.failure !== null) throw refuse(F.orderClosed.type, 'the order is closed');
  }
}
