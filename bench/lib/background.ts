import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/** A running background job and how to end it. */
export interface Background {
  description: string;
  stop(): Promise<void>;
}

// Each process spins for `duty` of every `period` ms, then sleeps: a job whose CPU demand is fixed and
// known. It ends when its parent does (a bench killed mid-run must not leave load behind for the next).
const SPINNER = `
const [duty, period] = process.argv.slice(1).map(Number);
const parent = process.ppid;
const spin = () => {
  if (process.ppid !== parent) process.exit(0);
  const until = Date.now() + duty * period; while (Date.now() < until); setTimeout(spin, (1 - duty) * period);
};
spin();`;

/**
 * Starts the documented background load that `BENCH_BACKGROUND` names, at the default niceness
 * (like any other job on a shared box):
 * - `cpu:N:DUTY[:PERIOD_MS]`: N processes, each busy for DUTY (0–1) of every PERIOD_MS (default
 *   100) ms, so N × DUTY cores on average; `cpu:2:0.5` keeps one of the two cores' worth busy in
 *   50 ms bursts on both.
 * - `typecheck`: the project's own `tsc --noEmit` over and over, a real job a developer or CI
 *   runs beside the stack (one core plus V8's GC threads, ~600 MB).
 * - `none` or unset: nothing.
 */
export function startBackground(spec: string | undefined, root: string): Background | undefined {
  if (!spec || spec === 'none') return undefined;
  const children: ChildProcess[] = [];
  let description: string;
  const cpu = /^cpu:(\d+):(0(?:\.\d+)?|1(?:\.0+)?)(?::(\d+))?$/.exec(spec);
  if (cpu) {
    const [n, duty, period] = [Number(cpu[1]), Number(cpu[2]), Number(cpu[3] ?? 100)];
    for (let i = 0; i < n; i++) children.push(spawn(process.execPath, ['-e', SPINNER, String(duty), String(period)], { stdio: 'ignore' }));
    description = `${n} process(es) each busy ${duty * period} ms of every ${period} ms (${n * duty} cores on average)`;
  } else if (spec === 'typecheck') {
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    children.push(
      spawn('sh', ['-c', `while true; do "${process.execPath}" "${tsc}" --noEmit -p "${root}" >/dev/null 2>&1; done`], {
        stdio: 'ignore',
        detached: true,
      }),
    );
    description = '`tsc --noEmit -p .` in a loop';
  } else {
    throw new Error(`BENCH_BACKGROUND=${spec}: expected none, typecheck or cpu:N:DUTY[:PERIOD_MS]`);
  }
  return {
    description,
    async stop() {
      for (const c of children) {
        // The type-check loop is a process group (the shell and its tsc): end all of it.
        if (spec === 'typecheck') process.kill(-c.pid!, 'SIGKILL');
        else c.kill('SIGKILL');
      }
      await Promise.all(
        children.map((c) => (c.exitCode !== null || c.signalCode !== null ? undefined : new Promise((r) => c.once('exit', r)))),
      );
    },
  };
}
