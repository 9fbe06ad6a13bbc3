import { execFile, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findExecutable } from './find-executable';

const PROJECT_ROOT = path.resolve(__dirname, '..');
const SCENARIO_DIR = path.join(PROJECT_ROOT, 'sip', 'sipp');

/** How to install sipp, for every error that finds it missing. */
export const SIPP_INSTALL_HINT = 'Install it with `apt-get install -y sip-tester` (Debian/Ubuntu), or set SIPP_BIN to its binary.';

/** The sipp binary (SIPP_BIN, else PATH and the system dirs), or null. */
export function findSipp(env: NodeJS.ProcessEnv = process.env): string | null {
  return findExecutable('sipp', env.SIPP_BIN, env);
}

export interface SippRun {
  /** A scenario file name in sip/sipp/ (or a path). */
  scenario: string;
  target: { host: string; port: number };
  /** `-s`: the user part of the request URI ([service]). */
  service?: string;
  /** Digest credentials for [authentication]. */
  auth?: { user: string; password: string };
  /** `-key name value` pairs, [name] in the scenario. */
  keys?: Record<string, string>;
  /** Calls to place or answer (`-m`); one by default, null for no limit (a server left running). */
  calls?: number | null;
  /** `-p`: the local UDP port (a phone's or the carrier's address); one the system picks by default. */
  localPort?: number;
  /** `-d`: how long a <pause/> without its own duration lasts (the talk time of a call). */
  pauseMs?: number;
  /** `-r` and `-l`: new calls per second, and calls at once. */
  ratePerSecond?: number;
  concurrent?: number;
  timeoutSeconds?: number;
}

export interface SippResult {
  /** 0: every call passed its scenario; 1: at least one failed; other: sipp could not run. */
  exitCode: number;
  /** sipp's error log (unexpected messages, timeouts), for assertion messages. */
  errors: string;
  /** What the scenario's <log> actions wrote, one line each. */
  logs: string[];
}

/** A sipp running in the background (a phone waiting for calls, the carrier). */
export interface RunningSipp {
  /** Settles when sipp exits (its calls done, or stopped). */
  done: Promise<SippResult>;
  /** The <log> lines written so far. */
  logs(): string[];
  stop(): Promise<SippResult>;
}

const readLogs = (cwd: string, suffix: string): string[] =>
  readdirSync(cwd)
    .filter((f) => f.endsWith(suffix))
    .flatMap((f) => readFileSync(path.join(cwd, f), 'utf8').split('\n'))
    .map((l) => l.trim())
    .filter(Boolean);

// A sipp left behind keeps its UDP port (a phone's, the carrier's): each dies with the process that started it.
const liveSipps = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of liveSipps) child.kill('SIGKILL');
});

/** Starts one sipp user agent (UDP, 127.0.0.1) with the scenario; it runs until its calls are done or it is stopped. */
export function startSipp(run: SippRun): RunningSipp {
  const binary = findSipp();
  if (!binary) throw new Error(`sipp is not installed. ${SIPP_INSTALL_HINT}`);
  const scenario = path.isAbsolute(run.scenario) ? run.scenario : path.join(SCENARIO_DIR, run.scenario);
  const args = [`${run.target.host}:${run.target.port}`, '-sf', scenario, '-i', '127.0.0.1', '-nostdin', '-trace_err', '-trace_logs'];
  if (run.calls !== null) args.push('-m', String(run.calls ?? 1));
  if (run.timeoutSeconds) args.push('-timeout', `${run.timeoutSeconds}s`, '-timeout_error');
  if (run.localPort) args.push('-p', String(run.localPort));
  if (run.pauseMs !== undefined) args.push('-d', String(run.pauseMs));
  if (run.ratePerSecond) args.push('-r', String(run.ratePerSecond));
  if (run.concurrent) args.push('-l', String(run.concurrent));
  if (run.service) args.push('-s', run.service);
  if (run.auth) args.push('-au', run.auth.user, '-ap', run.auth.password);
  for (const [name, value] of Object.entries(run.keys ?? {})) args.push('-key', name, value);
  // sipp writes its logs into the working directory: one of its own per run.
  const cwd = mkdtempSync(path.join(tmpdir(), 'pbx-sipp-'));
  let child: ChildProcess;
  const done = new Promise<SippResult>((resolve) => {
    child = execFile(binary, args, { cwd }, (err, _stdout, stderr) => {
      liveSipps.delete(child);
      const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
      const errors = readLogs(cwd, '_errors.log').join('\n');
      const logs = readLogs(cwd, '_logs.log');
      rmSync(cwd, { recursive: true, force: true });
      // sipp announces its DNS lookup on stderr even when all is well.
      const said = stderr
        .split('\n')
        .filter((l) => l.trim() && !l.startsWith('Resolving remote host'))
        .join('\n');
      resolve({ exitCode: code, errors: [said, errors].filter(Boolean).join('\n'), logs });
    });
  });
  liveSipps.add(child!);
  return {
    done,
    logs: () => {
      try {
        return readLogs(cwd, '_logs.log');
      } catch {
        return [];
      }
    },
    stop() {
      child.kill('SIGTERM');
      return done;
    },
  };
}

/** Runs one sipp user agent client to completion. */
export function runSipp(run: SippRun): Promise<SippResult> {
  const timeout = run.timeoutSeconds ?? 10;
  const sipp = startSipp({ ...run, timeoutSeconds: timeout });
  const guard = setTimeout(() => void sipp.stop(), (timeout + 5) * 1000);
  return sipp.done.finally(() => clearTimeout(guard));
}
