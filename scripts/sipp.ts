import { execFile } from 'node:child_process';
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
  /** Calls to place (`-m`), one by default. */
  calls?: number;
  timeoutSeconds?: number;
}

export interface SippResult {
  /** 0: every call passed its scenario; 1: at least one failed; other: sipp could not run. */
  exitCode: number;
  /** sipp's error log (unexpected messages, timeouts), for assertion messages. */
  errors: string;
}

/** Runs one sipp user agent client to completion (UDP, 127.0.0.1, a local port the system picks). */
export function runSipp(run: SippRun): Promise<SippResult> {
  const binary = findSipp();
  if (!binary) return Promise.reject(new Error(`sipp is not installed. ${SIPP_INSTALL_HINT}`));
  const scenario = path.isAbsolute(run.scenario) ? run.scenario : path.join(SCENARIO_DIR, run.scenario);
  const timeout = run.timeoutSeconds ?? 10;
  const args = [`${run.target.host}:${run.target.port}`, '-sf', scenario, '-i', '127.0.0.1'];
  args.push('-m', String(run.calls ?? 1), '-timeout', `${timeout}s`, '-timeout_error', '-nostdin', '-trace_err');
  if (run.service) args.push('-s', run.service);
  if (run.auth) args.push('-au', run.auth.user, '-ap', run.auth.password);
  for (const [name, value] of Object.entries(run.keys ?? {})) args.push('-key', name, value);
  // sipp writes its logs into the working directory: one of its own per run.
  const cwd = mkdtempSync(path.join(tmpdir(), 'pbx-sipp-'));
  return new Promise((resolve) => {
    execFile(binary, args, { cwd, timeout: (timeout + 5) * 1000 }, (err, _stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
      const logs = readdirSync(cwd)
        .filter((f) => f.endsWith('_errors.log'))
        .map((f) => readFileSync(path.join(cwd, f), 'utf8'))
        .join('\n');
      rmSync(cwd, { recursive: true, force: true });
      // sipp announces its DNS lookup on stderr even when all is well.
      const said = stderr
        .split('\n')
        .filter((l) => l.trim() && !l.startsWith('Resolving remote host'))
        .join('\n');
      resolve({ exitCode: code, errors: [said, logs.trim()].filter(Boolean).join('\n') });
    });
  });
}
