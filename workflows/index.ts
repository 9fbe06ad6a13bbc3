// The worker bundles this file: it lists every workflow type the task queue runs.
export { loginIdReminderWorkflow } from './accounts/login-id-reminder.workflow';
export { passwordReminderWorkflow } from './accounts/password-reminder.workflow';
export { topupOrderWorkflow } from './prepaid/topup-order.workflow';
export { topupLatePaymentWorkflow } from './prepaid/late-payment.workflow';
export { numberHoldWorkflow } from './telephony/number-hold.workflow';
export { servicesOrderWorkflow } from './telephony/services-order.workflow';
export { overseasNumberOrderWorkflow } from './telephony/overseas-number-order.workflow';
export { noopBaselineWorkflow } from './bench/baseline.workflow';
export { devicesOrderWorkflow } from './devices/devices-order.workflow';
export { cdrRatingWorkflow } from './billing/cdr-rating.workflow';
export { billingWorkflow } from './billing/billing.workflow';
export { webhookDispatchWorkflow } from './webhooks/webhook-dispatch.workflow';
export { webhookDeliveryWorkflow } from './webhooks/webhook-delivery.workflow';
export { webhookRedeliveryWorkflow } from './webhooks/webhook-redelivery.workflow';
