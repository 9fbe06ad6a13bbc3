import { randomUUID } from 'node:crypto';
import { WithStartWorkflowOperation } from '@temporalio/client';
import type { Knex } from 'knex';
import { inject } from 'vitest';
import { createStores } from '../../db/stores';
import { computeTotals } from '../../domain/money';
import { priceServicesOrder } from '../../domain/telephony/catalog';
import { loadConfig } from '../../lib/config';
import {
  cancelDevicesOrderUpdate,
  devicesOrderWorkflowId,
  placeDevicesOrderUpdate,
  type DevicesOrderInput,
} from '../../workflows/devices/contract';
import { topupWorkflowId } from '../../workflows/prepaid/contract';
import { placeTopupOrder } from '../../workflows/prepaid/starters';
import { AccountIdKey, OrderIdKey, OrderKindKey } from '../../workflows/search-attributes';
import { servicesOrderWorkflowId, type ServicesOrderInput } from '../../workflows/telephony/contract';
import type { HistoryScenario } from '../support/history-scenarios';

type Ctx = Parameters<HistoryScenario['run']>[0];

/** A fresh account with a balance. */
async function account(db: Knex, balance: number) {
  const stores = createStores(db);
  const tag = randomUUID().slice(0, 8);
  const acct = await stores.accounts.create({
    loginId: `hist-notice-${tag}`,
    passwordHash: 'x',
    email: `hist-notice-${tag}@example.jp`,
    name: 'History',
    language: 'ja',
  });
  if (balance)
    await stores.ledger.post({
      accountId: acct.id,
      amount: balance,
      kind: 'adjustment',
      reference: 'history',
      idempotencyKey: `history:${tag}`,
    });
  return { stores, account: acct, tag };
}

const until = async (check: () => Promise<boolean>) => {
  for (let i = 0; i < 200 && !(await check()); i++) await new Promise((r) => setTimeout(r, 100));
};

/** Recorded runs of the order workflows since they mail the customer: received and cancelled, failed, top-up failed. */
export const noticeHistoryScenarios: HistoryScenario[] = [
  {
    name: 'devices-order-received-cancelled-mailed',
    workflowType: 'devicesOrderWorkflow',
    async run({ client, db, taskQueue }: Ctx) {
      const modelCode = `M${randomUUID().slice(0, 8).toUpperCase()}`;
      await db('device_models').insert({
        code: modelCode,
        maker: 'History',
        name: modelCode,
        features: JSON.stringify({ ja: [], en: [] }),
        sip_accounts: 2,
        warranty_months: 6,
        price: 1_000,
        stock: 5,
      });
      const { stores, account: acct } = await account(db, 10_000);
      const orderId = randomUUID();
      const input: DevicesOrderInput = {
        orderId,
        accountId: acct.id,
        circleId: null,
        modelCode,
        modelName: modelCode,
        quantity: 1,
        unitPrice: 1_000,
        preconfigured: false,
        devices: [{ id: randomUUID(), position: 1, uniqueIds: [] }],
        shipTo: { name: '履歴 太郎', postalCode: '150-0002', address: '東京都渋谷区渋谷2-1-1', phone: '03-1234-5678' },
        totals: computeTotals([{ amount: 1_000, taxRate: 10 }]),
      };
      const start = new WithStartWorkflowOperation('devicesOrderWorkflow', {
        workflowId: devicesOrderWorkflowId(orderId),
        taskQueue,
        args: [input],
        workflowIdConflictPolicy: 'FAIL',
      });
      await client.workflow.executeUpdateWithStart(placeDevicesOrderUpdate, { startWorkflowOperation: start });
      await until(async () => (await stores.warehouse.forOrder(orderId)) !== undefined);
      const handle = client.workflow.getHandle(devicesOrderWorkflowId(orderId));
      await handle.executeUpdate(cancelDevicesOrderUpdate);
      await handle.result();
      return handle.workflowId;
    },
  },
  {
    name: 'services-order-failed-mailed',
    workflowType: 'servicesOrderWorkflow',
    async run({ client, db, taskQueue }: Ctx) {
      const { stores, account: acct, tag } = await account(db, 100_000);
      const circle = await stores.circles.create(acct.id, { name: 'History', loginId: `hist-notice-circle-${tag}`, passwordHash: 'x' });
      const offers = await stores.numbers.search({ kind: 'local', areaCode: '06', limit: 200 });
      const pick = offers[Math.floor(Math.random() * offers.length)]!;
      const held = [await stores.numbers.hold(acct.id, pick.id, randomUUID(), 600)];
      // The carrier sandbox refuses this number, so the order fails after it was paid.
      await fetch(`${inject('sandboxUrl')}/carrier/_control/fail`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ number: held[0]!.number, reason: 'number_blocked' }),
      });
      const catalog = loadConfig({ DATABASE_URL: 'x', SMTP_URL: 'x', APP_SECRET: 'history-scenarios-secret' }).services;
      const priced = priceServicesOrder(catalog, {}, held);
      const orderId = randomUUID();
      const input: ServicesOrderInput = {
        orderId,
        accountId: acct.id,
        circleId: circle.id,
        uniques: [],
        numbers: held.map((n) => ({ id: n.id, number: n.number, kind: n.kind, monthlyFee: 1100, initialFee: 1100 })),
        items: priced.lines,
        totals: priced.totals,
        carrierTimeoutHours: 72,
      };
      const workflowId = servicesOrderWorkflowId(orderId);
      await client.workflow.execute('servicesOrderWorkflow', {
        taskQueue,
        workflowId,
        args: [input],
        typedSearchAttributes: [
          { key: AccountIdKey, value: acct.id },
          { key: OrderIdKey, value: orderId },
          { key: OrderKindKey, value: 'services' },
        ],
      });
      return workflowId;
    },
  },
  {
    name: 'topup-card-failed-mailed',
    workflowType: 'topupOrderWorkflow',
    async run({ client, db, taskQueue }: Ctx) {
      const { account: acct } = await account(db, 0);
      const orderId = randomUUID();
      // No card token: the charge is refused at once and the order fails.
      const waits = { threeDsTimeoutMs: 15 * 60_000, paymentWindowMs: 7 * 86_400_000, reminderBeforeMs: 86_400_000 };
      await placeTopupOrder(client, taskQueue, { orderId, accountId: acct.id, method: 'card', amount: 3_000, waits });
      const handle = client.workflow.getHandle(topupWorkflowId(orderId));
      await handle.result();
      return handle.workflowId;
    },
  },
];
