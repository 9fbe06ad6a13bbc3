import { allHandlersFinished, condition, continueAsNew, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import type { createBillingActivities } from '../../activities/billing/billing.activities';
import { cdrsIngestedSignal, type CdrRatingInput } from './contract';
import { HEARTBEAT_TIMEOUT } from '../activity-timeouts';

const { rateCdrs } = proxyActivities<ReturnType<typeof createBillingActivities>>({
  heartbeatTimeout: HEARTBEAT_TIMEOUT,
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds' },
});

/**
 * The one CDR rating loop: woken by ingest signals (or a periodic sweep), it runs an activity
 * that rates unrated CDRs in set-based batches, one transaction per batch. It never carries a
 * call record itself, so its history grows per batch, not per call.
 */
export async function cdrRatingWorkflow(input: CdrRatingInput): Promise<void> {
  let pending = input.pending ?? true;
  setHandler(cdrsIngestedSignal, () => {
    pending = true;
  });
  for (let round = 0; round < input.maxRoundsPerRun && !workflowInfo().continueAsNewSuggested; round++) {
    await condition(() => pending, `${input.sweepSeconds} seconds`);
    pending = false;
    const { remaining } = await rateCdrs({ batchSize: input.batchSize });
    if (remaining) pending = true;
  }
  await condition(allHandlersFinished);
  await continueAsNew<typeof cdrRatingWorkflow>({ ...input, pending: true });
}
