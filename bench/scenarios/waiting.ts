import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fundedCustomers, waitForClosed } from '../lib/customers';
import type { Scenario } from '../lib/scenario';

const ORDERS = Number(process.env.BENCH_WAITING_ORDERS ?? 10_000);
const CUSTOMERS = 100;
const CONCURRENCY = 40;

/** Resident memory of a process and all its descendants (tsx runs the worker as a child node). */
function treeRssMb(pid: number): number {
  const out = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,rss=']).toString();
  const rows = out
    .trim()
    .split('\n')
    .map((l) => l.trim().split(/\s+/).map(Number) as [number, number, number]);
  const family = new Set([pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [p, pp] of rows) if (family.has(pp) && !family.has(p)) (family.add(p), (grew = true));
  }
  return rows.filter(([p]) => family.has(p)).reduce((s, [, , rss]) => s + rss, 0) / 1024;
}

async function pool(count: number, concurrency: number, job: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) await job(next++);
    }),
  );
}

/** 10,000 convenience-store top-ups wait for payment at once; then every slip is paid. */
export const waiting: Scenario = {
  name: 'waiting',
  description: `${ORDERS} konbini top-ups wait at once, then all are paid through the sandbox`,
  async run({ stack, db, progress }) {
    const customers = await fundedCustomers(stack.apiUrl, db, CUSTOMERS, 0, 'wait');
    const ids: string[] = [];
    await pool(ORDERS, CONCURRENCY, async (i) => {
      const c = customers[i % CUSTOMERS]!;
      const res = await fetch(`${stack.apiUrl}/v1/prepaid/topups`, {
        method: 'POST',
        headers: { authorization: `Bearer ${c.token}`, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
        body: JSON.stringify({ method: 'konbini', amount: 3000 }),
      });
      const body = (await res.json()) as { id: string };
      if (res.status >= 300) throw new Error(`top-up refused: ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
      ids.push(body.id);
      if (ids.length % 1000 === 0) progress(`${ids.length}/${ORDERS} orders accepted`);
    });
    // Every order must be parked on its payment wait before payments start.
    let slips: Array<{ id: string; number: string }> = [];
    for (let waited = 0; slips.length < ORDERS; waited++) {
      const rows = await db('orders')
        .whereIn('id', ids)
        .where({ status: 'awaiting_payment' })
        .select('id', db.raw(`next_action->>'paymentNumber' as number`));
      slips = rows.map((r) => ({ id: r.id, number: r.number }));
      if (waited % 10 === 0) progress(`${slips.length}/${ORDERS} orders waiting for payment`);
      if (slips.length < ORDERS) await new Promise((r) => setTimeout(r, 1000));
      if (waited > 600) throw new Error('orders did not all reach awaiting_payment');
    }
    const rssMb = treeRssMb(stack.worker.pid!);
    progress(`all ${ORDERS} waiting; worker RSS ${rssMb.toFixed(0)} MB; paying every slip`);
    const payStart = Date.now();
    const processor = stack.env.PROCESSOR_URL!;
    await pool(slips.length, CONCURRENCY, async (i) => {
      const res = await fetch(`${processor}/sandbox/konbini-payments/${slips[i]!.number}/pay`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`pay ${slips[i]!.number}: ${res.status}`);
    });
    const closed = await waitForClosed(db, ids, 900_000, (n) => n % 1000 < 50 && progress(`${n}/${ORDERS} credited`));
    const seconds = (Math.max(...[...closed.values()].map((c) => c.closedAt.getTime())) - payStart) / 1000;
    const credited = [...closed.values()].filter((c) => c.status === 'credited').length;
    return { orders: ORDERS, credited, seconds_to_credit_all: seconds, worker_rss_mb: rssMb };
  },
};
