/** Input of the password reminder: the request's own ID and the login ID the customer typed. */
export interface PasswordReminderInput {
  requestId: string;
  loginId: string;
}

/** How a reminder ended; the API never tells the caller, so unknown IDs stay hidden. */
export type PasswordReminderResult = 'mailed' | 'no_such_login';

/** Workflow ID of one reminder request. */
export const passwordReminderWorkflowId = (requestId: string) => `PasswordReminder:${requestId}`;

/** Input of the login-ID reminder: the request's own ID and the address the customer typed. */
export interface LoginIdReminderInput {
  requestId: string;
  email: string;
}

/** How many accounts were mailed their login IDs; the API never tells the caller. */
export interface LoginIdReminderResult {
  mailed: number;
}

/** Workflow ID of one login-ID reminder request. */
export const loginIdReminderWorkflowId = (requestId: string) => `LoginIdReminder:${requestId}`;
