import type { Client } from '@temporalio/client';
import { passwordReminderWorkflowId, type PasswordReminderInput } from './contract';
import type { passwordReminderWorkflow } from './password-reminder.workflow';

/** Starts one password reminder request. */
export async function startPasswordReminder(client: Client, taskQueue: string, input: PasswordReminderInput): Promise<void> {
  await client.workflow.start<typeof passwordReminderWorkflow>('passwordReminderWorkflow', {
    taskQueue,
    workflowId: passwordReminderWorkflowId(input.requestId),
    args: [input],
  });
}
