import { readFileSync } from 'node:fs';
import type { Knex } from 'knex';
import type { RunningKamailio } from '../../scripts/kamailio';
import { cpuSeconds, cpuSpent } from './cpu';
import type { SipCaller } from './sip-callers';
import { placeCalls } from './sip-phones';
import { percentile, round } from './stats';

const RATING_TIMEOUT_MS = 180_000;

/** One phase's figures: phones placing calls through one Kamailio, until every call is rated. */
export interface PhaseResult {
  placed: number;
  connected: number;
  /** "status reason" → count, and calls that neither connected nor were refused. */
  refused: Map<string, number>;
  failed: number;
  errors: string;
  /** INVITE with credentials → 180 Ringing, ms, one per connected call that rang first. */
  pddMs: number[];
  /**
   * CDR rows of the phase's uniques, how many of them are rated, and how many uniques they belong
   * to: each unique placed one call, so two CDRs of one unique would be a call billed twice. More
   * CDRs than connected calls are calls Kamailio connected after the phone had given up on them.
   */
  cdrs: number;
  rated: number;
  uniquesBilled: number;
  /** From sipp's start (the first INVITE) to the last CDR rated. */
  seconds: number;
  /** From sipp's exit (its last call ended, or its time-out) to the last CDR rated; negative when sipp waited on a stuck call. */
  ratingLagSeconds: number;
  cpu: Record<string, number>;
  /** Busy fraction of the whole machine (both cores) over the phase: ours and whatever else shares the box. */
  machineBusy: number;
}

/** Busy and total CPU ticks of the whole machine so far (/proc/stat; idle and iowait are the idle ones). */
function machineTicks(): { busy: number; total: number } {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const total = fields.reduce((a, b) => a + b, 0);
  return { busy: total - fields[3]! - fields[4]!, total };
}

// The last rated_at is when the last rating transaction began, a few ms before it committed (batches
// here are a few hundred CDRs); polling instead would add queries, and sipp's tail, to what is measured.
async function countCdrs(db: Knex, uniqueIds: string[]) {
  const { rows } = await db.raw(
    `select count(*)::int as cdrs, count(rated_at)::int as rated, count(distinct unique_id)::int as uniques,
            extract(epoch from max(rated_at)) * 1000 as last
       from cdrs where unique_id = any(?::uuid[])`,
    [uniqueIds],
  );
  return {
    cdrs: Number(rows[0].cdrs),
    rated: Number(rows[0].rated),
    uniquesBilled: Number(rows[0].uniques),
    lastRatedAt: Number(rows[0].last),
  };
}

function busySince(before: { busy: number; total: number }): number {
  const now = machineTicks();
  return (now.busy - before.busy) / Math.max(1, now.total - before.total);
}

/** Polls until every connected call has a rated CDR (or the time is up); resolves with the last counts. */
async function waitForRating(db: Knex, uniqueIds: string[], connected: number): ReturnType<typeof countCdrs> {
  const deadline = Date.now() + RATING_TIMEOUT_MS;
  for (;;) {
    const counts = await countCdrs(db, uniqueIds);
    if (counts.rated >= connected || Date.now() > deadline) return counts;
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * Each caller places one call through `kamailio` at `ratePerSecond`, talks `talkMs`, hangs up;
 * then the phase waits until the CDR shipper has posted the records and the worker rated them.
 */
export async function runPhase(opts: {
  db: Knex;
  kamailio: RunningKamailio;
  callers: SipCaller[];
  realm: string;
  number: string;
  ratePerSecond: number;
  talkMs: number;
  cpuRoots: Record<string, number | string>;
}): Promise<PhaseResult> {
  const cpuBefore = cpuSeconds(opts.cpuRoots);
  const ticksBefore = machineTicks();
  const phones = await placeCalls({
    target: opts.kamailio,
    domain: opts.realm,
    number: opts.number,
    callers: opts.callers,
    ratePerSecond: opts.ratePerSecond,
    talkMs: opts.talkMs,
  });
  const phonesDone = Date.now();
  const uniqueIds = opts.callers.map((c) => c.uniqueId);
  const { cdrs, rated, uniquesBilled, lastRatedAt } = await waitForRating(opts.db, uniqueIds, phones.connected);
  return {
    placed: phones.placed,
    connected: phones.connected,
    refused: phones.refused,
    failed: phones.failed,
    errors: phones.errors,
    pddMs: phones.pddMs,
    cdrs,
    rated,
    uniquesBilled,
    seconds: (lastRatedAt - phones.startedAt) / 1000,
    ratingLagSeconds: (lastRatedAt - phonesDone) / 1000,
    cpu: cpuSpent(cpuBefore, cpuSeconds(opts.cpuRoots)),
    machineBusy: busySince(ticksBefore),
  };
}

/** One progress line of a phase. */
export function describePhase(r: PhaseResult): string {
  const refused = [...r.refused.values()].reduce((a, b) => a + b, 0);
  return (
    `${r.connected}/${r.placed} connected (${refused} refused, ${r.failed} failed), ` +
    `PDD p50 ${round(percentile(r.pddMs, 50))} ms, p99 ${round(percentile(r.pddMs, 99))} ms, max ${round(r.pddMs.reduce((m, x) => Math.max(m, x), 0))} ms; ` +
    `${r.rated}/${r.cdrs} CDRs rated, ${round(r.rated / r.seconds, 1)} calls/s end to end (last CDR rated ${round(r.ratingLagSeconds, 1)} s after the phones finished); ` +
    `machine ${Math.round(r.machineBusy * 100)}% busy, CPU s ${JSON.stringify(r.cpu)}`
  );
}
