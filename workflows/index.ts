// The worker bundles this file: it lists every workflow type the task queue runs.
export { passwordReminderWorkflow } from './auth/password-reminder.workflow';
export { noopBaselineWorkflow } from './bench/baseline.workflow';
