import { loadConfig } from '../../lib/config';
import { settle } from '../lib/cpu';
import type { Scenario, ScenarioContext } from '../lib/scenario';
import { seedSipCallers, type SipCaller } from '../lib/sip-callers';
import { describePhase, runPhase, type PhaseResult } from '../lib/sip-phase';
import { startSipServers, type SipServers } from '../lib/sip-servers';
import { percentile } from '../lib/stats';

const RATE = Number(process.env.BENCH_SIP_RATE ?? 100);
const SECONDS = Number(process.env.BENCH_SIP_SECONDS ?? 30);
const ROUNDS = Number(process.env.BENCH_SIP_ROUNDS ?? 2);
const TALK_MS = Number(process.env.BENCH_SIP_TALK_MS ?? 1000);
// An experiment: Kamailio's UDP workers per socket (its configuration has 2).
const CHILDREN = process.env.BENCH_SIP_KAMAILIO_CHILDREN ? Number(process.env.BENCH_SIP_KAMAILIO_CHILDREN) : undefined;
const WARM_UP_SECONDS = 3;
const UNIQUES_PER_ACCOUNT = 10;
// A Tokyo fixed line: a chargeable call, so the check holds money and the CDR costs something.
const NUMBER = '0312345678';

type Arm = 'baseline' | 'checked';

/** Baseline first, then alternating, so drift of the shared box shows between rounds of the same arm. */
const ORDER: Arm[] = Array.from({ length: ROUNDS }, () => ['baseline', 'checked'] as Arm[]).flat();

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

function cpuRoots(ctx: ScenarioContext, servers: SipServers): Record<string, number | string> {
  return {
    kamailio: servers.processFragments.checked,
    kamailio_baseline: servers.processFragments.baseline,
    api: ctx.stack.api.pid!,
    postgres: `-p ${new URL(ctx.stack.env.DATABASE_URL!).port}`,
    worker: ctx.stack.worker.pid!,
    carrier: 'answer.xml',
  };
}

/** The figures of one arm over its rounds: PDD percentiles over every call, throughput over every phase. */
function armMetrics(phases: PhaseResult[]) {
  const pdd = phases.flatMap((p) => p.pddMs);
  const rated = sum(phases.map((p) => p.rated));
  return {
    p50: percentile(pdd, 50),
    p99: percentile(pdd, 99),
    callsPerSecond: rated / sum(phases.map((p) => p.seconds)),
    calls: sum(phases.map((p) => p.connected)),
    failures: sum(phases.map((p) => p.placed - p.connected)),
    // Every connected call has its CDR, every CDR is rated, and no unique (one call each) has two.
    ratedOnce: phases.every((p) => p.cdrs >= p.connected && p.rated === p.cdrs && p.uniquesBilled === p.cdrs),
    // CDRs of calls the phone gave up on (a time-out) while Kamailio connected them.
    extraCdrs: sum(phases.map((p) => p.cdrs - p.connected)),
  };
}

/**
 * Phones call out through Kamailio at a fixed RATE of call set-ups per second, each call from a
 * unique of its own, authenticated by digest, talking TALK_MS, ended by the phone; the CDR shipper
 * posts the records, the worker rates them. The same load goes alternately through a Kamailio that
 * asks POST /v1/calls/authorize (checked) and one that skips it (baseline): the PDD difference is
 * what the authorisation adds.
 */
export const sip: Scenario = {
  name: 'sip',
  description: `${RATE} call set-ups/s for ${SECONDS} s through Kamailio, ${TALK_MS} ms talk, authorised vs not, ${ORDER.join(', ')}`,
  async run(ctx) {
    const realm = loadConfig(ctx.stack.env).services.pbx.loginServer;
    const perPhase = RATE * SECONDS;
    const warmUp = RATE * WARM_UP_SECONDS;
    const callers = await seedSipCallers(ctx.db, 2 * warmUp + ORDER.length * perPhase, UNIQUES_PER_ACCOUNT, realm);
    ctx.progress(`${callers.length} uniques with SIP subscribers seeded (${UNIQUES_PER_ACCOUNT} per account)`);
    const servers = await startSipServers(ctx.stack, ctx.db, realm, CHILDREN);
    if (CHILDREN) ctx.progress(`Kamailio with children=${CHILDREN} (experiment)`);
    const roots = cpuRoots(ctx, servers);
    let next = 0;
    const take = (n: number): SipCaller[] => callers.slice(next, (next += n));
    const phase = (arm: Arm, n: number) =>
      runPhase({
        db: ctx.db,
        kamailio: servers[arm],
        callers: take(n),
        realm,
        number: NUMBER,
        ratePerSecond: RATE,
        talkMs: TALK_MS,
        cpuRoots: roots,
      });
    try {
      for (const arm of ['baseline', 'checked'] as Arm[]) ctx.progress(`warm-up, ${arm}: ${describePhase(await phase(arm, warmUp))}`);
      // As the authorize scenario does: planned on a nearly empty holds table, the check's sum of an
      // account's holds stays a sequential scan per connection (docs/performance/authorize-latency.md).
      await ctx.db.raw('analyze call_reservations');
      const results: Record<Arm, PhaseResult[]> = { baseline: [], checked: [] };
      for (const [i, arm] of ORDER.entries()) {
        const quiet = await settle({ maxBusy: 0.25, timeoutMs: 20_000 });
        const r = await phase(arm, perPhase);
        ctx.progress(`▷ ${i + 1}/${ORDER.length} ${arm} (machine ${Math.round(quiet.busy * 100)}% busy before): ${describePhase(r)}`);
        if (r.errors) ctx.progress(`  sipp: ${r.errors.split('\n').slice(0, 5).join(' | ')}`);
        if (r.refused.size) ctx.progress(`  refusals: ${JSON.stringify(Object.fromEntries(r.refused))}`);
        results[arm].push(r);
      }
      const checked = armMetrics(results.checked);
      const baseline = armMetrics(results.baseline);
      for (const arm of ['baseline', 'checked'] as Arm[])
        ctx.progress(
          `${arm} p99 by round: ${results[arm].map((r) => percentile(r.pddMs, 99).toFixed(2)).join(', ')} ms ` +
            `(p50: ${results[arm].map((r) => percentile(r.pddMs, 50).toFixed(2)).join(', ')} ms)`,
        );
      return {
        calls_per_s: checked.callsPerSecond,
        pdd_p50_ms: checked.p50,
        pdd_p99_ms: checked.p99,
        pdd_baseline_p50_ms: baseline.p50,
        pdd_baseline_p99_ms: baseline.p99,
        pdd_added_p50_ms: checked.p50 - baseline.p50,
        pdd_added_p99_ms: checked.p99 - baseline.p99,
        pdd_p99_ratio: checked.p99 / baseline.p99,
        baseline_calls_per_s: baseline.callsPerSecond,
        calls: checked.calls,
        failures: checked.failures + baseline.failures,
        rated_exactly_once: checked.ratedOnce && baseline.ratedOnce ? 1 : 0,
        cdrs_of_abandoned_calls: checked.extraCdrs + baseline.extraCdrs,
      };
    } finally {
      await servers.stop();
    }
  },
};
