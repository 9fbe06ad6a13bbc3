import { proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import type { createBenchActivities } from '../../activities/bench/noop.activities';
import { HEARTBEAT_TIMEOUT } from '../activity-timeouts';

type BenchActivities = ReturnType<typeof createBenchActivities>;

const { noop } = proxyActivities<BenchActivities>({ heartbeatTimeout: HEARTBEAT_TIMEOUT, startToCloseTimeout: '10 seconds' });
const local = proxyLocalActivities<BenchActivities>({ startToCloseTimeout: '10 seconds' });

/** How each step of the baseline runs: a task through the server, or a local activity in the worker. */
export type BaselineStep = 'activity' | 'local';

/**
 * The platform's own ceiling for the benchmark: a workflow whose steps do nothing. Given a count,
 * that many server-dispatched activities; given a sequence, the same kinds in the same order as
 * the workflow it is compared with.
 */
export async function noopBaselineWorkflow(steps: number | BaselineStep[]): Promise<number> {
  const sequence: BaselineStep[] = typeof steps === 'number' ? Array.from({ length: steps }, () => 'activity') : steps;
  for (const step of sequence) await (step === 'local' ? local.noop() : noop());
  return sequence.length;
}
