/**
 * Preloaded into the API process by the bench only (`--import`, see bench/run.ts `apiNodeFlags`),
 * so the API's own code carries no measuring: once a second it appends one JSON line to
 * `BENCH_PROBE_FILE` with what that second cost the process — event-loop delay, GC pauses, the
 * time from a pg query's submission to its answer, and waits for a pooled connection.
 */
import { appendFileSync } from 'node:fs';
import { monitorEventLoopDelay, PerformanceObserver, constants } from 'node:perf_hooks';

const file = process.env.BENCH_PROBE_FILE;

/** Sorted samples' p-th percentile (nearest rank); 0 for none. */
const pct = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : 0;
const ms = (n: number) => Math.round(n * 100) / 100;

function summary(samples: number[]) {
  const s = samples.sort((a, b) => a - b);
  return { n: s.length, p50: ms(pct(s, 50)), p99: ms(pct(s, 99)), max: ms(s[s.length - 1] ?? 0) };
}

if (file) {
  const eld = monitorEventLoopDelay({ resolution: 1 });
  eld.enable();
  let gcPauses: number[] = [];
  let majorGcMs = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      gcPauses.push(e.duration);
      const kind = (e as unknown as { detail?: { kind?: number } }).detail?.kind;
      if (kind === constants.NODE_PERFORMANCE_GC_MAJOR) majorGcMs += e.duration;
    }
  }).observe({ entryTypes: ['gc'] });

  let queries: number[] = [];
  let acquires: number[] = [];
  // The project's knex and pg are the ones this require resolves: the same module instances the API uses.
  const pg = require('pg') as { Client: { prototype: Record<string, unknown> } };
  const originalQuery = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  pg.Client.prototype.query = function timedQuery(this: unknown, ...args: unknown[]) {
    const started = performance.now();
    const done = () => queries.push(performance.now() - started);
    const last = args.length - 1;
    const callback = args[last];
    if (typeof callback === 'function')
      args[last] = (...cbArgs: unknown[]) => (done(), (callback as (...a: unknown[]) => unknown)(...cbArgs));
    const result = originalQuery.apply(this, args);
    if (result && typeof (result as Promise<unknown>).then === 'function') (result as Promise<unknown>).then(done, done);
    return result;
  };
  const tarn = require(require.resolve('tarn', { paths: [require.resolve('knex')] })) as {
    Pool: { prototype: { acquire: (...a: unknown[]) => { promise: Promise<unknown> } } };
  };
  const originalAcquire = tarn.Pool.prototype.acquire;
  tarn.Pool.prototype.acquire = function timedAcquire(this: unknown, ...args: unknown[]) {
    const started = performance.now();
    const pending = originalAcquire.apply(this, args);
    pending.promise.then(
      () => acquires.push(performance.now() - started),
      () => undefined,
    );
    return pending;
  };

  setInterval(() => {
    const line = {
      t: Date.now(),
      eld: { p50: ms(eld.percentile(50) / 1e6), p99: ms(eld.percentile(99) / 1e6), max: ms(eld.max / 1e6) },
      gc: { ...summary(gcPauses), totalMs: ms(gcPauses.reduce((a, b) => a + b, 0)), majorMs: ms(majorGcMs) },
      query: summary(queries),
      acquire: summary(acquires),
      heapMb: Math.round(process.memoryUsage().heapUsed / 2 ** 20),
    };
    eld.reset();
    gcPauses = [];
    majorGcMs = 0;
    queries = [];
    acquires = [];
    appendFileSync(file, JSON.stringify(line) + '\n');
  }, 1000).unref();
}
