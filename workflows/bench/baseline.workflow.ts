import { proxyActivities } from '@temporalio/workflow';
import type { createBenchActivities } from '../../activities/bench/noop.activities';

const { noop } = proxyActivities<ReturnType<typeof createBenchActivities>>({ startToCloseTimeout: '10 seconds' });

/** The platform's own ceiling for the benchmark: a workflow that runs N activities that do nothing. */
export async function noopBaselineWorkflow(activityCount: number): Promise<number> {
  for (let i = 0; i < activityCount; i++) await noop();
  return activityCount;
}
