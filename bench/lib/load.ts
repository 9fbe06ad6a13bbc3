import { percentile, round } from './stats';

/** What an open-loop run measured. */
export interface LoadResult {
  sent: number;
  errors: number;
  ratePerSec: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
}

/**
 * Fires requests at a fixed rate regardless of how fast answers come (open loop), so slow
 * answers show up as latency instead of silently lowering the rate. Bounded by duration.
 */
export async function fixedRate(opts: { ratePerSec: number; durationSec: number; fire: (i: number) => Promise<boolean>; onProgress?: (done: number) => void }): Promise<LoadResult> {
  const total = Math.round(opts.ratePerSec * opts.durationSec);
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const inflight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / opts.ratePerSec;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const t0 = performance.now();
    inflight.push(
      opts.fire(i).then(
        (ok) => {
          latencies.push(performance.now() - t0);
          if (!ok) errors++;
        },
        () => {
          latencies.push(performance.now() - t0);
          errors++;
        },
      ),
    );
    if (i % Math.max(1, Math.round(opts.ratePerSec)) === 0) opts.onProgress?.(i);
  }
  await Promise.all(inflight);
  const elapsed = (performance.now() - started) / 1000;
  return {
    sent: total,
    errors,
    ratePerSec: round(total / elapsed, 1),
    p50Ms: round(percentile(latencies, 50)),
    p95Ms: round(percentile(latencies, 95)),
    p99Ms: round(percentile(latencies, 99)),
  };
}
