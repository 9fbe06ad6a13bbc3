import { randomUUID } from 'node:crypto';
import { WithStartWorkflowOperation, type Client } from '@temporalio/client';
import type { Knex } from 'knex';
import { createAccountsStore } from '../../db/accounts/accounts.store';
import { createLedgerStore } from '../../db/prepaid/ledger.store';
import { createWarehouseStore } from '../../db/devices/warehouse.store';
import { computeTotals } from '../../domain/money';
import {
  cancelDevicesOrderUpdate,
  devicesOrderWorkflowId,
  packUpdate,
  parcelDeliveredSignal,
  pickUpdate,
  placeDevicesOrderUpdate,
  scanUpdate,
  shipUpdate,
  type DevicesOrderInput,
} from '../../workflows/devices/contract';
import type { HistoryScenario } from '../support/history-scenarios';

type Ctx = { client: Client; db: Knex; taskQueue: string };

/** Starts a device order as the API does (update-with-start) for a fresh funded account; returns its input. */
async function startOrder(
  { client, db, taskQueue }: Ctx,
  opts: { modelCode?: string; stock?: number; konbiniWindowMs?: number } = {},
): Promise<DevicesOrderInput> {
  const modelCode = opts.modelCode ?? `H${randomUUID().slice(0, 8).toUpperCase()}`;
  await db('device_models').insert({
    code: modelCode,
    maker: 'History',
    name: modelCode,
    features: JSON.stringify({ ja: [], en: [] }),
    sip_accounts: 2,
    warranty_months: 6,
    price: 1_000,
    stock: opts.stock ?? 5,
  });
  const loginId = `hist-${randomUUID().slice(0, 8)}`;
  const account = await createAccountsStore(db).create({
    loginId,
    passwordHash: 'x',
    email: `${loginId}@example.jp`,
    name: 'History',
    language: 'en',
  });
  await createLedgerStore(db).post({
    accountId: account.id,
    amount: 10_000,
    kind: 'adjustment',
    reference: 'history',
    idempotencyKey: `history:${loginId}`,
  });
  const orderId = randomUUID();
  const input: DevicesOrderInput = {
    orderId,
    accountId: account.id,
    circleId: null,
    modelCode,
    modelName: modelCode,
    quantity: 1,
    unitPrice: 1_000,
    preconfigured: false,
    devices: [{ id: randomUUID(), position: 1, uniqueIds: [] }],
    shipTo: { name: 'History', postalCode: '150-0002', address: '東京都渋谷区', phone: '03-1234-5678' },
    totals: computeTotals([{ amount: 1_000, taxRate: 10 }]),
  };
  if (opts.konbiniWindowMs) {
    // Paid at a convenience store: a slip for the total, which expires unpaid.
    const topupOrderId = randomUUID();
    const waits = { threeDsTimeoutMs: 60_000, paymentWindowMs: opts.konbiniWindowMs, reminderBeforeMs: 1_000 };
    input.quantity = 2;
    input.devices.push({ id: randomUUID(), position: 2, uniqueIds: [] });
    input.totals = computeTotals([{ amount: 2_000, taxRate: 10 }]);
    input.payment = { topupOrderId, topup: { orderId: topupOrderId, accountId: account.id, method: 'konbini', amount: 2_200, waits } };
  }
  const start = new WithStartWorkflowOperation('devicesOrderWorkflow', {
    workflowId: devicesOrderWorkflowId(orderId),
    taskQueue,
    args: [input],
    workflowIdConflictPolicy: 'FAIL',
  });
  await client.workflow.executeUpdateWithStart(placeDevicesOrderUpdate, { startWorkflowOperation: start }).catch(() => undefined);
  return input;
}

async function waitForTask(db: Knex, orderId: string): Promise<void> {
  const warehouse = createWarehouseStore(db);
  for (let i = 0; i < 200 && !(await warehouse.forOrder(orderId)); i++) await new Promise((r) => setTimeout(r, 100));
}

/** Recorded runs of the device order workflow: delivered by the carrier, cancelled, and out of stock. */
export const devicesHistoryScenarios: HistoryScenario[] = [
  {
    name: 'devices-order-delivered',
    workflowType: 'devicesOrderWorkflow',
    async run(ctx) {
      const input = await startOrder(ctx);
      await waitForTask(ctx.db, input.orderId);
      const handle = ctx.client.workflow.getHandle(devicesOrderWorkflowId(input.orderId));
      const hex = randomUUID().replace(/-/g, '');
      await handle.executeUpdate(pickUpdate);
      await handle.executeUpdate(scanUpdate, {
        args: [{ deviceId: input.devices[0]!.id, mac: `02${hex.slice(0, 10)}`, serial: `HS${hex.slice(10, 22).toUpperCase()}` }],
      });
      await handle.executeUpdate(packUpdate, { args: [{}] });
      const trackingNumber = String(Date.now()).slice(-12);
      await handle.executeUpdate(shipUpdate, { args: [{ carrier: 'yamato', trackingNumber }] });
      await handle.signal(parcelDeliveredSignal, { trackingNumber });
      await handle.result();
      return handle.workflowId;
    },
  },
  {
    name: 'devices-order-cancelled',
    workflowType: 'devicesOrderWorkflow',
    async run(ctx) {
      const input = await startOrder(ctx);
      await waitForTask(ctx.db, input.orderId);
      const handle = ctx.client.workflow.getHandle(devicesOrderWorkflowId(input.orderId));
      await handle.executeUpdate(pickUpdate);
      await handle.executeUpdate(cancelDevicesOrderUpdate);
      await handle.result();
      return handle.workflowId;
    },
  },
  {
    name: 'devices-order-payment-expired',
    workflowType: 'devicesOrderWorkflow',
    async run(ctx) {
      const input = await startOrder(ctx, { konbiniWindowMs: 1_500 });
      const handle = ctx.client.workflow.getHandle(devicesOrderWorkflowId(input.orderId));
      await handle.result();
      return handle.workflowId;
    },
  },
  {
    name: 'devices-order-out-of-stock',
    workflowType: 'devicesOrderWorkflow',
    async run(ctx) {
      const input = await startOrder(ctx, { stock: 0 });
      const handle = ctx.client.workflow.getHandle(devicesOrderWorkflowId(input.orderId));
      await handle.result();
      return handle.workflowId;
    },
  },
];
