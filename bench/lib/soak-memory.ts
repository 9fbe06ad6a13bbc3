import { readFileSync } from 'node:fs';
import WebSocket from 'ws';
import { innermost } from './cpu';
import { round } from './stats';

/**
 * One process's memory at one instant: resident set from /proc, V8's used heap from its /metrics
 * (null when it did not answer) and, on the samples that took it, the live heap: what is left
 * after a full collection.
 */
export interface ProcessMemory {
  rssMb: number;
  heapUsedMb: number | null;
  liveHeapMb?: number | null;
}

/** Both processes at one instant, `s` seconds into the soak. */
export interface MemorySample {
  s: number;
  api: ProcessMemory;
  worker: ProcessMemory;
}

/** A process to watch: its pid (the launcher's; the node process under it is found) and its /metrics address. */
export interface Watched {
  pid: number;
  metricsUrl: string;
}

const INSPECTOR = 'http://127.0.0.1:9229';

const rssMb = (pid: number): number => {
  const kb = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return kb ? round(Number(kb[1]) / 1024, 1) : 0;
};

/** prom-client's default gauge, under the project's pbx_ prefix (lib/metrics/process.ts). */
async function heapUsedMb(metricsUrl: string): Promise<number | null> {
  try {
    const text = await (await fetch(metricsUrl, { signal: AbortSignal.timeout(2000) })).text();
    const line = /^pbx_nodejs_heap_size_used_bytes(?:\{[^}]*\})? (\S+)/m.exec(text);
    return line ? round(Number(line[1]) / 2 ** 20, 1) : null;
  } catch {
    return null;
  }
}

/**
 * The live heap of a running node process, in MB: SIGUSR1 opens its inspector (node's own, on
 * 127.0.0.1:9229), a full collection is forced through it and V8's used heap read, and the
 * inspector is closed again. Used heap sampled at random is a sawtooth (garbage piles up in the
 * old generation for minutes between full collections); only after one does it show what the
 * process holds. Null when the inspector did not answer or another process holds the port.
 */
export async function liveHeapMb(pid: number): Promise<number | null> {
  process.kill(pid, 'SIGUSR1');
  let url: string | undefined;
  for (let i = 0; i < 30 && !url; i++) {
    await new Promise((r) => setTimeout(r, 100));
    url = await fetch(`${INSPECTOR}/json/list`)
      .then((r) => r.json() as Promise<Array<{ webSocketDebuggerUrl?: string }>>)
      .then((targets) => targets[0]?.webSocketDebuggerUrl)
      .catch(() => undefined);
  }
  if (!url) return null;
  const ws = new WebSocket(url);
  try {
    await new Promise((resolve, reject) => (ws.once('open', resolve), ws.once('error', reject)));
    let id = 0;
    const waiting = new Map<number, (m: { result?: Record<string, any> }) => void>();
    ws.on('message', (data) => {
      const m = JSON.parse(String(data)) as { id?: number; result?: Record<string, any> };
      if (m.id !== undefined) waiting.get(m.id)?.(m);
    });
    const send = (method: string, params: object = {}) =>
      new Promise<Record<string, any>>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${method}: no answer`)), 10_000);
        waiting.set(++id, (m) => (clearTimeout(timer), resolve(m.result ?? {})));
        ws.send(JSON.stringify({ id, method, params }));
      });
    const who = await send('Runtime.evaluate', { expression: 'process.pid', returnByValue: true });
    if (who.result?.value !== pid) return null;
    await send('HeapProfiler.collectGarbage');
    const usage = await send('Runtime.getHeapUsage');
    return round(Number(usage.usedSize) / 2 ** 20, 1);
  } catch {
    return null;
  } finally {
    // Frees the port for the other process; inspector.close() waits for this session to go, so no answer is awaited.
    if (ws.readyState === WebSocket.OPEN)
      ws.send(
        JSON.stringify({ id: 0, method: 'Runtime.evaluate', params: { expression: "process.getBuiltinModule('node:inspector').close()" } }),
      );
    ws.terminate();
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * Samples the API's and the worker's memory every `everyMs` from now until stopped, and their live
 * heaps every `liveEveryMs` (a forced full collection each: a pause of some tens of ms, so not more
 * often). The pids are resolved to the node processes themselves once (tsx and nice launch them as children).
 */
export function sampleMemory(api: Watched, worker: Watched, everyMs: number, liveEveryMs: number) {
  const pids = { api: innermost(api.pid), worker: innermost(worker.pid) };
  const started = Date.now();
  const samples: MemorySample[] = [];
  let lastLive = -Infinity;
  const take = async () => {
    const s = round((Date.now() - started) / 1000, 0);
    const [apiHeap, workerHeap] = await Promise.all([heapUsedMb(api.metricsUrl), heapUsedMb(worker.metricsUrl)]);
    const sample: MemorySample = {
      s,
      api: { rssMb: rssMb(pids.api), heapUsedMb: apiHeap },
      worker: { rssMb: rssMb(pids.worker), heapUsedMb: workerHeap },
    };
    if (Date.now() - lastLive >= liveEveryMs - everyMs / 2) {
      lastLive = Date.now();
      sample.api.liveHeapMb = await liveHeapMb(pids.api);
      sample.worker.liveHeapMb = await liveHeapMb(pids.worker);
    }
    samples.push(sample);
  };
  let pending = take();
  const timer = setInterval(() => (pending = pending.then(take)), everyMs);
  return {
    samples,
    async stop(): Promise<MemorySample[]> {
      clearInterval(timer);
      lastLive = -Infinity; // the last sample always measures the live heap
      await pending.then(take);
      return samples;
    },
  };
}

/** Least-squares slope of y over x (per unit of x); 0 for fewer than two points. */
export function slope(points: Array<[number, number]>): number {
  if (points.length < 2) return 0;
  const n = points.length;
  const mx = points.reduce((a, [x]) => a + x, 0) / n;
  const my = points.reduce((a, [, y]) => a + y, 0) / n;
  const sxx = points.reduce((a, [x]) => a + (x - mx) ** 2, 0);
  return sxx === 0 ? 0 : points.reduce((a, [x, y]) => a + (x - mx) * (y - my), 0) / sxx;
}

/** How a process's heap moved over the judged window. */
export interface HeapTrend {
  /** MB per minute of the line through the live heaps (after a full collection): the figure judged. */
  liveSlopeMbPerMin: number;
  /** Live-heap measurements in the window; fewer than 4 are too few to judge. */
  livePoints: number;
  /** Live heap at the window's first and last measurement. */
  liveFirstMb: number | null;
  liveLastMb: number | null;
  /** MB per minute of the line through every used-heap sample (the sawtooth included): for comparison only. */
  usedSlopeMbPerMin: number;
}

/** The heap's trend over the last `judgeSeconds` of the samples. */
export function heapTrend(samples: MemorySample[], who: 'api' | 'worker', judgeSeconds: number): HeapTrend {
  const from = Math.max(0, (samples[samples.length - 1]?.s ?? 0) - judgeSeconds);
  const inWindow = samples.filter((x) => x.s >= from);
  const points = (f: (m: ProcessMemory) => number | null | undefined) =>
    inWindow.flatMap((x): Array<[number, number]> => {
      const v = f(x[who]);
      return v === null || v === undefined ? [] : [[x.s, v]];
    });
  const live = points((m) => m.liveHeapMb);
  return {
    liveSlopeMbPerMin: round(slope(live) * 60, 3),
    livePoints: live.length,
    liveFirstMb: live[0]?.[1] ?? null,
    liveLastMb: live[live.length - 1]?.[1] ?? null,
    usedSlopeMbPerMin: round(slope(points((m) => m.heapUsedMb)) * 60, 3),
  };
}
