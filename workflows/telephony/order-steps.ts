import { ActivityFailure, ApplicationFailure, condition, patched, proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import type { createBillingActivities } from '../../activities/billing/billing.activities';
import type { createOrderStatusActivities } from '../../activities/orders/order-status.activities';
import type { createServicesOrderActivities } from '../../activities/telephony/services-order.activities';
import type { StatusChange } from '../../domain/orders/status-change';
import { SERVICES_FAILURES, type CarrierResult, type LineResult, type ServicesOrderInput } from './contract';
import { HEARTBEAT_TIMEOUT } from '../activity-timeouts';

type Acts = ReturnType<typeof createServicesOrderActivities>;

/**
 * Forward steps that call an outside party (PBX, carrier) run as server-dispatched activities. They
 * give up after a while, so a broken party ends the order (and its saga) instead of hanging it.
 */
export const steps = proxyActivities<Acts>({
  heartbeatTimeout: HEARTBEAT_TIMEOUT,
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', maximumAttempts: 15 },
});

/**
 * Forward steps that only touch our own database are short transactions: they run as local
 * activities in the worker, recorded as markers, which saves the server a task round trip each.
 * They are idempotent like every step, since a local activity may run again after a crash.
 */
export const dbSteps = proxyLocalActivities<Acts>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '500 milliseconds', maximumInterval: '30 seconds', maximumAttempts: 15 },
});

/**
 * After the order is complete: the account's billing cycle and the thank-you mail. They retry
 * until they succeed, however long Temporal or the mail server is away, and never undo the order.
 */
export const afterCompletion = proxyLocalActivities<Acts & Pick<ReturnType<typeof createBillingActivities>, 'ensureBillingCycle'>>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '5 minutes' },
});

/** The order's status row. */
export const orderRow = proxyActivities<ReturnType<typeof createOrderStatusActivities>>({
  heartbeatTimeout: HEARTBEAT_TIMEOUT,
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '500 milliseconds', maximumInterval: '30 seconds' },
});

/** Compensations must finish: they retry until they do. */
export const undo = proxyActivities<Acts>({
  heartbeatTimeout: HEARTBEAT_TIMEOUT,
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '5 minutes' },
});

/** Customer mails about an order that ended badly: they retry until the mail server takes them. */
export const notices = proxyActivities<Acts>({
  heartbeatTimeout: HEARTBEAT_TIMEOUT,
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '5 minutes' },
});

/** The order's lines, all "ordered" at first. */
export function initialLines(input: ServicesOrderInput): LineResult[] {
  return [
    ...input.uniques.map((u) => ({ type: 'unique' as const, id: u.id, kind: u.kind, status: 'ordered' as const })),
    ...input.numbers.map((n) => ({
      type: 'number' as const,
      id: n.id,
      number: n.number,
      kind: n.kind,
      status: 'ordered' as const,
      reason: null,
    })),
  ];
}

/** Sets the status of lines of one type (optionally only those in a given status). */
export function markLines(lines: LineResult[], type: 'unique' | 'number', status: string, onlyFrom?: string[]): void {
  for (const l of lines) if (l.type === type && (!onlyFrom || onlyFrom.includes(l.status))) (l as { status: string }).status = status;
}

/** Patch marker: a number the carrier refuses fails only its own line (before: the whole order). */
const REFUSED_LINE = 'services-refused-line';

/**
 * Asks the carrier to route every number, then waits for its answers (signals from the webhook).
 * Answers the IDs of the numbers the carrier refused when the order still has something to buy
 * without them (their lines are marked refused). Fails with NumberActivationFailed when the
 * carrier refuses everything the order holds, or CarrierTimeout.
 */
export async function activateNumbers(
  input: ServicesOrderInput,
  answers: Map<string, CarrierResult>,
  lines: LineResult[],
  status: (lines: LineResult[]) => StatusChange,
): Promise<string[]> {
  if (input.numbers.length === 0) return [];
  markLines(lines, 'number', 'activating');
  const immediate = await steps.requestNumberActivations({ orderId: input.orderId, status: status(lines) });
  for (const r of immediate) {
    if ((r.state === 'active' || r.state === 'failed') && !answers.has(r.numberId))
      answers.set(r.numberId, { numberId: r.numberId, outcome: r.state, reason: r.state === 'failed' ? 'refused_by_carrier' : null });
  }
  const allAnswered = await condition(() => input.numbers.every((n) => answers.has(n.id)), `${input.carrierTimeoutHours} hours`);
  const results = [...answers.values()];
  await dbSteps.recordNumberActivations({ results });
  for (const l of lines) {
    const a = l.type === 'number' ? answers.get(l.id) : undefined;
    if (l.type === 'number' && a) Object.assign(l, { status: a.outcome, reason: a.reason });
  }
  if (!allAnswered) throw ApplicationFailure.nonRetryable('the carrier did not answer in time', SERVICES_FAILURES.carrierTimeout.type);
  const failed = results.filter((r) => r.outcome === 'failed');
  const keepsSomething = input.uniques.length > 0 || failed.length < input.numbers.length;
  if (failed.length && keepsSomething && patched(REFUSED_LINE)) {
    const refused = new Set(failed.map((f) => f.numberId));
    for (const l of lines) if (l.type === 'number' && refused.has(l.id)) l.status = 'refused';
    return [...refused];
  }
  if (failed.length) {
    const numbers = failed.map((f) => input.numbers.find((n) => n.id === f.numberId)?.number ?? f.numberId);
    throw ApplicationFailure.nonRetryable(
      `the carrier could not activate ${numbers.join(', ')}`,
      SERVICES_FAILURES.numberActivationFailed.type,
      { numbers, reasons: failed.map((f) => f.reason) },
    );
  }
  return [];
}

/** A short machine-readable reason for the order's failure, from a typed failure when there is one. */
export function failureReason(err: unknown): string {
  const cause = err instanceof ActivityFailure ? err.cause : err;
  if (cause instanceof ApplicationFailure && cause.type) return `${cause.type}: ${cause.message}`;
  return err instanceof Error ? err.message : String(err);
}
