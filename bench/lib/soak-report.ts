import { percentile, round } from './stats';
import type { HeapTrend, MemorySample, ProcessMemory } from './soak-memory';

/** Each route's latencies and failures, per minute of the soak. */
export class RouteTimes {
  private readonly ms = new Map<string, number[][]>();
  private readonly failed = new Map<string, number>();
  private readonly why = new Map<string, number>();

  constructor(private readonly started: number) {}

  /** Times one request from now until it settles; a failure is counted (with its reason) and rethrown. */
  async time<T>(route: string, request: () => Promise<T>): Promise<T> {
    const sent = performance.now();
    const minute = Math.floor((Date.now() - this.started) / 60_000);
    try {
      return await request();
    } catch (err) {
      this.failed.set(route, (this.failed.get(route) ?? 0) + 1);
      const reason = `${route}: ${(err as Error).message.slice(0, 120)}`;
      this.why.set(reason, (this.why.get(reason) ?? 0) + 1);
      throw err;
    } finally {
      const byMinute = this.ms.get(route) ?? [];
      (byMinute[minute] ??= []).push(performance.now() - sent);
      this.ms.set(route, byMinute);
    }
  }

  routes = () => [...this.ms.keys()].sort();
  minutes = () => Math.max(0, ...[...this.ms.values()].map((m) => m.length));
  p99 = (route: string, minute: number) => round(percentile(this.ms.get(route)?.[minute] ?? [], 99));
  count = (route: string) => (this.ms.get(route) ?? []).reduce((a, m) => a + (m?.length ?? 0), 0);
  overallP99 = (route: string) =>
    round(
      percentile(
        (this.ms.get(route) ?? []).flatMap((m) => m ?? []),
        99,
      ),
    );
  failures = (route: string) => this.failed.get(route) ?? 0;
  reasons = () => Object.fromEntries(this.why);
}

/** What one soak run found, as bench/results/soak-<date>.json holds it. */
export interface SoakResult {
  at: string;
  commit: string;
  seconds: number;
  rates: Record<string, string>;
  routes: Array<{ route: string; requests: number; failures: number; p99Ms: number; p99MsByMinute: number[] }>;
  memory: MemorySample[];
  heap: { api: HeapTrend; worker: HeapTrend; limitMbPerMin: number; judgedSeconds: number; judged: boolean };
  orders: Record<string, number>;
  failures: string[];
}

/** The per-minute p99 table: one row per minute, one column per route. */
export function minuteTable(r: SoakResult): string[] {
  const head = ['minute', ...r.routes.map((x) => x.route)];
  const rows = Array.from({ length: Math.max(0, ...r.routes.map((x) => x.p99MsByMinute.length)) }, (_, m) => [
    String(m + 1),
    ...r.routes.map((x) => String(x.p99MsByMinute[m] ?? '')),
  ]);
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)];
}

/** The memory table: RSS, used heap and (every minute) live heap of both processes at each sample. */
export function memoryTable(r: SoakResult): string[] {
  const mb = (n: number | null | undefined) => (n === undefined ? '' : n === null ? '–' : n.toFixed(1));
  const cells = (p: ProcessMemory) => `${mb(p.rssMb)} | ${mb(p.heapUsedMb)} | ${mb(p.liveHeapMb)}`;
  return [
    '| s | API RSS MB | API heap MB | API live heap MB | worker RSS MB | worker heap MB | worker live heap MB |',
    '|---|---|---|---|---|---|---|',
    ...r.memory.map((m) => `| ${m.s} | ${cells(m.api)} | ${cells(m.worker)} |`),
  ];
}

/** The run as markdown, for bench/results/soak-<date>.md and the README's figures. */
export function soakMarkdown(r: SoakResult): string {
  const trend = (t: HeapTrend) =>
    `live ${t.liveFirstMb} → ${t.liveLastMb} MB, ${t.liveSlopeMbPerMin} MB/min over ${t.livePoints} measurements (used heap, every sample: ${t.usedSlopeMbPerMin} MB/min)`;
  return [
    `# Soak, ${r.at} (commit ${r.commit})`,
    '',
    `${r.seconds} s of mixed traffic: ${Object.entries(r.rates)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}.`,
    '',
    '## Requests',
    '',
    '| route | requests | failures | p99 ms |',
    '|---|---|---|---|',
    ...r.routes.map((x) => `| ${x.route} | ${x.requests} | ${x.failures} | ${x.p99Ms} |`),
    '',
    '## p99 ms per minute',
    '',
    ...minuteTable(r),
    '',
    '## Orders',
    '',
    ...Object.entries(r.orders).map(([k, v]) => `- ${k}: ${v}`),
    '',
    `## Memory (every 10 s; live heap after a forced full collection every minute, judged over the last ${r.heap.judgedSeconds} s, limit ${r.heap.limitMbPerMin} MB/min${r.heap.judged ? '' : ': too few measurements, not judged'})`,
    '',
    `- API heap: ${trend(r.heap.api)}`,
    `- worker heap: ${trend(r.heap.worker)}`,
    '',
    ...memoryTable(r),
    '',
    r.failures.length
      ? `## FAILED\n\n${r.failures.map((f) => `- ${f}`).join('\n')}`
      : `## Verdict\n\n${r.heap.judged ? 'No steady heap growth' : 'Heap not judged (too short a run)'}, no failed request, every order closed.`,
    '',
  ].join('\n');
}
