import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import type { Knex } from 'knex';
import { createAccountsStore } from '../../db/accounts/accounts.store';
import { loginIdReminderWorkflowId, passwordReminderWorkflowId } from '../../workflows/accounts/contract';
import { devicesHistoryScenarios } from '../devices/devices-history-scenarios';
import { billingHistoryScenarios } from '../billing/billing-history-scenarios';
import { servicesHistoryScenarios } from '../telephony/services-history-scenarios';
import { topupHistoryScenarios } from '../prepaid/topup-history-scenarios';
import { webhooksHistoryScenarios } from '../webhooks/webhooks-history-scenarios';
import { noticeHistoryScenarios } from '../mail/notice-history-scenarios';

/** One recorded run of a workflow type, replayed by the suite to catch non-determinism. */
export interface HistoryScenario {
  name: string;
  workflowType: string;
  /** Runs the workflow to completion on the suite's worker and returns its workflow ID. */
  run(ctx: { client: Client; db: Knex; taskQueue: string }): Promise<string>;
}

/** Every scenario whose history is kept under test/histories. */
export const historyScenarios: HistoryScenario[] = [
  ...devicesHistoryScenarios,
  ...billingHistoryScenarios,
  ...servicesHistoryScenarios,
  ...topupHistoryScenarios,
  ...webhooksHistoryScenarios,
  ...noticeHistoryScenarios,
  {
    name: 'noop-baseline-3',
    workflowType: 'noopBaselineWorkflow',
    async run({ client, taskQueue }) {
      const workflowId = `NoopBaseline:${randomUUID()}`;
      await client.workflow.execute('noopBaselineWorkflow', { taskQueue, workflowId, args: [3] });
      return workflowId;
    },
  },
  {
    name: 'password-reminder-mailed',
    workflowType: 'passwordReminderWorkflow',
    async run({ client, db, taskQueue }) {
      const loginId = `hist-${randomUUID().slice(0, 8)}`;
      await createAccountsStore(db).create({ loginId, passwordHash: 'x', email: `${loginId}@example.jp`, name: 'History', language: 'en' });
      const workflowId = passwordReminderWorkflowId(randomUUID());
      await client.workflow.execute('passwordReminderWorkflow', { taskQueue, workflowId, args: [{ requestId: workflowId, loginId }] });
      return workflowId;
    },
  },
  {
    name: 'password-reminder-unknown-login',
    workflowType: 'passwordReminderWorkflow',
    async run({ client, taskQueue }) {
      const workflowId = passwordReminderWorkflowId(randomUUID());
      await client.workflow.execute('passwordReminderWorkflow', {
        taskQueue,
        workflowId,
        args: [{ requestId: workflowId, loginId: 'nobody-here' }],
      });
      return workflowId;
    },
  },
  {
    name: 'login-id-reminder-mailed',
    workflowType: 'loginIdReminderWorkflow',
    async run({ client, db, taskQueue }) {
      const loginId = `hist-${randomUUID().slice(0, 8)}`;
      const email = `${loginId}@example.jp`;
      await createAccountsStore(db).create({ loginId, passwordHash: 'x', email, name: 'History', language: 'ja' });
      const requestId = randomUUID();
      const workflowId = loginIdReminderWorkflowId(requestId);
      await client.workflow.execute('loginIdReminderWorkflow', { taskQueue, workflowId, args: [{ requestId, email }] });
      return workflowId;
    },
  },
];
