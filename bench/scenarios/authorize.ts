import { keepAlivePoster } from '../lib/client';
import { cpuSeconds, cpuSpent } from '../lib/cpu';
import { DESTINATIONS, seedCallers } from '../lib/billing';
import { fixedRate, windowPercentiles } from '../lib/load';
import { pbxHeaders } from '../lib/pbx';
import type { Scenario } from '../lib/scenario';

const RATE = Number(process.env.BENCH_AUTHORIZE_RATE ?? 1000);
const SECONDS = Number(process.env.BENCH_AUTHORIZE_SECONDS ?? 60);
const ACCOUNTS = 500;
const UNIQUES_EACH = 2;

/**
 * The PBX asks before each outside call: POST /v1/calls/authorize at a fixed rate, every request
 * a new call of one of 1,000 uniques to a mix of destinations, each allowed call recording a hold.
 */
export const authorize: Scenario = {
  name: 'authorize',
  description: `POST /v1/calls/authorize at ${RATE} req/s for ${SECONDS} s (latency from the scheduled send time)`,
  async run({ stack, db, progress }) {
    const { uniqueIds } = await seedCallers(db, ACCOUNTS, UNIQUES_EACH);
    const { headers, as } = await pbxHeaders(stack, db);
    const client = keepAlivePoster(stack.apiUrl, headers);
    const runId = Date.now().toString(36);
    // Why requests failed, by HTTP status or client error, so an error count can be explained.
    const failures = new Map<string, number>();
    const fail = (why: string) => (failures.set(why, (failures.get(why) ?? 0) + 1), false);
    const fire = async (i: number) => {
      const status = await client
        .post('/v1/calls/authorize', {
          uniqueId: uniqueIds[(i * 7919) % uniqueIds.length],
          destination: DESTINATIONS[i % DESTINATIONS.length],
          callId: `bench-${runId}-${i}`,
        })
        .catch((err: NodeJS.ErrnoException) => fail(err.code ?? err.message));
      return status === 200 || (status !== false && fail(`HTTP ${status}`));
    };
    progress(`${uniqueIds.length} uniques of ${ACCOUNTS} accounts, authenticated by ${as}; warming up for 3 s`);
    await fixedRate({ ratePerSec: RATE, durationSec: 3, fire: (i) => fire(i + 10_000_000) });
    const roots = { api: stack.api.pid!, postgres: `-p ${new URL(stack.env.DATABASE_URL!).port}` };
    const cpuBefore = cpuSeconds(roots);
    const benchBefore = process.cpuUsage();
    const r = await fixedRate({
      ratePerSec: RATE,
      durationSec: SECONDS,
      fire,
      onProgress: (n) => progress(`${n}/${RATE * SECONDS} requests sent`),
    });
    client.close();
    if (failures.size) progress(`failures: ${JSON.stringify(Object.fromEntries(failures))}`);
    const bench = process.cpuUsage(benchBefore);
    progress(
      `CPU seconds spent over ${SECONDS} s: ${JSON.stringify({ ...cpuSpent(cpuBefore, cpuSeconds(roots)), bench: Math.round((bench.user + bench.system) / 1e4) / 100 })}`,
    );
    progress(`p95 ${r.p95Ms} ms, max ${r.maxMs} ms; p99 per 5 s: ${windowPercentiles(r.byIndex, RATE * 5, 99).join(' ')} ms`);
    return { rate_per_s: r.ratePerSec, p50_ms: r.p50Ms, p99_ms: r.p99Ms, errors: r.errors };
  },
};
