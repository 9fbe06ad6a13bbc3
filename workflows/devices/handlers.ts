import { ApplicationFailure, condition, setHandler } from '@temporalio/workflow';
import {
  cancelDevicesOrderUpdate,
  deliverUpdate,
  DEVICES_FAILURES,
  packUpdate,
  parcelDeliveredSignal,
  pickUpdate,
  placeDevicesOrderUpdate,
  scanUpdate,
  shipUpdate,
  type PackInput,
  type StepResult,
} from './contract';
import type { DevicesOrderState } from './state';
import { runStep, staffSteps, steps } from './steps';

/** Wires the order's updates (placement, staff steps, cancel) and the carrier's delivery signal to its state. */
export function registerDevicesOrderHandlers(state: DevicesOrderState): void {
  const { orderId, preconfigured } = state.input;
  const answer = (): StepResult => ({ nextStep: state.nextStep() });

  setHandler(placeDevicesOrderUpdate, async () => {
    await condition(() => state.reservation !== undefined);
    if (state.reservation?.failure) throw state.reservation.failure;
    // Paid directly: answered once the payment exists, so that the caller can read what to do next.
    if (state.input.payment) await condition(() => state.paymentStarted || state.closed);
    return { orderId };
  });

  setHandler(
    pickUpdate,
    async () => {
      await runStep(
        state,
        'pick',
        () => state.assertStep('pick'),
        () => state.done.has('pick'),
        async () => {
          await condition(() => state.taskOpen);
          await staffSteps.recordPick({ orderId });
          state.done.add('pick');
        },
      );
      return answer();
    },
    { validator: () => state.assertStep('pick') },
  );

  setHandler(
    scanUpdate,
    async (s) => {
      await runStep(
        state,
        `scan:${s.deviceId}`,
        () => state.assertScan(s),
        () => state.scanned.has(s.deviceId),
        async () => {
          await staffSteps.recordScan({ ...s, orderId, preconfigured });
          state.scanned.set(s.deviceId, { mac: s.mac, serial: s.serial });
          if (state.scanned.size === state.input.devices.length) state.done.add('scan');
        },
      );
      return answer();
    },
    { validator: (s) => state.assertScan(s) },
  );

  setHandler(
    packUpdate,
    async (pack: PackInput | undefined) => {
      await runStep(
        state,
        'pack',
        () => state.assertStep('pack'),
        () => state.done.has('pack'),
        async () => {
          await staffSteps.recordPack({ orderId, ...(pack?.override ? { override: pack.override } : {}) });
          state.done.add('pack');
        },
      );
      return answer();
    },
    { validator: (_pack: PackInput | undefined) => state.assertStep('pack') },
  );

  setHandler(
    shipUpdate,
    async (ship) => {
      await runStep(
        state,
        'ship',
        () => state.assertStep('ship'),
        () => state.done.has('ship'),
        async () => {
          await staffSteps.registerParcel({ ...ship, orderId });
          await staffSteps.recordShipment({ ...ship, orderId });
          state.shipment = ship;
          state.done.add('ship');
        },
      );
      return answer();
    },
    { validator: (_ship) => state.assertStep('ship') },
  );

  setHandler(
    deliverUpdate,
    async () => {
      await recordDelivery(state, 'staff');
      return answer();
    },
    { validator: () => state.assertStep('deliver') },
  );

  setHandler(
    cancelDevicesOrderUpdate,
    async () => {
      state.cancelRequested = true;
      // A payment that failed meanwhile closes the order without a cancellation: say so.
      await condition(() => state.cancelled || state.closed);
      if (!state.cancelled) throw ApplicationFailure.nonRetryable('the order is closed', DEVICES_FAILURES.orderClosed.type);
      return { status: 'cancelled' as const };
    },
    { validator: () => state.assertCancel() },
  );

  setHandler(parcelDeliveredSignal, ({ trackingNumber }) => {
    // Delivered at least once and possibly early: remember it, the main body decides.
    if (typeof trackingNumber === 'string') state.deliveredTracking.add(trackingNumber);
  });
}

/** Records the delivery once, whoever reports it first (staff or the carrier). */
export async function recordDelivery(state: DevicesOrderState, by: 'staff' | 'carrier'): Promise<void> {
  await runStep(
    state,
    'deliver',
    () => (by === 'staff' ? state.assertStep('deliver') : undefined),
    () => state.done.has('deliver'),
    async () => {
      // Staff wait for the answer; the carrier's report is the order's own progress and may take longer.
      await (by === 'staff' ? staffSteps : steps).recordDelivery({ orderId: state.input.orderId, by });
      state.done.add('deliver');
    },
  );
}
