/** Input of the password reminder: the request's own ID and the login ID the customer typed. */
export interface PasswordReminderInput {
  requestId: string;
  loginId: string;
}

/** How a reminder ended; the API never tells the caller, so unknown IDs stay hidden. */
export type PasswordReminderResult = 'mailed' | 'no_such_login';

/** Workflow ID of one reminder request. */
export const passwordReminderWorkflowId = (requestId: string) => `PasswordReminder:${requestId}`;
