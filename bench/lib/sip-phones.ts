import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../scripts/free-port';
import { findSipp, SIPP_INSTALL_HINT } from '../../scripts/sipp';
import type { SipCaller } from './sip-callers';

const SCENARIO = join(__dirname, '..', '..', 'sip', 'sipp', 'bench-phone-call.xml');

/** What the phones saw: each connected call's post-dial delay, the refusals, and the calls that went wrong. */
export interface PhonesResult {
  placed: number;
  /** When sipp was started (its first INVITE leaves at once), ms since the epoch. */
  startedAt: number;
  connected: number;
  /** INVITE with credentials → 180 Ringing, ms, one per connected call that rang first. */
  pddMs: number[];
  /** "status reason" → how many. */
  refused: Map<string, number>;
  /** Neither connected nor refused: a timeout or an unexpected message (see `errors`). */
  failed: number;
  /** sipp's error log, first lines. */
  errors: string;
}

/** The injection file: one line per call, each from the next caller. */
function writeInjection(dir: string, callers: SipCaller[]): string {
  const file = join(dir, 'callers.csv');
  writeFileSync(file, ['SEQUENTIAL', ...callers.map((c) => `${c.user};${c.password};`)].join('\n') + '\n');
  return file;
}

const readLog = (dir: string, suffix: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(suffix))
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n'))
    .map((l) => l.trim())
    .filter(Boolean);

function summarise(placed: number, logs: string[], errors: string[]): Omit<PhonesResult, 'startedAt'> {
  const pddMs: number[] = [];
  let connected = 0;
  const refused = new Map<string, number>();
  for (const line of logs) {
    const [what, ...rest] = line.split(' ');
    if (what === 'connected') {
      connected++;
      const [sentS, sentUs, ringS, ringUs] = rest.map(Number) as [number, number, number, number];
      // A 200 that overtook its 180 (or a 180 lost on the way) leaves the ringing time unset.
      const pdd = (ringS - sentS) * 1000 + (ringUs - sentUs) / 1000;
      if (Number.isFinite(pdd)) pddMs.push(pdd);
    } else if (what === 'refused') {
      refused.set(rest.join(' '), (refused.get(rest.join(' ')) ?? 0) + 1);
    }
  }
  const refusedCount = [...refused.values()].reduce((a, b) => a + b, 0);
  return { placed, connected, pddMs, refused, failed: placed - connected - refusedCount, errors: errors.slice(0, 40).join('\n') };
}

/**
 * One sipp places a call for each caller, in order, at a fixed rate (open loop: sipp starts calls
 * on its clock whatever the answers do), each talking `talkMs` once connected, to `number`.
 */
export async function placeCalls(opts: {
  target: { host: string; port: number };
  domain: string;
  number: string;
  callers: SipCaller[];
  ratePerSecond: number;
  talkMs: number;
}): Promise<PhonesResult> {
  const binary = findSipp();
  if (!binary) throw new Error(`sipp is not installed. ${SIPP_INSTALL_HINT}`);
  const dir = mkdtempSync(join(tmpdir(), 'pbx-bench-sipp-'));
  const placed = opts.callers.length;
  const seconds = placed / opts.ratePerSecond;
  // Room for every call of the last few seconds at once, so the limit never throttles the rate.
  const concurrent = Math.ceil(opts.ratePerSecond * (opts.talkMs / 1000 + 10));
  const args = [
    `${opts.target.host}:${opts.target.port}`,
    ...['-sf', SCENARIO, '-inf', writeInjection(dir, opts.callers), '-i', '127.0.0.1', '-s', opts.number],
    ...['-key', 'domain', opts.domain, '-m', String(placed), '-r', String(opts.ratePerSecond), '-l', String(concurrent)],
    ...['-d', String(opts.talkMs), '-timeout', `${Math.ceil(seconds + opts.talkMs / 1000 + 60)}s`, '-timeout_error'],
    ...['-nostdin', '-trace_err', '-trace_logs'],
    // Its own port: sipp takes 5060 by default, where npm start's Kamailio listens.
    ...['-p', String(await freePort())],
  ];
  // Its screen (stdout) is redrawn all the time and says nothing the logs do not.
  const startedAt = Date.now();
  const sipp = spawn(binary, args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  let said = '';
  sipp.stderr.on('data', (c: Buffer) => (said += c.toString()));
  return new Promise((resolve) => {
    sipp.once('close', () => {
      // sipp exits 1 when any call failed; the logs say which, so its exit code adds nothing.
      const told = said.split('\n').filter((l) => l.trim() && !l.startsWith('Resolving remote host'));
      const result = summarise(placed, readLog(dir, '_logs.log'), [...told, ...readLog(dir, '_errors.log')]);
      rmSync(dir, { recursive: true, force: true });
      resolve({ ...result, startedAt });
    });
  });
}
