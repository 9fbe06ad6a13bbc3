// The worker bundles this file: it lists every workflow type the task queue runs.
export { passwordReminderWorkflow } from './auth/password-reminder.workflow';
export { topupOrderWorkflow } from './topup/topup-order.workflow';
export { topupLatePaymentWorkflow } from './topup/late-payment.workflow';
export { numberHoldWorkflow } from './services/number-hold.workflow';
export { servicesOrderWorkflow } from './services/services-order.workflow';
export { noopBaselineWorkflow } from './bench/baseline.workflow';
export { devicesOrderWorkflow } from './devices/devices-order.workflow';
export { cdrRatingWorkflow } from './billing/cdr-rating.workflow';
export { billingWorkflow } from './billing/billing.workflow';
