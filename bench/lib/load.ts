import { percentile, round } from './stats';

/** What an open-loop run measured. */
export interface LoadResult {
  sent: number;
  errors: number;
  ratePerSec: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Latency of each request by its index (in send order), for looking at where the tail sits. */
  byIndex: Float64Array;
}

/**
 * Fires requests at a fixed rate whatever the answers do (open loop), and measures each latency
 * from the instant the request was due, not from when it left: if the client or the server
 * stalls, the requests queued behind the stall show it as latency (no coordinated omission).
 */
export async function fixedRate(opts: {
  ratePerSec: number;
  durationSec: number;
  fire: (i: number) => Promise<boolean>;
  onProgress?: (sent: number) => void;
}): Promise<LoadResult> {
  const total = Math.round(opts.ratePerSec * opts.durationSec);
  const latencies: number[] = [];
  const byIndex = new Float64Array(total);
  const inflight: Promise<void>[] = [];
  let errors = 0;
  let sent = 0;
  let nextProgress = opts.ratePerSec * 5;
  const started = performance.now();
  await new Promise<void>((done) => {
    const tick = () => {
      const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * opts.ratePerSec) + 1);
      while (sent < due) {
        const i = sent;
        const scheduled = started + (i * 1000) / opts.ratePerSec;
        const settle = (ok: boolean) => {
          byIndex[i] = performance.now() - scheduled;
          latencies.push(byIndex[i]!);
          if (!ok) errors++;
        };
        inflight.push(opts.fire(i).then(settle, () => settle(false)));
        sent++;
      }
      if (sent >= nextProgress) {
        opts.onProgress?.(sent);
        nextProgress += opts.ratePerSec * 5;
      }
      if (sent >= total) done();
      // A 1 ms timer, not setImmediate: a busy loop here would take a core from the API and PostgreSQL.
      else setTimeout(tick, 1);
    };
    tick();
  });
  await Promise.all(inflight);
  const elapsed = (performance.now() - started) / 1000;
  return {
    sent: total,
    errors,
    ratePerSec: round(total / elapsed, 1),
    p50Ms: round(percentile(latencies, 50)),
    p95Ms: round(percentile(latencies, 95)),
    p99Ms: round(percentile(latencies, 99)),
    maxMs: round(latencies.reduce((m, l) => Math.max(m, l), 0)),
    byIndex,
  };
}

/** The p-th percentile of each window of `windowSize` requests, to tell a steady tail from a few stalls. */
export function windowPercentiles(byIndex: Float64Array, windowSize: number, p: number): number[] {
  const out: number[] = [];
  for (let at = 0; at < byIndex.length; at += windowSize) out.push(round(percentile([...byIndex.subarray(at, at + windowSize)], p)));
  return out;
}
