import type { Client } from '@temporalio/client';
import { devicesOrderWorkflowId } from '../../workflows/devices/contract';
import { servicesOrderWorkflowId } from '../../workflows/telephony/contract';
import { topupWorkflowId } from '../../workflows/prepaid/contract';
import type { CheckResult } from './checks';
import type { TrackedOrder } from './workload';

/** Statuses an order rests in with its workflow still running by design (a credit waiting for business hours). */
const RESTING = new Set(['credit_scheduled']);

const workflowIdOf = (o: TrackedOrder & { orderId: string }) =>
  o.kind === 'topup'
    ? topupWorkflowId(o.orderId)
    : o.kind === 'services'
      ? servicesOrderWorkflowId(o.orderId)
      : devicesOrderWorkflowId(o.orderId);

/** An order's workflow as the settle step found it. */
export interface WorkflowSettle {
  workflowId: string;
  status: string;
  /** Seconds from the moment the run's clients were done until the workflow had closed. */
  closedAfterSec?: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Waits (bounded by the deadline) until the workflow of every order that must end has closed: its
 * mails are sent and its steps are done, not only its status row written. Temporal being restarted
 * meanwhile is waited out.
 */
export async function settleWorkflows(temporal: Client, orders: TrackedOrder[], from: number, deadline: number): Promise<WorkflowSettle[]> {
  const pending = orders
    .filter((o): o is TrackedOrder & { orderId: string } => !!o.orderId && !RESTING.has(o.expected))
    .map((o): WorkflowSettle => ({ workflowId: workflowIdOf(o), status: 'UNKNOWN' }));
  const all = [...pending];
  while (pending.length && Date.now() < deadline) {
    for (let i = pending.length - 1; i >= 0; i--) {
      const w = pending[i]!;
      try {
        w.status = (await temporal.workflow.getHandle(w.workflowId).describe()).status.name;
      } catch {
        continue;
      }
      if (w.status !== 'RUNNING') {
        w.closedAfterSec = (Date.now() - from) / 1000;
        pending.splice(i, 1);
      }
    }
    if (pending.length) await sleep(500);
  }
  return all;
}

/** Every order workflow that must end has completed (not failed, timed out or still running). */
export function checkWorkflows(settled: WorkflowSettle[], boundSec: number): CheckResult {
  const problems = settled
    .filter((w) => w.status !== 'COMPLETED')
    .map((w) => `${w.workflowId} ${w.status} ${boundSec} s after the clients were done`);
  return { name: 'workflows', ok: problems.length === 0, problems };
}
