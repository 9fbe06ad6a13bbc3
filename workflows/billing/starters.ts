import type { Client } from '@temporalio/client';
import type { billingWorkflow } from './billing.workflow';
import type { cdrRatingWorkflow } from './cdr-rating.workflow';
import { billingWorkflowId, cdrRatingWorkflowId, cdrsIngestedSignal, type BillingInput, type CdrRatingInput } from './contract';

/** Starts `Billing:<accountId>` unless it runs; safe to call any number of times. */
export async function startBillingCycle(client: Client, taskQueue: string, input: BillingInput): Promise<void> {
  try {
    await client.workflow.start<typeof billingWorkflow>('billingWorkflow', {
      taskQueue,
      workflowId: billingWorkflowId(input.accountId),
      args: [input],
      workflowIdConflictPolicy: 'USE_EXISTING',
    });
  } catch (err) {
    if ((err as Error).name !== 'WorkflowExecutionAlreadyStartedError') throw err;
  }
}

/** Tells the CDR rating workflow that CDRs are waiting, starting it when it does not run. */
export async function wakeCdrRating(client: Client, taskQueue: string, input: CdrRatingInput): Promise<void> {
  await client.workflow.signalWithStart<typeof cdrRatingWorkflow, []>('cdrRatingWorkflow', {
    workflowId: cdrRatingWorkflowId(taskQueue),
    taskQueue,
    args: [input],
    signal: cdrsIngestedSignal,
    signalArgs: [],
  });
}
