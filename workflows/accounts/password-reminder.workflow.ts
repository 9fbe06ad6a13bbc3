import { proxyActivities } from '@temporalio/workflow';
import type { createPasswordResetActivities } from '../../activities/accounts/password-reset.activities';
import type { PasswordReminderInput, PasswordReminderResult } from './contract';
import { HEARTBEAT_TIMEOUT } from '../activity-timeouts';

const { issuePasswordReset, mailPasswordReset } = proxyActivities<ReturnType<typeof createPasswordResetActivities>>({
  heartbeatTimeout: HEARTBEAT_TIMEOUT,
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', maximumAttempts: 20 },
});

/** Issues a single-use reset token and mails its link to the account's registered address. */
export async function passwordReminderWorkflow(input: PasswordReminderInput): Promise<PasswordReminderResult> {
  const issued = await issuePasswordReset(input);
  if (!issued) return 'no_such_login';
  await mailPasswordReset({ requestId: input.requestId, accountId: issued.accountId });
  return 'mailed';
}
