import { proxyActivities } from '@temporalio/workflow';
import type { createPrepaidActivities } from '../../activities/prepaid';
import { HEARTBEAT_TIMEOUT } from '../activity-timeouts';
import { TOPUP_FAILURES } from './contract';

type PaymentActivities = ReturnType<typeof createPrepaidActivities>;

/** The top-up activities as workflow code calls them; transient errors retry, typed failures don't. */
export const topupActivities = proxyActivities<PaymentActivities>({
  heartbeatTimeout: HEARTBEAT_TIMEOUT,
  startToCloseTimeout: '30 seconds',
  retry: {
    initialInterval: '1 second',
    maximumInterval: '1 minute',
    nonRetryableErrorTypes: [TOPUP_FAILURES.cardRefused.type, TOPUP_FAILURES.cardDeclined.type],
  },
});
