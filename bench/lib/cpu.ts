import { readdirSync, readFileSync } from 'node:fs';

type Proc = { pid: number; ppid: number; cpu: number; cmd: string };

/**
 * A /proc stat line: the parenthesised name, and the fields after it (state ppid … utime(14)
 * stime(15) cutime(16) cstime(17), counted from the state) as numbers of clock ticks.
 */
function parseStat(stat: string): { name: string; ppid: number; ownCpu: number; reapedCpu: number } {
  const rest = stat
    .slice(stat.lastIndexOf(')') + 2)
    .split(' ')
    .map(Number);
  return {
    name: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')),
    ppid: rest[1]!,
    ownCpu: (rest[11]! + rest[12]!) / 100,
    reapedCpu: (rest[13]! + rest[14]!) / 100,
  };
}

function processes(): Proc[] {
  const out: Proc[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = parseStat(readFileSync(`/proc/${name}/stat`, 'utf8'));
      const cmd = readFileSync(`/proc/${name}/cmdline`, 'utf8').replace(/\0/g, ' ');
      // The reaped children's time counts too, so a PostgreSQL backend that ended is not lost.
      out.push({ pid: Number(name), ppid: stat.ppid, cpu: stat.ownCpu + stat.reapedCpu, cmd });
    } catch {
      /* the process ended meanwhile */
    }
  }
  return out;
}

/** The PIDs of each named process tree (a root and all its descendants); a root is a PID or a command-line fragment. */
function families(procs: Proc[], roots: Record<string, number | string>): Record<string, Set<number>> {
  const out: Record<string, Set<number>> = {};
  for (const [name, root] of Object.entries(roots)) {
    const family = new Set(
      procs
        .filter((p) =>
          typeof root === 'number' ? p.pid === root : p.cmd.includes(root) && !procs.some((q) => q.pid === p.ppid && q.cmd.includes(root)),
        )
        .map((p) => p.pid),
    );
    for (let grew = true; grew;) {
      grew = false;
      for (const p of procs) if (family.has(p.ppid) && !family.has(p.pid)) (family.add(p.pid), (grew = true));
    }
    out[name] = family;
  }
  return out;
}

/**
 * CPU seconds used so far by each named process tree (a root and all its descendants); a root is
 * a PID or a command-line fragment. Differences of two readings show who spent a run's CPU.
 */
export function cpuSeconds(roots: Record<string, number | string>): Record<string, number> {
  const procs = processes();
  const result: Record<string, number> = {};
  for (const [name, family] of Object.entries(families(procs, roots)))
    result[name] = procs.filter((p) => family.has(p.pid)).reduce((s, p) => s + p.cpu, 0);
  return result;
}

/**
 * Seconds each named process tree has so far spent runnable but waiting for a core (the run
 * queue, from /proc/<pid>/task/<tid>/schedstat), summed over its live threads: the share of a
 * request's latency that is CPU scheduling rather than work.
 */
export function runQueueSeconds(roots: Record<string, number | string>): Record<string, number> {
  const procs = processes();
  const result: Record<string, number> = {};
  for (const [name, family] of Object.entries(families(procs, roots))) {
    let waited = 0;
    for (const pid of family) {
      try {
        for (const tid of readdirSync(`/proc/${pid}/task`))
          waited += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[1]) / 1e9;
      } catch {
        /* the process ended meanwhile */
      }
    }
    result[name] = waited;
  }
  return result;
}

/** CPU seconds per process tree between two readings. */
export const cpuSpent = (before: Record<string, number>, after: Record<string, number>) =>
  Object.fromEntries(Object.entries(after).map(([k, v]) => [k, Math.round((v - (before[k] ?? 0)) * 100) / 100]));

/** Busy and total CPU ticks of the whole machine so far. */
function machineTicks(): { busy: number; total: number } {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const total = fields.reduce((a, b) => a + b, 0);
  // idle + iowait are the idle ones.
  return { busy: total - (fields[3] ?? 0) - (fields[4] ?? 0), total };
}

/**
 * Waits until the machine has been mostly idle for a few seconds (what a previous scenario left
 * behind, such as autovacuum after a million rows, must not land in the next one's figures).
 * Resolves with the busy fraction seen last; gives up after `timeoutMs`.
 */
export async function settle(
  opts: { maxBusy?: number; windowMs?: number; timeoutMs?: number } = {},
): Promise<{ busy: number; waitedMs: number }> {
  const { maxBusy = 0.15, windowMs = 3000, timeoutMs = 120_000 } = opts;
  const started = Date.now();
  for (;;) {
    const a = machineTicks();
    await new Promise((r) => setTimeout(r, windowMs));
    const b = machineTicks();
    const busy = (b.busy - a.busy) / Math.max(1, b.total - a.total);
    if (busy <= maxBusy || Date.now() - started >= timeoutMs) return { busy, waitedMs: Date.now() - started };
  }
}

/**
 * CPU seconds so far of one process's threads, summed by thread name (the worker's workflow
 * thread, its main thread running the activities, the SDK core's Rust threads, V8's GC helpers).
 */
export function threadCpuSeconds(pid: number): Record<string, number> {
  const out: Record<string, number> = {};
  let tasks: string[] = [];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const tid of tasks) {
    try {
      const stat = parseStat(readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8'));
      const name = tid === String(pid) ? 'main' : stat.name;
      out[name] = (out[name] ?? 0) + stat.ownCpu;
    } catch {
      /* the thread ended meanwhile */
    }
  }
  return out;
}

/** The node process that runs a script under tsx (tsx starts it as a child, next to esbuild's). */
export function innermost(pid: number): number {
  const procs = processes();
  const self = procs.find((p) => p.pid === pid);
  const script = self?.cmd.split(' ').find((a) => a.endsWith('.ts'));
  const child = procs.find((p) => p.ppid === pid && (!script || p.cmd.includes(script)));
  return child ? innermost(child.pid) : pid;
}
