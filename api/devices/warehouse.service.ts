import { WorkflowNotFoundError } from '@temporalio/client';
import type { UpdateDefinition } from '@temporalio/common';
import { ConflictError, InputError, UnauthenticatedError } from '../../domain/errors';
import { normaliseMac, normaliseSerial, normaliseTrackingNumber } from '../../domain/devices/identifiers';
import { provisioningCredentials } from '../../domain/devices/provisioning-credentials';
import type { Principal } from '../../domain/principal';
import type { TaskStatus, WarehouseTask } from '../../db/devices/warehouse.store';
import {
  deliverUpdate,
  devicesOrderWorkflowId,
  packUpdate,
  pickUpdate,
  scanUpdate,
  shipUpdate,
  DEVICES_FAILURES,
} from '../../workflows/devices/contract';
import { toNationalDisplay } from '../../domain/telephony/e164';
import { e164OrNull } from '../telephony/present';
import type { ApiDeps } from '../deps';
import { toPage } from '../page';
import { timeIdKey } from '../orders/keyset';
import { presentShipment } from './present';
import { appErrorOf } from '../http/workflow-failure';
import { toJstIso } from '../../lib/time/jst';

/** The member of staff calling. */
export const staffIdOf = (p: Principal | undefined): string => {
  if (p?.kind !== 'staff') throw new UnauthenticatedError();
  return p.staffId;
};

const iso = (d: Date | null | undefined) => d?.toISOString() ?? null;

function presentTask(t: WarehouseTask, detail: Record<string, unknown>) {
  const shipTo = detail.shipTo as { name?: string } | undefined;
  return {
    id: t.id,
    orderId: t.orderId,
    status: t.status,
    step: t.step,
    claim: t.claim && {
      staffId: t.claim.staffId,
      staffName: t.claim.staffName,
      claimedAt: t.claim.claimedAt.toISOString(),
      // Until when the task is the staff member's: a time they read, in Japan time.
      expiresAt: toJstIso(t.claim.expiresAt),
    },
    model: String(detail.model ?? ''),
    modelName: String(detail.modelName ?? ''),
    quantity: Number(detail.quantity ?? 0),
    preconfigured: Boolean(detail.preconfigured),
    shipToName: String(shipTo?.name ?? ''),
    createdAt: t.createdAt.toISOString(),
    updatedAt: t.updatedAt.toISOString(),
  };
}

/** A page of the tasks in a status (open by default), oldest first. */
export async function listTasks(deps: ApiDeps, status: TaskStatus, page: { limit: number; after?: { at: string; id: string } }) {
  const rows = await deps.stores.warehouse.list(status, page);
  const { items, nextCursor } = toPage(
    rows,
    page.limit,
    (t) => t,
    (t) => timeIdKey(t.createdAt, t.id),
  );
  return {
    items: await Promise.all(items.map(async (t) => presentTask(t, (await deps.stores.orders.get(t.orderId))?.detail ?? {}))),
    nextCursor,
  };
}

/**
 * One task as the pack slip prints it: where it goes, each unit with its identifiers, and for
 * pre-configured units the configuration server and the unit's credentials.
 */
export async function taskView(deps: ApiDeps, taskId: string) {
  const task = await deps.stores.warehouse.get(taskId);
  const order = (await deps.stores.orders.get(task.orderId))!;
  const devices = await deps.stores.devices.forOrder(task.orderId);
  const configServer = `${deps.config.publicBaseUrl}/provisioning`;
  const shipTo = order.detail.shipTo as { name: string; postalCode: string; address: string; phone: string };
  // The phone is stored as the customer typed it (03-1234-5678): digits first, then E.164.
  const phoneDigits = shipTo.phone.replace(/-/g, '');
  return {
    ...presentTask(task, order.detail),
    shipTo: { ...shipTo, phone: e164OrNull(phoneDigits), phoneDisplay: toNationalDisplay(phoneDigits) },
    devices: devices.map((d) => ({
      id: d.id,
      position: d.position,
      status: d.status,
      mac: d.mac,
      serial: d.serial,
      scannedAt: iso(d.scannedAt),
      // Only a pre-configured unit fetches; it must have done so at the test bench before packing.
      needsConfigFetch: d.provisioningUsername !== null,
      configFetchedAt: iso(d.benchFetchedAt),
      configOverride: d.configOverride && { ...d.configOverride, at: d.configOverride.at.toISOString() },
      uniques: d.uniques.map((u) => ({ slot: u.slot, code: u.code })),
      provisioning:
        d.provisioningUsername && d.mac
          ? { configServer, fileUrl: `${configServer}/cfg${d.mac}.xml`, ...provisioningCredentials(deps.config.secret, d.id) }
          : null,
    })),
    shipment: presentShipment(task),
  };
}

export async function claimTask(deps: ApiDeps, p: Principal | undefined, taskId: string) {
  await deps.stores.warehouse.claim(taskId, staffIdOf(p), deps.config.devices.claimSeconds);
  return taskView(deps, taskId);
}

export async function releaseTask(deps: ApiDeps, p: Principal | undefined, taskId: string): Promise<void> {
  await deps.stores.warehouse.release(taskId, staffIdOf(p));
}

/** What each step sends to the order's workflow, already validated and normalised. */
export type StepRequest =
  | { step: 'pick' | 'deliver' }
  | { step: 'pack'; override?: { reason: string } }
  | { step: 'scan'; deviceId: string; mac: string; serial: string }
  | { step: 'ship'; carrier: string; trackingNumber: string };

function normalise(
  req: StepRequest,
  staffId: string,
): { def: UpdateDefinition<unknown, []> | UpdateDefinition<unknown, [unknown]>; arg?: unknown } {
  switch (req.step) {
    case 'pick':
      return { def: pickUpdate };
    case 'pack':
      return { def: packUpdate, arg: req.override ? { override: { reason: req.override.reason, staffId } } : {} };
    case 'deliver':
      return { def: deliverUpdate };
    case 'scan': {
      const mac = normaliseMac(req.mac);
      if (!mac.ok) throw new InputError('invalid_mac', { problem: mac.problem }, 'body.mac');
      const serial = normaliseSerial(req.serial);
      if (!serial.ok) throw new InputError('invalid_serial', {}, 'body.serial');
      return { def: scanUpdate, arg: { deviceId: req.deviceId, mac: mac.value, serial: serial.value } };
    }
    case 'ship': {
      const tracking = normaliseTrackingNumber(req.trackingNumber);
      if (!tracking.ok) throw new InputError('invalid_tracking_number', {}, 'body.trackingNumber');
      return { def: shipUpdate, arg: { carrier: req.carrier, trackingNumber: tracking.value } };
    }
  }
}

/**
 * Completes one step of a task. Steps in the warehouse need the caller's live claim (which this
 * extends); the order's workflow refuses a step out of order (409) and answers a step already
 * done again, so a retried request is harmless.
 */
export async function completeStep(deps: ApiDeps, p: Principal | undefined, taskId: string, req: StepRequest) {
  const staffId = staffIdOf(p);
  const { def, arg } = normalise(req, staffId);
  const task = await deps.stores.warehouse.get(taskId);
  if (task.status === 'cancelled') throw new ConflictError('order_cancelled');
  if (task.status === 'open' && req.step !== 'deliver')
    await deps.stores.warehouse.touchClaim(taskId, staffId, deps.config.devices.claimSeconds);
  try {
    const handle = deps.temporal.workflow.getHandle(devicesOrderWorkflowId(task.orderId));
    await (arg === undefined ? handle.executeUpdate(def.name) : handle.executeUpdate(def.name, { args: [arg] }));
  } catch (err) {
    if (!(err instanceof WorkflowNotFoundError)) throw appErrorOf(err, [DEVICES_FAILURES]) ?? err;
    // The order has ended: every step of a delivered order is done, so the request is answered again.
    const now = await deps.stores.warehouse.get(taskId);
    if (now.status === 'cancelled') throw new ConflictError('order_cancelled');
    if (now.status !== 'done') throw new ConflictError('task_closed', { status: now.status });
  }
  return taskView(deps, taskId);
}
