import { proxyActivities } from '@temporalio/workflow';
import type { createLoginIdReminderActivities } from '../../activities/accounts/login-id-reminder.activities';
import type { LoginIdReminderInput, LoginIdReminderResult } from './contract';
import { HEARTBEAT_TIMEOUT } from '../activity-timeouts';

const { findAccountsByEmail, mailLoginIds } = proxyActivities<ReturnType<typeof createLoginIdReminderActivities>>({
  heartbeatTimeout: HEARTBEAT_TIMEOUT,
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', maximumAttempts: 20 },
});

/** Mails each account registered to the address its login ID and its circles' login IDs. */
export async function loginIdReminderWorkflow(input: LoginIdReminderInput): Promise<LoginIdReminderResult> {
  const accountIds = await findAccountsByEmail({ email: input.email });
  for (const accountId of accountIds) await mailLoginIds({ requestId: input.requestId, accountId });
  return { mailed: accountIds.length };
}
