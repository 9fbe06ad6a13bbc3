import { join } from 'node:path';
import { keepAlivePoster } from '../lib/client';
import { cpuSeconds, cpuSpent, runQueueSeconds } from '../lib/cpu';
import { DESTINATIONS, seedCallers } from '../lib/billing';
import { startBackground } from '../lib/background';
import { probeSeconds, probeWindows, sampleDatabaseWaits, summariseProbe } from '../lib/latency-diagnostics';
import { fixedRate, windowPercentiles } from '../lib/load';
import { pbxHeaders } from '../lib/pbx';
import { reniceSelf } from '../lib/priority';
import type { Scenario, ScenarioContext } from '../lib/scenario';
import { latencyNiceFromEnv } from '../../scripts/stack';
import { percentile } from '../lib/stats';
import { vegetaAttack } from '../lib/vegeta';

const RATE = Number(process.env.BENCH_AUTHORIZE_RATE ?? 1000);
const SECONDS = Number(process.env.BENCH_AUTHORIZE_SECONDS ?? 60);
const RUNS = Number(process.env.BENCH_AUTHORIZE_RUNS ?? 1);
const CONDITIONS = (process.env.BENCH_AUTHORIZE_CONDITIONS ?? 'quiet').split(',') as Condition[];
const GENERATORS = (process.env.BENCH_AUTHORIZE_GENERATORS ?? 'bench').split(',') as Generator[];
const BACKGROUND = process.env.BENCH_BACKGROUND ?? 'cpu:2:0.5';
const ACCOUNTS = 500;
const UNIQUES_EACH = 2;
const root = join(__dirname, '..', '..');

type Condition = 'quiet' | 'loaded';
type Generator = 'bench' | 'vegeta';

/** One measured run: the generator's figures. */
interface Figures {
  rate: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
}

async function setUp({ stack, db }: ScenarioContext) {
  const { uniqueIds } = await seedCallers(db, ACCOUNTS, UNIQUES_EACH);
  const { headers, as } = await pbxHeaders(stack, db);
  const runId = Date.now().toString(36);
  const body = (i: number) => ({
    uniqueId: uniqueIds[(i * 7919) % uniqueIds.length],
    destination: DESTINATIONS[i % DESTINATIONS.length],
    callId: `bench-${runId}-${i}`,
  });
  return { uniqueCount: uniqueIds.length, headers, as, body };
}

type Setup = Awaited<ReturnType<typeof setUp>>;

/** The bench's own open-loop generator; every request is a new call ID from `offset` on. */
async function benchGenerator(
  ctx: ScenarioContext,
  s: Setup,
  offset: number,
  seconds: number,
): Promise<Figures & { byIndex: Float64Array }> {
  const client = keepAlivePoster(ctx.stack.apiUrl, s.headers);
  // Why requests failed, by HTTP status or client error, so an error count can be explained.
  const failures = new Map<string, number>();
  const fail = (why: string) => (failures.set(why, (failures.get(why) ?? 0) + 1), false);
  const fire = async (i: number) => {
    const status = await client
      .post('/v1/calls/authorize', s.body(offset + i))
      .catch((err: NodeJS.ErrnoException) => fail(err.code ?? err.message));
    return status === 200 || (status !== false && fail(`HTTP ${status}`));
  };
  const r = await fixedRate({ ratePerSec: RATE, durationSec: seconds, fire });
  client.close();
  if (failures.size) ctx.progress(`failures: ${JSON.stringify(Object.fromEntries(failures))}`);
  return { rate: r.ratePerSec, p50: r.p50Ms, p99: r.p99Ms, max: r.maxMs, errors: r.errors, byIndex: r.byIndex };
}

/** vegeta on the same route, bodies and key. */
async function vegetaGenerator(ctx: ScenarioContext, s: Setup, offset: number, seconds: number, nice: number): Promise<Figures> {
  const r = await vegetaAttack({
    root,
    url: `${ctx.stack.apiUrl}/v1/calls/authorize`,
    headers: s.headers,
    ratePerSec: RATE,
    durationSec: seconds,
    body: (i) => s.body(offset + i),
    nice,
  });
  if (r.errors) ctx.progress(`vegeta status codes: ${JSON.stringify(r.statusCodes)}`);
  return { rate: r.ratePerSec, p50: r.p50Ms, p99: r.p99Ms, max: r.maxMs, errors: r.errors };
}

/** One run under one condition with one generator, with the diagnostics of where its time went. */
async function measure(ctx: ScenarioContext, s: Setup, condition: Condition, generator: Generator, offset: number): Promise<Figures> {
  const { stack, progress } = ctx;
  const generatorNice = Number(process.env.BENCH_GENERATOR_NICE ?? latencyNiceFromEnv(process.env));
  const background = condition === 'loaded' ? startBackground(BACKGROUND, root) : undefined;
  if (background) progress(`background load: ${background.description}`);
  try {
    await endBenchCalls(ctx);
    // The warm-up lets the background job and JIT settle; its calls are not counted.
    await benchGenerator(ctx, s, offset + 5_000_000, 3);
    await analyzeHolds(ctx);
    const roots = {
      api: stack.api.pid!,
      postgres: `-p ${new URL(stack.env.DATABASE_URL!).port}`,
      temporal_and_worker: stack.worker.pid!,
    };
    const holdsBefore = await countHolds(ctx);
    const sampler = await sampleDatabaseWaits(stack.env.DATABASE_URL!);
    const cpuBefore = cpuSeconds(roots);
    const queuedBefore = runQueueSeconds({ ...roots, bench: process.pid });
    const benchBefore = process.cpuUsage();
    const started = Date.now();
    const restore = generator === 'bench' ? reniceSelf(generatorNice) : () => undefined;
    const r =
      generator === 'bench'
        ? await benchGenerator(ctx, s, offset, SECONDS).finally(restore)
        : await vegetaGenerator(ctx, s, offset, SECONDS, generatorNice);
    const ended = Date.now();
    const bench = process.cpuUsage(benchBefore);
    const queued = cpuSpent(queuedBefore, runQueueSeconds({ ...roots, bench: process.pid }));
    const db = await sampler.stop();
    const cpu = { ...cpuSpent(cpuBefore, cpuSeconds(roots)), bench: Math.round((bench.user + bench.system) / 1e4) / 100 };
    const holds = (await countHolds(ctx)) - holdsBefore;
    progress(
      `${condition}/${generator}: rate ${r.rate}/s, p50 ${r.p50} ms, p99 ${r.p99} ms, max ${r.max} ms, errors ${r.errors}, holds recorded ${holds}`,
    );
    progress(`  CPU seconds over ${SECONDS} s: ${JSON.stringify(cpu)}`);
    // "bench" is this process: the generator when it is the bench's, idle beside vegeta (which has exited by now, its figures gone with it).
    progress(`  seconds runnable but waiting for a core: ${JSON.stringify(queued)}`);
    progress(`  PostgreSQL, authorisations in flight: ${JSON.stringify(db)}`);
    const probeFile = stack.env.BENCH_PROBE_FILE;
    if (probeFile) {
      const seconds = probeSeconds(probeFile, started, ended);
      progress(`  API process: ${JSON.stringify(summariseProbe(seconds))}`);
      const windows = Math.floor(SECONDS / 5);
      if ('byIndex' in r) progress(`  per 5 s, request p99 ms: ${windowPercentiles(r.byIndex as Float64Array, RATE * 5, 99).join(' ')}`);
      progress(`  per 5 s, API loop stall / GC pause / query max ms: ${probeWindows(seconds, started, windows)}`);
    }
    // Every call is allowed and holds money but free calls (0120), which cost the caller nothing; far fewer holds
    // would mean refusals (a seeded unique without a caller ID, say), another and cheaper path than the one to measure.
    const expected = Array.from({ length: RATE * SECONDS }, (_, i) => s.body(offset + i)).filter(
      (b) => !b.destination!.startsWith('0120'),
    ).length;
    if (holds < expected / 2) throw new Error(`only ${holds} holds for ${expected} chargeable calls: the run measured refusals`);
    return r;
  } finally {
    await background?.stop();
  }
}

/**
 * Settles the holds of earlier runs, as their calls' CDRs would: each run starts, like the first,
 * with no call in progress, and not behind the previous runs' hundreds of holds per account that
 * every authorisation would have to sum (no CDR ever arrives in this scenario).
 */
async function endBenchCalls({ db }: ScenarioContext) {
  await db('call_reservations').where('call_id', 'like', 'bench-%').delete();
  // Dead index entries of earlier runs' holds would otherwise slow every later run's sums.
  await db.raw('vacuum call_reservations');
}

/**
 * Statistics for the holds table as it is while calls go on. Planned on statistics of a nearly
 * empty table, the function's sum of an account's holds is a sequential scan, and each pooled
 * connection keeps that plan until autovacuum's next ANALYZE (a minute or more): measured, 17,745
 * scans reading 346 million rows in one minute, PostgreSQL using 1.3 cores. See
 * docs/performance/authorize-latency.md for the production side of this.
 */
async function analyzeHolds({ db }: ScenarioContext) {
  await db.raw('analyze call_reservations');
}

const countHolds = async ({ db }: ScenarioContext) => Number((await db('call_reservations').count({ n: '*' }))[0]!.n);

const median = (xs: number[]) => percentile(xs, 50);

/**
 * The PBX asks before each outside call: POST /v1/calls/authorize at a fixed rate, every request
 * a new call of one of 1,000 uniques to a mix of destinations, each allowed call recording a hold.
 * `BENCH_AUTHORIZE_RUNS`, `_CONDITIONS` (quiet, loaded: with `BENCH_BACKGROUND` running) and
 * `_GENERATORS` (bench, vegeta) repeat it, interleaved, so drift of the box hits every variant alike.
 */
export const authorize: Scenario = {
  name: 'authorize',
  description: `POST /v1/calls/authorize at ${RATE} req/s for ${SECONDS} s (latency from the scheduled send time), ${RUNS} × ${CONDITIONS.join('+')} × ${GENERATORS.join('+')}`,
  async run(ctx) {
    const s = await setUp(ctx);
    ctx.progress(`${s.uniqueCount} uniques of ${ACCOUNTS} accounts, authenticated by ${s.as}`);
    const figures = new Map<string, Figures[]>();
    let offset = 0;
    for (let run = 1; run <= RUNS; run++)
      for (const condition of CONDITIONS)
        for (const generator of GENERATORS) {
          ctx.progress(`▷ run ${run}/${RUNS}, ${condition}, ${generator} generator`);
          const r = await measure(ctx, s, condition, generator, offset);
          offset += 10_000_000;
          const key = `${condition === 'quiet' ? '' : `${condition}_`}${generator === 'bench' ? '' : `${generator}_`}`;
          figures.set(key, [...(figures.get(key) ?? []), r]);
        }
    const metrics: Record<string, number> = {};
    for (const [key, rs] of figures) {
      ctx.progress(`${key || 'quiet_bench_'}p99_ms runs: ${rs.map((r) => r.p99).join(', ')} (p50: ${rs.map((r) => r.p50).join(', ')})`);
      Object.assign(metrics, {
        [`${key}rate_per_s`]: median(rs.map((r) => r.rate)),
        [`${key}p50_ms`]: median(rs.map((r) => r.p50)),
        [`${key}p99_ms`]: median(rs.map((r) => r.p99)),
        [`${key}errors`]: rs.reduce((a, r) => a + r.errors, 0),
      });
    }
    return metrics;
  },
};
