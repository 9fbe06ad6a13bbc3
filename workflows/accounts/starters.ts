import type { Client } from '@temporalio/client';
import { loginIdReminderWorkflowId, passwordReminderWorkflowId, type LoginIdReminderInput, type PasswordReminderInput } from './contract';
import type { loginIdReminderWorkflow } from './login-id-reminder.workflow';
import type { passwordReminderWorkflow } from './password-reminder.workflow';

/** Starts one password reminder request. */
export async function startPasswordReminder(client: Client, taskQueue: string, input: PasswordReminderInput): Promise<void> {
  await client.workflow.start<typeof passwordReminderWorkflow>('passwordReminderWorkflow', {
    taskQueue,
    workflowId: passwordReminderWorkflowId(input.requestId),
    args: [input],
  });
}

/** Starts one login-ID reminder request. */
export async function startLoginIdReminder(client: Client, taskQueue: string, input: LoginIdReminderInput): Promise<void> {
  await client.workflow.start<typeof loginIdReminderWorkflow>('loginIdReminderWorkflow', {
    taskQueue,
    workflowId: loginIdReminderWorkflowId(input.requestId),
    args: [input],
  });
}
