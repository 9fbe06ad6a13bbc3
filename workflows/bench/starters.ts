import type { Client } from '@temporalio/client';
import type { BaselineStep, noopBaselineWorkflow } from './baseline.workflow';

/** Runs one no-op baseline workflow of the given steps to its end (the benchmarks' yardstick). */
export async function runBaseline(client: Client, taskQueue: string, workflowId: string, steps: number | BaselineStep[]): Promise<void> {
  await client.workflow.execute<typeof noopBaselineWorkflow>('noopBaselineWorkflow', {
    taskQueue,
    workflowId,
    args: [steps],
    workflowExecutionTimeout: '3 minutes',
  });
}
