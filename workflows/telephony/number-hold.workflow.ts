import { proxyActivities, sleep } from '@temporalio/workflow';
import type { createNumberHoldActivities } from '../../activities/telephony/number-hold.activities';
import type { NumberHoldInput } from './contract';
import { HEARTBEAT_TIMEOUT } from '../activity-timeouts';

const { expireNumberHold } = proxyActivities<ReturnType<typeof createNumberHoldActivities>>({
  heartbeatTimeout: HEARTBEAT_TIMEOUT,
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

/**
 * The cart's timer: sleeps until the hold runs out, then releases the number. An extension only
 * moves the expiry in PostgreSQL; the timer finds it there and sleeps on. A hold released or
 * bought meanwhile is simply gone.
 */
export async function numberHoldWorkflow(input: NumberHoldInput): Promise<'released' | 'gone'> {
  let expiresAt = new Date(input.expiresAt).getTime();
  for (;;) {
    const wait = expiresAt - Date.now();
    if (wait > 0) await sleep(wait);
    const r = await expireNumberHold({ holdId: input.holdId, asOf: new Date(Date.now()).toISOString() });
    if (r.state !== 'extended') return r.state;
    expiresAt = new Date(r.heldUntil).getTime();
  }
}
