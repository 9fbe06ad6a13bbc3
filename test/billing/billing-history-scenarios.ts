import { randomUUID } from 'node:crypto';
import type { WorkflowHandle } from '@temporalio/client';
import type { Knex } from 'knex';
import { createCdrsStore } from '../../db/billing/cdrs.store';
import { jstMonthOf, jstMonthStart } from '../../domain/billing/months';
import { billingWorkflowId, type BillingInput, type CdrRatingInput } from '../../workflows/billing/contract';
import type { HistoryScenario } from '../support/history-scenarios';

/** An account with one circle and one active unique, straight in the database, plus a starting balance. */
async function accountWithUnique(db: Knex, balance: number) {
  const loginId = `hist-${randomUUID().slice(0, 8)}`;
  const [account] = await db('accounts')
    .insert({ login_id: loginId, password_hash: 'x', email: `${loginId}@example.jp`, name: 'History', language: 'en', balance })
    .returning('id');
  if (balance)
    await db('ledger_entries').insert({
      account_id: account.id,
      amount: balance,
      kind: 'adjustment',
      reference: 'history',
      idempotency_key: `history:${account.id}`,
      balance_after: balance,
    });
  const [circle] = await db('circles')
    .insert({ account_id: account.id, name: 'History', login_id: `${loginId}-c`, password_hash: 'x' })
    .returning('id');
  const [unique] = await db('uniques')
    .insert({
      account_id: account.id,
      circle_id: circle.id,
      kind: 'sip_terminal',
      status: 'active',
      monthly_fee: 1100,
      activated_at: new Date('2026-01-15T00:00:00Z'),
    })
    .returning('id');
  return { accountId: account.id as string, uniqueId: unique.id as string };
}

/** Waits until the workflow has completed at least one activity, then ends it (these loops never finish). */
async function endAfterActivity(handle: WorkflowHandle, activities = 1): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const history = await handle.fetchHistory();
    const done = history.events?.filter((e) => e.activityTaskCompletedEventAttributes).length ?? 0;
    if (done >= activities) break;
    if (Date.now() > deadline) throw new Error(`${handle.workflowId} completed no activity`);
    await new Promise((r) => setTimeout(r, 200));
  }
  await new Promise((r) => setTimeout(r, 500));
  await handle.terminate('history recorded');
}

/** The month before the current one (Japan time), so the cycle charges the current month at once. */
const previousMonth = () => jstMonthOf(jstMonthStart(jstMonthOf(Date.now())) - 1);

/** A billing cycle that charges the month for an account holding the given balance, ended after its first step. */
function billingCycleScenario(name: string, balance: number): HistoryScenario {
  return {
    name,
    workflowType: 'billingWorkflow',
    async run({ client, db, taskQueue }) {
      const { accountId } = await accountWithUnique(db, balance);
      const handle = await client.workflow.start('billingWorkflow', {
        taskQueue,
        workflowId: billingWorkflowId(accountId),
        args: [{ accountId, graceDays: 7, paidThrough: previousMonth() } satisfies BillingInput],
      });
      await endAfterActivity(handle);
      return handle.workflowId;
    },
  };
}

/** Recorded runs of the billing workflows. */
export const billingHistoryScenarios: HistoryScenario[] = [
  billingCycleScenario('billing-cycle-charges-month', 10_000),
  billingCycleScenario('billing-cycle-fees-owed', 0),
  {
    name: 'cdr-rating-batch',
    workflowType: 'cdrRatingWorkflow',
    async run({ client, db, taskQueue }) {
      const { uniqueId } = await accountWithUnique(db, 1000);
      await createCdrsStore(db).ingest([
        {
          callId: `hist-${randomUUID()}`,
          uniqueId,
          direction: 'outbound',
          destination: '0312345678',
          startedAt: new Date(),
          durationSeconds: 100,
        },
      ]);
      const handle = await client.workflow.start('cdrRatingWorkflow', {
        taskQueue,
        workflowId: `CdrRatingHistory:${randomUUID()}`,
        args: [{ batchSize: 1000, sweepSeconds: 3600, maxRoundsPerRun: 100 } satisfies CdrRatingInput],
      });
      await endAfterActivity(handle);
      return handle.workflowId;
    },
  },
];
