import { proxyActivities } from '@temporalio/workflow';
import type { createPaymentActivities } from '../../activities/prepaid';
import { HEARTBEAT_TIMEOUT } from '../activity-timeouts';

type PaymentActivities = ReturnType<typeof createPaymentActivities>;

/** The top-up activities as workflow code calls them; transient errors retry, typed failures don't. */
export const topupActivities = proxyActivities<PaymentActivities>({
  heartbeatTimeout: HEARTBEAT_TIMEOUT,
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', nonRetryableErrorTypes: ['CardRefused', 'CardDeclined'] },
});
