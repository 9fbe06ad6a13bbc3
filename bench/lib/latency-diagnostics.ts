import { existsSync, readFileSync } from 'node:fs';
import { Client } from 'pg';
import { percentile, round } from './stats';

/** One second of the API process as bench/lib/api-probe.ts wrote it. */
interface ProbeSecond {
  t: number;
  eld: { p50: number; p99: number; max: number };
  gc: { n: number; p50: number; p99: number; max: number; totalMs: number; majorMs: number };
  query: { n: number; p50: number; p99: number; max: number };
  acquire: { n: number; p50: number; p99: number; max: number };
  heapMb: number;
}

/** The API process's seconds between two instants. */
export function probeSeconds(file: string, from: number, to: number): ProbeSecond[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as ProbeSecond)
    .filter((s) => s.t > from && s.t <= to + 1000);
}

/** What the API process's seconds add up to: event-loop stalls, GC pauses, database and pool waits. */
export function summariseProbe(seconds: ProbeSecond[]) {
  const all = (f: (s: ProbeSecond) => number) => seconds.map(f);
  const max = (xs: number[]) => round(xs.reduce((m, x) => Math.max(m, x), 0));
  return {
    seconds: seconds.length,
    eventLoopDelay_p99_of_seconds_ms: round(
      percentile(
        all((s) => s.eld.p99),
        50,
      ),
    ),
    eventLoopDelay_max_ms: max(all((s) => s.eld.max)),
    seconds_with_loop_stall_over_10ms: seconds.filter((s) => s.eld.max > 10).length,
    gc_ms_per_s: round(all((s) => s.gc.totalMs).reduce((a, b) => a + b, 0) / Math.max(1, seconds.length)),
    gc_pauses_per_s: round(all((s) => s.gc.n).reduce((a, b) => a + b, 0) / Math.max(1, seconds.length)),
    gc_max_pause_ms: max(all((s) => s.gc.max)),
    gc_major_ms_total: round(all((s) => s.gc.majorMs).reduce((a, b) => a + b, 0)),
    query_p99_of_seconds_ms: round(
      percentile(
        all((s) => s.query.p99),
        50,
      ),
    ),
    query_max_ms: max(all((s) => s.query.max)),
    pool_wait_max_ms: max(all((s) => s.acquire.max)),
    heap_mb_max: max(all((s) => s.heapMb)),
  };
}

/** Per 5-second window, the worst event-loop stall, GC pause and query time, to lay beside the request p99 of the same window. */
export function probeWindows(seconds: ProbeSecond[], from: number, windows: number): string {
  const out: string[] = [];
  for (let w = 0; w < windows; w++) {
    const inWindow = seconds.filter((s) => s.t > from + w * 5000 && s.t <= from + (w + 1) * 5000);
    const max = (f: (s: ProbeSecond) => number) => Math.round(inWindow.reduce((m, s) => Math.max(m, f(s)), 0));
    out.push(`${max((s) => s.eld.max)}/${max((s) => s.gc.max)}/${max((s) => s.query.max)}`);
  }
  return out.join(' ');
}

/**
 * Samples pg_stat_activity every `everyMs` while the load runs: how many authorisations were
 * executing at each instant and what they were waiting for (a row lock, the WAL, a CPU, nothing).
 */
export async function sampleDatabaseWaits(databaseUrl: string, everyMs = 20) {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  // WAL written and flushed by whom: a client backend's own fsync is a commit (or a full WAL buffer) the caller waits for.
  const walIo = async () =>
    Object.fromEntries(
      (
        await client.query<{ who: string; writes: number; fsyncs: number }>(
          `select backend_type as who, sum(writes)::int as writes, sum(fsyncs)::int as fsyncs from pg_stat_io where object = 'wal' group by 1`,
        )
      ).rows.map((r) => [r.who, { writes: r.writes, fsyncs: r.fsyncs }]),
    );
  const walBefore = await walIo();
  // Per-statement time and WAL of this run only (the server preloads pg_stat_statements; the bench database needs the view).
  await client.query('create extension if not exists pg_stat_statements');
  await client.query('select pg_stat_statements_reset()');
  const waits = new Map<string, number>();
  let samples = 0;
  let inFlight = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const { rows } = await client.query<{ wait: string }>(
        `select coalesce(wait_event_type || ':' || wait_event, 'on CPU') as wait from pg_stat_activity
          where state = 'active' and query like '%billing_authorize(%' and pid <> pg_backend_pid()`,
      );
      samples++;
      inFlight += rows.length;
      for (const r of rows) waits.set(r.wait, (waits.get(r.wait) ?? 0) + 1);
      await new Promise((r) => setTimeout(r, everyMs));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      const walAfter = await walIo();
      const { rows: statements } = await client.query<{ query: string; calls: number; mean_ms: number; wal_kb: number }>(
        `select left(regexp_replace(query, '\\s+', ' ', 'g'), 60) as query, calls::int, round(mean_exec_time::numeric, 3)::float as mean_ms,
                round(wal_bytes / 1024)::int as wal_kb
           from pg_stat_statements where calls > 0 order by total_exec_time desc limit 5`,
      );
      await client.end();
      const wal = Object.fromEntries(
        Object.entries(walAfter)
          .map(([who, a]) => [who, `${a.writes - (walBefore[who]?.writes ?? 0)} writes/${a.fsyncs - (walBefore[who]?.fsyncs ?? 0)} fsyncs`])
          .filter(([, v]) => v !== '0 writes/0 fsyncs'),
      );
      return {
        samples,
        authorizations_in_flight_avg: round(inFlight / Math.max(1, samples), 3),
        // The share of sampled in-flight authorisations in each state.
        wal,
        statements: statements.map((r) => `${r.calls}× ${r.mean_ms} ms ${r.wal_kb} KB WAL: ${r.query}`),
        states: Object.fromEntries([...waits].sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, round(v / Math.max(1, inFlight), 3)])),
      };
    },
  };
}
