import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { inject } from 'vitest';
import { createStores } from '../../db/stores';
import { priceServicesOrder } from '../../domain/telephony/catalog';
import { loadConfig } from '../../lib/config';
import { AccountIdKey, OrderIdKey, OrderKindKey } from '../../workflows/search-attributes';
import { servicesTotals } from '../../domain/telephony/catalog';
import {
  numberHoldWorkflowId,
  overseasNumberOrderWorkflowId,
  servicesOrderWorkflowId,
  type OverseasNumberOrderInput,
  type ServicesOrderInput,
} from '../../workflows/telephony/contract';
import type { HistoryScenario } from '../support/history-scenarios';

const catalog = () => loadConfig({ DATABASE_URL: 'x', SMTP_URL: 'x', APP_SECRET: 'history-scenarios-secret' }).services;

/** An account with a balance, a circle and (optionally) one held local number. */
async function customer(db: Knex, balance: number, withNumber: boolean) {
  const stores = createStores(db);
  const tag = randomUUID().slice(0, 8);
  const account = await stores.accounts.create({
    loginId: `hist-svc-${tag}`,
    passwordHash: 'x',
    email: `hist-svc-${tag}@example.jp`,
    name: 'History',
    language: 'en',
  });
  if (balance)
    await stores.ledger.post({
      accountId: account.id,
      amount: balance,
      kind: 'adjustment',
      reference: 'history',
      idempotencyKey: `history:${tag}`,
    });
  const circle = await stores.circles.create(account.id, { name: 'History', loginId: `hist-svc-circle-${tag}`, passwordHash: 'x' });
  const held = [];
  if (withNumber) {
    const offers = await stores.numbers.search({ kind: 'local', areaCode: '06', limit: 200 });
    const pick = offers[Math.floor(Math.random() * offers.length)]!;
    held.push(await stores.numbers.hold(account.id, pick.id, randomUUID(), 600));
  }
  return { stores, account, circle, held };
}

/** Makes the carrier sandbox refuse a number. */
async function carrierRefuses(number: string): Promise<void> {
  await fetch(`${inject('sandboxUrl')}/carrier/_control/fail`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ number, reason: 'number_blocked' }),
  });
}

async function runOrder(
  ctx: Parameters<HistoryScenario['run']>[0],
  balance: number,
  withNumber: boolean,
  refuseNumber = false,
): Promise<string> {
  const { account, circle, held } = await customer(ctx.db, balance, withNumber);
  if (refuseNumber) for (const n of held) await carrierRefuses(n.number);
  const priced = priceServicesOrder(catalog(), { sip_terminal: 1 }, held);
  const orderId = randomUUID();
  const input: ServicesOrderInput = {
    orderId,
    accountId: account.id,
    circleId: circle.id,
    uniques: [{ id: randomUUID(), kind: 'sip_terminal', monthlyFee: 1100, initialFee: 1100 }],
    numbers: held.map((n) => ({ id: n.id, number: n.number, kind: n.kind, monthlyFee: 1100, initialFee: 1100 })),
    items: priced.lines,
    totals: priced.totals,
    carrierTimeoutHours: 72,
  };
  const workflowId = servicesOrderWorkflowId(orderId);
  await ctx.client.workflow.execute('servicesOrderWorkflow', {
    taskQueue: ctx.taskQueue,
    workflowId,
    args: [input],
    typedSearchAttributes: [
      { key: AccountIdKey, value: account.id },
      { key: OrderIdKey, value: orderId },
      { key: OrderKindKey, value: 'services' },
    ],
  });
  return workflowId;
}

/** An overseas number of Singapore bought by its own order, ready after a lead time of a second. */
async function runOverseasOrder(ctx: Parameters<HistoryScenario['run']>[0]): Promise<string> {
  const { account, circle } = await customer(ctx.db, 100_000, false);
  const orderId = randomUUID();
  const input: OverseasNumberOrderInput = {
    orderId,
    accountId: account.id,
    circleId: circle.id,
    country: 'SG',
    areaCode: null,
    monthlyFee: 2200,
    initialFee: 4400,
    totals: servicesTotals([{ amount: 6600 }]),
    leadTimeMs: 1000,
    carrierTimeoutHours: 72,
  };
  const workflowId = overseasNumberOrderWorkflowId(orderId);
  await ctx.client.workflow.execute('overseasNumberOrderWorkflow', {
    taskQueue: ctx.taskQueue,
    workflowId,
    args: [input],
    typedSearchAttributes: [
      { key: AccountIdKey, value: account.id },
      { key: OrderIdKey, value: orderId },
      { key: OrderKindKey, value: 'overseas_number' },
    ],
  });
  return workflowId;
}

/**
 * Recorded runs of the services workflows: a full order, one whose number the carrier refused (the
 * unique still bought), a refused debit, a hold that runs out, and an overseas number order.
 */
export const servicesHistoryScenarios: HistoryScenario[] = [
  { name: 'services-order-completed', workflowType: 'servicesOrderWorkflow', run: (ctx) => runOrder(ctx, 100_000, true) },
  { name: 'services-order-number-refused', workflowType: 'servicesOrderWorkflow', run: (ctx) => runOrder(ctx, 100_000, true, true) },
  { name: 'overseas-number-order-completed', workflowType: 'overseasNumberOrderWorkflow', run: runOverseasOrder },
  { name: 'services-order-insufficient-balance', workflowType: 'servicesOrderWorkflow', run: (ctx) => runOrder(ctx, 0, true) },
  {
    name: 'number-hold-released',
    workflowType: 'numberHoldWorkflow',
    async run({ client, db, taskQueue }) {
      const { held } = await customer(db, 0, true);
      const n = held[0]!;
      const expiresAt = new Date(Date.now() + 1000);
      await db('phone_numbers').where({ id: n.id }).update({ held_until: expiresAt });
      const workflowId = numberHoldWorkflowId(n.holdId!);
      await client.workflow.execute('numberHoldWorkflow', {
        taskQueue,
        workflowId,
        args: [{ holdId: n.holdId!, numberId: n.id, expiresAt: expiresAt.toISOString() }],
      });
      return workflowId;
    },
  },
];
