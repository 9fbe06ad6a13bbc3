import { randomUUID } from 'node:crypto';
import { loadConfig } from '../../lib/config';
import { createTemporalClient } from '../../lib/temporal';
import { cpuSeconds, cpuSpent, innermost, threadCpuSeconds } from '../lib/cpu';
import { fundedCustomers, waitForClosed } from '../lib/customers';
import type { Scenario } from '../lib/scenario';
import type { BaselineStep } from '../../workflows/bench/baseline.workflow';
import { percentile } from '../lib/stats';
import { runBaseline as runBaselineWorkflow } from '../../workflows/bench/starters';

const CUSTOMERS = Number(process.env.BENCH_ORDERS_CUSTOMERS ?? 30);
const ORDERS_EACH = Number(process.env.BENCH_ORDERS_EACH ?? 20);

/** Runs `count` jobs with at most `concurrency` in flight. */
async function pool<T>(count: number, concurrency: number, job: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = new Array(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++;
        out[i] = await job(i);
      }
    }),
  );
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
    // Who spent the machine's two cores: the ratio to the baseline is mostly a CPU-share question.
    const roots = {
      api: stack.api.pid!,
      worker: stack.worker.pid!,
      postgres: `-p ${new URL(stack.env.DATABASE_URL!).port}`,
      temporal: 'server start-dev',
    };
    await db.raw('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    await db.raw('SELECT pg_stat_statements_reset()');
    const workerPid = innermost(stack.worker.pid!);
    let threadsBefore = threadCpuSeconds(workerPid);
    const threads = () => {
      const now = threadCpuSeconds(workerPid);
      const spent = Object.entries(cpuSpent(threadsBefore, now)).filter(([, v]) => v >= 0.05);
      threadsBefore = now;
      return JSON.stringify(Object.fromEntries(spent.sort((a, b) => b[1] - a[1])));
    };
    let cpuBefore = cpuSeconds(roots);
    // This process plays the customers, the PBX and the mail server: its share is not the system's.
    let benchBefore = process.cpuUsage();
    const benchCpu = () => Math.round(Object.values(process.cpuUsage(benchBefore)).reduce((a, b) => a + b, 0) / 1e4) / 100;
    const started = Date.now();
    // How long a customer waits for the POST's answer: the placement waits for the order row.
    const postMs: number[] = [];
    await pool(total, CUSTOMERS, async (i) => {
      const c = customers[i % CUSTOMERS]!;
      const sent = performance.now();
      const res = await fetch(`${stack.apiUrl}/v1/service-orders`, {
        method: 'POST',
        headers: { authorization: `Bearer ${c.token}`, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
        body: JSON.stringify({ circleId: c.circleId, uniques: { sip_terminal: 1 } }),
      });
      const body = (await res.json()) as { id: string };
      postMs.push(performance.now() - sent);
      if (res.status !== 201) throw new Error(`order refused: ${res.status} ${JSON.stringify(body)}`);
      accepted.set(body.id, Date.now());
    });
    const closed = await waitForClosed(db, [...accepted.keys()], 600_000, (n) => progress(`${n}/${total} orders closed`));
    const failed = [...closed.values()].filter((c) => c.status !== 'completed').length;
    const latencies = [...accepted].map(([id, at]) => closed.get(id)!.closedAt.getTime() - at);
    const lastClose = Math.max(...[...closed.values()].map((c) => c.closedAt.getTime()));
    const ordersPerSec = total / ((lastClose - started) / 1000);
    progress(
      `orders: CPU seconds ${JSON.stringify({ ...cpuSpent(cpuBefore, cpuSeconds(roots)), bench: benchCpu() })} over ${((lastClose - started) / 1000).toFixed(1)} s; worker threads ${threads()}`,
    );

    const top = await db.raw(
      `SELECT calls, round(total_exec_time::numeric, 0) AS ms, left(regexp_replace(query, '\\s+', ' ', 'g'), 110) AS q FROM pg_stat_statements ORDER BY calls DESC LIMIT 40`,
    );
    const statements = top.rows as Array<{ calls: string; ms: string; q: string }>;
    progress(`statements per order: ${(statements.reduce((s, r) => s + Number(r.calls), 0) / total).toFixed(1)} (top 40 shown)`);
    for (const r of statements) progress(`  ${(Number(r.calls) / total).toFixed(2)}/order ${r.ms} ms  ${r.q}`);
    const config = loadConfig(stack.env);
    const temporal = await createTemporalClient(config.temporal);
    const sample = [...accepted.keys()][0]!;
    const history = await temporal.workflow.getHandle(`ServicesOrder:${sample}`).fetchHistory();
    // The baseline runs the same steps, of the same kinds, in the same order as the sample order.
    const sequence: BaselineStep[] = (history.events ?? []).flatMap((e): BaselineStep[] =>
      e.activityTaskScheduledEventAttributes
        ? ['activity']
        : e.markerRecordedEventAttributes?.markerName === 'core_local_activity'
          ? ['local']
          : [],
    );
    const local = sequence.filter((k) => k === 'local').length;
    progress(
      `baseline: ${total} no-op workflows × ${sequence.length} activities (${local} local: ${sequence.join(', ')}) at concurrency ${CUSTOMERS}`,
    );
    /** Runs the no-op workflow `total` times with the given steps; workflows per second. */
    const runBaseline = async (label: string, steps: BaselineStep[]) => {
      cpuBefore = cpuSeconds(roots);
      threads();
      benchBefore = process.cpuUsage();
      const at = Date.now();
      await pool(total, CUSTOMERS, (i) => runBaselineWorkflow(temporal, config.temporal.taskQueue, `Baseline:${randomUUID()}:${i}`, steps));
      const seconds = (Date.now() - at) / 1000;
      progress(
        `${label}: CPU seconds ${JSON.stringify({ ...cpuSpent(cpuBefore, cpuSeconds(roots)), bench: benchCpu() })} over ${seconds.toFixed(1)} s; worker threads ${threads()}`,
      );
      return total / seconds;
    };
    const baselinePerSec = await runBaseline('baseline', sequence);
    // For comparison only: the same number of steps, every one a server-dispatched activity.
    const remote = sequence.map((): BaselineStep => 'activity');
    const remotePerSec = local ? await runBaseline(`all-remote baseline (${remote.length} activities)`, remote) : baselinePerSec;
    await temporal.connection.close();
    return {
      orders: total,
      failed,
      activities_per_order: sequence.length,
      local_activities_per_order: local,
      orders_per_s: ordersPerSec,
      baseline_wf_per_s: baselinePerSec,
      ratio_to_baseline: ordersPerSec / baselinePerSec,
      all_remote_baseline_wf_per_s: remotePerSec,
      ratio_to_all_remote_baseline: ordersPerSec / remotePerSec,
      p50_ms: percentile(latencies, 50),
      p95_ms: percentile(latencies, 95),
      p99_ms: percentile(latencies, 99),
      post_p50_ms: percentile(postMs, 50),
      post_p99_ms: percentile(postMs, 99),
    };
  },
};
