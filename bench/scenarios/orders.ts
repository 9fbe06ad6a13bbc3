import { randomUUID } from 'node:crypto';
import { loadConfig } from '../../lib/config';
import { createTemporalClient } from '../../lib/temporal';
import { fundedCustomers, waitForClosed } from '../lib/customers';
import type { Scenario } from '../lib/scenario';
import { percentile } from '../lib/stats';

const CUSTOMERS = Number(process.env.BENCH_ORDERS_CUSTOMERS ?? 30);
const ORDERS_EACH = Number(process.env.BENCH_ORDERS_EACH ?? 10);

/** Runs `count` jobs with at most `concurrency` in flight. */
async function pool<T>(count: number, concurrency: number, job: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = new Array(count);
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < count) {
      const i = next++;
      out[i] = await job(i);
    }
  }));
  return out;
}

/**
 * Concurrent customers buy a SIP unique each order, paid from their balance; then the same
 * number of no-op workflows with as many activities run on the same server as the ceiling.
 */
export const orders: Scenario = {
  name: 'orders',
  description: `${CUSTOMERS} concurrent customers × ${ORDERS_EACH} unique purchases, against a no-op workflow baseline`,
  async run({ stack, db, progress }) {
    const customers = await fundedCustomers(stack.apiUrl, db, CUSTOMERS, 1_000_000, 'ord');
    progress(`${customers.length} customers funded; ordering`);
    const total = CUSTOMERS * ORDERS_EACH;
    const accepted = new Map<string, number>();
    const started = Date.now();
    await pool(total, CUSTOMERS, async (i) => {
      const c = customers[i % CUSTOMERS]!;
      const res = await fetch(`${stack.apiUrl}/v1/service-orders`, {
        method: 'POST',
        headers: { authorization: `Bearer ${c.token}`, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
        body: JSON.stringify({ circleId: c.circleId, uniques: { sip_terminal: 1 } }),
      });
      const body = (await res.json()) as { id: string };
      if (res.status !== 202) throw new Error(`order refused: ${res.status} ${JSON.stringify(body)}`);
      accepted.set(body.id, Date.now());
    });
    const closed = await waitForClosed(db, [...accepted.keys()], 600_000, (n) => progress(`${n}/${total} orders closed`));
    const failed = [...closed.values()].filter((c) => c.status !== 'completed').length;
    const latencies = [...accepted].map(([id, at]) => closed.get(id)!.closedAt.getTime() - at);
    const lastClose = Math.max(...[...closed.values()].map((c) => c.closedAt.getTime()));
    const ordersPerSec = total / ((lastClose - started) / 1000);

    const config = loadConfig(stack.env);
    const temporal = await createTemporalClient(config.temporal);
    const sample = [...accepted.keys()][0]!;
    const history = await temporal.workflow.getHandle(`ServicesOrder:${sample}`).fetchHistory();
    const activities = (history.events ?? []).filter((e) => e.activityTaskScheduledEventAttributes).length;
    progress(`baseline: ${total} no-op workflows × ${activities} activities at concurrency ${CUSTOMERS}`);
    const baseStart = Date.now();
    await pool(total, CUSTOMERS, (i) => temporal.workflow.execute('noopBaselineWorkflow', { taskQueue: config.temporal.taskQueue, workflowId: `Baseline:${randomUUID()}:${i}`, args: [activities] }));
    const baselinePerSec = total / ((Date.now() - baseStart) / 1000);
    await temporal.connection.close();
    return {
      orders: total,
      failed,
      activities_per_order: activities,
      orders_per_s: ordersPerSec,
      baseline_wf_per_s: baselinePerSec,
      ratio_to_baseline: ordersPerSec / baselinePerSec,
      p50_ms: percentile(latencies, 50),
      p95_ms: percentile(latencies, 95),
      p99_ms: percentile(latencies, 99),
    };
  },
};
