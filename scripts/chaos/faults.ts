import { execFileSync } from 'node:child_process';
import type { Stack } from '../stack';
import type { Prng } from './prng';

/** The faults a run can inject. */
export const FAULT_KINDS = ['kill-worker', 'restart-temporal', 'restart-postgres'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** One injected fault: when (ms after the run's start), what, and how long the system was without it. */
export interface Fault {
  kind: FaultKind;
  atMs: number;
  downMs: number;
}

/** Process IDs of a process and all its descendants (tsx runs the real node process as a child). */
function processTree(pid: number): number[] {
  const out = [pid];
  try {
    const kids = execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .map((s) => Number(s.trim()))
      .filter(Boolean);
    for (const k of kids) out.push(...processTree(k));
  } catch {
    /* no children */
  }
  return out;
}

/** kill -9 of the worker: the tsx launcher and the node process running the worker, by PID. */
export function killWorkerHard(stack: Stack): void {
  const pid = stack.worker.pid;
  if (!pid) return;
  for (const p of processTree(pid).reverse()) {
    try {
      process.kill(p, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
}

/**
 * Plans a run's faults: `count` moments spread over the window (at least 1.5 s apart), kinds in a
 * shuffled order so that every run with 3 or more faults has each kind at least once.
 */
export function planFaults(rng: Prng, count: number, windowMs: number): Array<{ kind: FaultKind; atMs: number }> {
  const kinds: FaultKind[] = [];
  while (kinds.length < count) kinds.push(...rng.shuffle(FAULT_KINDS));
  const slot = windowMs / count;
  return kinds.slice(0, count).map((kind, i) => ({ kind, atMs: Math.round(i * slot + rng.int(500, Math.max(600, slot - 1500))) }));
}

/**
 * Injects the planned faults in order, each at its moment (or as soon as the previous one is over).
 * A killed worker stays dead for a seeded 0.5–3 s before a new one starts, as a supervisor would.
 */
export async function injectFaults(
  stack: Stack,
  rng: Prng,
  plan: Array<{ kind: FaultKind; atMs: number }>,
  startedAt: number,
  log: (m: string) => void,
): Promise<Fault[]> {
  const done: Fault[] = [];
  for (const f of plan) {
    const wait = startedAt + f.atMs - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const t0 = Date.now();
    if (f.kind === 'kill-worker') {
      killWorkerHard(stack);
      await new Promise((r) => setTimeout(r, rng.int(500, 3000)));
      stack.restartWorker();
    } else if (f.kind === 'restart-temporal') {
      await stack.restartTemporal();
    } else {
      await stack.restartPostgres();
    }
    const fault = { kind: f.kind, atMs: t0 - startedAt, downMs: Date.now() - t0 };
    log(`  fault ${f.kind} at +${(fault.atMs / 1000).toFixed(1)} s (${fault.downMs} ms)`);
    done.push(fault);
  }
  return done;
}
