import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { recordTopupRows } from '../../activities/prepaid/topup-payment.activities';
import { confirmAfterOrderClosed, placeTopupOrder } from '../../workflows/prepaid/starters';
import { createAccountsStore } from '../../db/accounts/accounts.store';
import { createStores } from '../../db/stores';
import type { TopupMethod } from '../../domain/prepaid/limits';
import {
  cancelTopupUpdate,
  confirmTransferUpdate,
  latePaymentWorkflowId,
  paymentEventSignal,
  resolveReviewUpdate,
  topupWorkflowId,
  type PaymentEvent,
} from '../../workflows/prepaid/contract';
import type { topupLatePaymentWorkflow } from '../../workflows/prepaid/late-payment.workflow';
import type { HistoryScenario } from '../support/history-scenarios';

const waits = { threeDsTimeoutMs: 15 * 60_000, paymentWindowMs: 7 * 86_400_000, reminderBeforeMs: 86_400_000 };

async function newAccount(db: Knex): Promise<string> {
  const loginId = `hist-topup-${randomUUID().slice(0, 8)}`;
  return (
    await createAccountsStore(db).create({ loginId, passwordHash: 'x', email: `${loginId}@example.jp`, name: 'History', language: 'en' })
  ).id;
}

async function orderStatus(db: Knex, orderId: string, wanted: string): Promise<Record<string, any>> {
  for (let i = 0; i < 200; i++) {
    const row = await db('orders').where({ id: orderId }).first();
    if (row?.status === wanted) return row;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`order ${orderId} never reached ${wanted}`);
}

const operatorId = async (db: Knex) => (await db('staff').where({ login_id: 'operator' }).first('id')).id as string;

async function startOrder(ctx: Parameters<HistoryScenario['run']>[0], method: TopupMethod, amount: number) {
  const orderId = randomUUID();
  const accountId = await newAccount(ctx.db);
  await placeTopupOrder(ctx.client, ctx.taskQueue, { orderId, accountId, method, amount, waits });
  return { orderId, accountId, handle: ctx.client.workflow.getHandle(topupWorkflowId(orderId)) };
}

/** Recorded runs of the top-up workflows: review with refund, customer cancel, late payment, on-time transfer after expiry. */
export const topupHistoryScenarios: HistoryScenario[] = [
  {
    name: 'topup-bank-transfer-mismatch-refunded',
    workflowType: 'topupOrderWorkflow',
    async run(ctx) {
      const { orderId, handle } = await startOrder(ctx, 'bank_transfer', 10_000);
      await orderStatus(ctx.db, orderId, 'awaiting_transfer');
      const staffId = await operatorId(ctx.db);
      await handle.executeUpdate(confirmTransferUpdate, { args: [{ confirmationId: randomUUID(), amount: 9_000, staffId }] });
      const row = await orderStatus(ctx.db, orderId, 'in_review');
      await handle.executeUpdate(resolveReviewUpdate, { args: [{ reviewId: row.detail.review.reviewId, action: 'refund', staffId }] });
      await handle.result();
      return handle.workflowId;
    },
  },
  {
    name: 'topup-konbini-cancelled',
    workflowType: 'topupOrderWorkflow',
    async run(ctx) {
      const { orderId, handle } = await startOrder(ctx, 'konbini', 3_000);
      await orderStatus(ctx.db, orderId, 'awaiting_payment');
      await handle.executeUpdate(cancelTopupUpdate);
      await handle.result();
      return handle.workflowId;
    },
  },
  {
    name: 'topup-late-payment-credited',
    workflowType: 'topupLatePaymentWorkflow',
    async run(ctx) {
      const orderId = randomUUID();
      const accountId = await newAccount(ctx.db);
      await recordTopupRows(createStores(ctx.db), { orderId, accountId, method: 'net_bank', amount: 5_000 });
      const workflowId = latePaymentWorkflowId(orderId);
      const event: PaymentEvent = { key: `evt_${randomUUID()}`, kind: 'paid', amount: 5_000, paymentId: 'va_history', source: 'processor' };
      await ctx.client.workflow.signalWithStart<typeof topupLatePaymentWorkflow, [PaymentEvent]>('topupLatePaymentWorkflow', {
        workflowId,
        taskQueue: ctx.taskQueue,
        args: [{ orderId, accountId, amount: 5_000 }],
        signal: paymentEventSignal,
        signalArgs: [event],
      });
      const row = await orderStatus(ctx.db, orderId, 'in_review');
      const handle = ctx.client.workflow.getHandle(workflowId);
      await handle.executeUpdate(resolveReviewUpdate, {
        args: [{ reviewId: row.detail.review.reviewId, action: 'credit', staffId: await operatorId(ctx.db) }],
      });
      await handle.result();
      return workflowId;
    },
  },
  {
    name: 'topup-on-time-transfer-after-expiry-mismatch',
    workflowType: 'topupLatePaymentWorkflow',
    async run(ctx) {
      const orderId = randomUUID();
      const accountId = await newAccount(ctx.db);
      const shortWaits = { threeDsTimeoutMs: 60_000, paymentWindowMs: 1_500, reminderBeforeMs: 1_000 };
      await placeTopupOrder(ctx.client, ctx.taskQueue, { orderId, accountId, method: 'bank_transfer', amount: 9_000, waits: shortWaits });
      await ctx.client.workflow.getHandle(topupWorkflowId(orderId)).result();
      const staffId = await operatorId(ctx.db);
      const arrivedOn = new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);
      // Arrived by the deadline's day, confirmed after the order expired, with another amount: reviewed, then refunded.
      await confirmAfterOrderClosed(
        ctx.client,
        ctx.taskQueue,
        { orderId, accountId, amount: 9_000 },
        { confirmationId: randomUUID(), amount: 8_500, staffId, arrivedOn, onTime: true },
      );
      const row = await orderStatus(ctx.db, orderId, 'in_review');
      const handle = ctx.client.workflow.getHandle(latePaymentWorkflowId(orderId));
      await handle.executeUpdate(resolveReviewUpdate, { args: [{ reviewId: row.detail.review.reviewId, action: 'refund', staffId }] });
      await handle.result();
      return handle.workflowId;
    },
  },
];
