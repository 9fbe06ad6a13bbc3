import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, type WriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sipOptionsPing } from '../lib/telephony/sip-ping';
import { findExecutable } from './find-executable';

const execFileAsync = promisify(execFile);

const PROJECT_ROOT = path.resolve(__dirname, '..');
/** The project's SIP server configuration (see its header for what it does and why). */
export const KAMAILIO_CONFIG = path.join(PROJECT_ROOT, 'sip', 'kamailio.cfg');
const PACKAGES = 'kamailio kamailio-postgres-modules kamailio-utils-modules kamailio-json-modules';
const READY_TIMEOUT_MS = 15_000;
const STOP_GRACE_MS = 5_000;
const LOG_LINES_KEPT = 400;

/** How to install the SIP server, for every error that finds it missing or incomplete. */
export const KAMAILIO_INSTALL_HINT = `Install it with \`apt-get install -y ${PACKAGES}\` (Debian/Ubuntu), or set KAMAILIO_BIN to its binary.`;

export interface KamailioOptions {
  /** The address it listens on (phones and carrier); 127.0.0.1 unless phones on the LAN must reach it. */
  host?: string;
  /** UDP port for the phones. */
  sipPort: number;
  /** The app's DATABASE_URL; Kamailio reaches the same database over TCP. */
  databaseUrl: string;
  /** Digest realm: the login server the phones are given (PBX_LOGIN_SERVER). */
  realm: string;
  /** UDP port for the carrier trunk: calls arriving there are the carrier's. */
  trunkPort: number;
  /** Where outside calls go: the carrier's SIP address (host:port). */
  carrierAddress: string;
  /** Our API, asked before every outside call and received free call. */
  apiUrl: string;
  /** The key Kamailio presents to the API (PBX_CLIENT_KEY); passed in its environment, not its arguments. */
  pbxKey: string;
  /** The benchmark's baseline only: outside calls go out without asking the API (no limit, no caller ID, nothing held). */
  skipAuthorize?: boolean;
  /** Also append Kamailio's output to this file (it is always kept in memory, last lines only). */
  logFile?: string;
  configFile?: string;
  binary?: string;
}

export interface RunningKamailio {
  host: string;
  port: number;
  /** Kamailio's recent output, for test failures and start-up errors. */
  logs(): string;
  stop(): Promise<void>;
}

// A Kamailio left behind would keep its UDP port and its database connections. Each runs in a
// process group of its own, so that a kill reaches its workers too, not only the main process.
const liveChildren = new Set<ChildProcess>();
const killGroup = (child: ChildProcess, signal: NodeJS.Signals) => {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    /* already gone */
  }
};
process.on('exit', () => {
  for (const child of liveChildren) killGroup(child, 'SIGKILL');
});

/** The Kamailio binary (KAMAILIO_BIN, PATH, then the sbin dirs), or null. */
export function findKamailio(env: NodeJS.ProcessEnv = process.env): string | null {
  return findExecutable('kamailio', env.KAMAILIO_BIN, env);
}

/**
 * The DATABASE_URL as db_postgres wants it: `postgres://user:pass@host:port/db`. Ours may name a
 * unix socket dir (`?host=/…`), which Kamailio's URL parser cannot take; the embedded PostgreSQL
 * also listens on 127.0.0.1, so the query part is dropped and TCP used.
 */
export function kamailioDbUrl(databaseUrl: string): string {
  const u = new URL(databaseUrl);
  const auth = u.username ? `${u.username}${u.password ? `:${u.password}` : ''}@` : '';
  return `postgres://${auth}${u.hostname || '127.0.0.1'}:${u.port || '5432'}${u.pathname}`;
}

function kamailioArgs(opts: KamailioOptions, runDir: string): string[] {
  const host = opts.host ?? '127.0.0.1';
  return [
    '-f',
    opts.configFile ?? KAMAILIO_CONFIG,
    '-l',
    `udp:${host}:${opts.sipPort}`,
    '-l',
    `udp:${host}:${opts.trunkPort}`,
    '-A',
    `TRUNK_PORT=${opts.trunkPort}`,
    '-A',
    `TRUNK_SOCKET="udp:${host}:${opts.trunkPort}"`,
    '-A',
    `DBURL="${kamailioDbUrl(opts.databaseUrl)}"`,
    '-A',
    `SQLCON="pbx=>${kamailioDbUrl(opts.databaseUrl)}"`,
    '-A',
    `SIP_REALM="${opts.realm}"`,
    '-A',
    `CARRIER_ADDR="${opts.carrierAddress}"`,
    '-A',
    `API_URL="${opts.apiUrl.replace(/\/$/, '')}"`,
    ...(opts.skipAuthorize ? ['-A', 'SKIP_AUTHORIZE=1'] : []),
    // Its own runtime dir, so several servers (parallel test files) never share one.
    '-Y',
    runDir,
    '-DD',
    '-E',
  ];
}

/** Checks the configuration (and that every module it loads is installed) before starting. */
async function checkConfig(binary: string, args: string[]): Promise<void> {
  try {
    await execFileAsync(binary, ['-c', ...args.filter((a) => a !== '-DD' && a !== '-E')], { timeout: 15_000 });
  } catch (err) {
    const out = `${(err as { stderr?: string }).stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
    const missingModule = /could not find module|cannot open shared object/i.test(out);
    throw new Error(
      `Kamailio refused its configuration ${args[1]}.` +
        (missingModule ? ` A module is missing. ${KAMAILIO_INSTALL_HINT}` : '') +
        `\n${out}`,
    );
  }
}

async function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // Kamailio's main process stops its workers on SIGTERM; SIGKILL, if it must come, goes to them all.
  child.kill('SIGTERM');
  const timer = setTimeout(() => killGroup(child, 'SIGKILL'), STOP_GRACE_MS);
  await exited;
  clearTimeout(timer);
}

/** Starts Kamailio in the foreground with the project's configuration; resolves once it answers SIP. */
export async function startKamailio(opts: KamailioOptions): Promise<RunningKamailio> {
  const binary = opts.binary ?? findKamailio();
  const host = opts.host ?? '127.0.0.1';
  if (!binary) throw new Error(`Kamailio is not installed. ${KAMAILIO_INSTALL_HINT}`);
  const runDir = mkdtempSync(path.join(tmpdir(), 'pbx-kamailio-'));
  const args = kamailioArgs(opts, runDir);
  await checkConfig(binary, args);

  const lines: string[] = [];
  let file: WriteStream | undefined;
  if (opts.logFile) {
    mkdirSync(path.dirname(opts.logFile), { recursive: true });
    file = createWriteStream(opts.logFile, { flags: 'a' });
  }
  const child = spawn(binary, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
    env: { ...process.env, PBX_CLIENT_KEY: opts.pbxKey },
  });
  liveChildren.add(child);
  const keep = (chunk: Buffer) => {
    file?.write(chunk);
    lines.push(...chunk.toString().split('\n').filter(Boolean));
    if (lines.length > LOG_LINES_KEPT) lines.splice(0, lines.length - LOG_LINES_KEPT);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  child.once('error', (err) => lines.push(`spawn failed: ${err.message}`));

  const logs = () => lines.join('\n');
  const stop = async () => {
    await terminate(child);
    liveChildren.delete(child);
    file?.end();
    rmSync(runDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await stop();
      const inUse = /bind\(.*Address already in use/.test(logs());
      throw new Error(
        inUse
          ? `A SIP port is in use on ${host} (${opts.sipPort} for phones or ${opts.trunkPort} for the carrier): set SIP_PORT or SIP_TRUNK_PORT to free ones.`
          : `Kamailio exited during start-up (${child.exitCode ?? child.signalCode}).\n${logs().split('\n').slice(-30).join('\n')}`,
      );
    }
    if (await sipOptionsPing(host, opts.sipPort)) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`Kamailio did not answer SIP on ${host}:${opts.sipPort} within ${READY_TIMEOUT_MS} ms.\n${logs()}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { host, port: opts.sipPort, logs, stop };
}
