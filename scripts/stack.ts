import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import { join } from 'node:path';
import { startSandbox } from '../sandbox/server';
import { findKamailio } from './kamailio';
import { SEARCH_ATTRIBUTES } from '../workflows/search-attributes';
import { startMailCatcher } from './mail-catcher';
import { startEmbeddedPostgres } from './postgres';
import { startTemporalDevServer } from './temporal-dev';
import { ensureTemporalCli } from './tools';

const root = join(__dirname, '..');

/** Ports and places of a local stack; every field has the `npm start` default. */
export interface StackOptions {
  dataDir: string;
  apiPort: number;
  pgPort: number;
  temporalPort: number;
  temporalUiPort: number;
  smtpPort: number;
  mailHttpPort: number;
  sandboxPort: number;
  /** Keep the worker's and the API's output (prefixed) on this process's stdout. */
  echoChildren: boolean;
  /** Extra environment for the worker and API processes. */
  env?: NodeJS.ProcessEnv;
  /**
   * `auto` (npm start): our Kamailio is the PBX when it is installed and PBX_MODE is not set, run
   * by scripts/pbx.ts beside the API; otherwise, and by default, the sandbox PBX.
   */
  pbx?: 'auto' | 'sandbox';
  /** Extra Node flags for the API process only (GC settings, a bench probe preloaded with --import). */
  apiNodeFlags?: string[];
  /**
   * Niceness of the processes a caller waits on before the phone rings (the API and PostgreSQL);
   * 0 leaves them as they are. Negative needs root or CAP_SYS_NICE; without it they run at 0.
   */
  latencyNice?: number;
}

/** A running stack: where each part answers, the worker process, and how to stop it all. */
export interface Stack {
  apiUrl: string;
  env: NodeJS.ProcessEnv;
  temporalUi: string | null;
  inboxUrl: string | null;
  worker: ChildProcess;
  api: ChildProcess;
  /** Kamailio, the sipp carrier and the CDR shipper (scripts/pbx.ts), when our SIP server is the PBX. */
  pbx: ChildProcess | null;
  /** Starts a fresh worker process (after a crash test killed the old one). */
  restartWorker(): ChildProcess;
  /** Stops and starts the embedded Temporal dev server on the same port and state file. */
  restartTemporal(): Promise<void>;
  /** Stops and starts the embedded PostgreSQL on the same port and data dir. */
  restartPostgres(): Promise<void>;
  stop(): Promise<void>;
}

/** A secret for local use, created once and kept under the data dir so sessions survive restarts. */
function localSecret(dataDir: string, name = 'app-secret'): string {
  const file = join(dataDir, name);
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

/** `CPU_PROFILE_DIR`: each worker and API process writes a V8 CPU profile there when it stops. */
function nodeFlags(env: NodeJS.ProcessEnv): string[] {
  return env.CPU_PROFILE_DIR ? ['--cpu-prof', '--cpu-prof-dir', env.CPU_PROFILE_DIR] : [];
}

/**
 * `LATENCY_NICE`: the niceness (-20…19) of the API and PostgreSQL, the processes a caller waits on
 * before the phone rings, so that another job on the same machine queues behind them.
 */
export function latencyNiceFromEnv(env: NodeJS.ProcessEnv): number {
  // Only root (or CAP_SYS_NICE) may raise a priority: elsewhere the default leaves it, rather than warn at each start.
  const nice = Number(env.LATENCY_NICE ?? (process.getuid?.() === 0 ? DEFAULT_LATENCY_NICE : 0));
  if (!Number.isInteger(nice) || nice < -20 || nice > 19)
    throw new Error(`LATENCY_NICE=${env.LATENCY_NICE}: expected an integer from -20 to 19`);
  return nice;
}

const DEFAULT_LATENCY_NICE = -10;

/**
 * `API_NODE_FLAGS`: V8/Node flags for the API process only (space-separated). The default gives
 * the young generation room for a few seconds of requests' garbage, so that scavenges, each a
 * pause of every request in flight, come a few times less often.
 */
export function apiNodeFlagsFromEnv(env: NodeJS.ProcessEnv): string[] {
  return (env.API_NODE_FLAGS ?? DEFAULT_API_NODE_FLAGS).split(' ').filter(Boolean);
}

const DEFAULT_API_NODE_FLAGS = '--max-semi-space-size=64';

/**
 * Sets the niceness of every thread of a process and of its children. Linux applies a niceness per
 * thread, and a running process's threads and children would keep the old one.
 */
function reprioritiseTree(pid: number, nice: number): void {
  const pids = [pid];
  for (const name of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid) pids.push(Number(name));
    } catch {
      /* ended meanwhile */
    }
  }
  try {
    for (const p of pids) for (const tid of readdirSync(`/proc/${p}/task`)) setPriority(Number(tid), nice);
  } catch (err) {
    console.warn(`could not set niceness ${nice} on PostgreSQL (${(err as Error).message}); it runs at the default`);
  }
}

function runChild(
  name: string,
  script: string,
  env: NodeJS.ProcessEnv,
  echo: boolean,
  extra: { flags?: string[]; nice?: number } = {},
): ChildProcess {
  const command = [join(root, 'node_modules', '.bin', 'tsx'), ...nodeFlags(env), ...(extra.flags ?? []), join(root, script)];
  // Through nice(1), so every thread and child of the process starts at that niceness (nice only warns when not allowed).
  const niced = extra.nice ? ['nice', '-n', String(extra.nice), ...command] : command;
  const child = spawn(niced[0]!, niced.slice(1), {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = (chunk: Buffer) =>
    chunk
      .toString()
      .split('\n')
      .filter(Boolean)
      .map((l) => `[${name}] ${l}`)
      .join('\n') + '\n';
  child.stdout!.on('data', (c: Buffer) => echo && process.stdout.write(prefix(c)));
  child.stderr!.on('data', (c: Buffer) => echo && process.stderr.write(prefix(c)));
  return child;
}

function stopChild(c: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (c.exitCode !== null || c.signalCode !== null) return resolve();
    c.once('exit', () => resolve());
    c.kill('SIGTERM');
    // Past the API's and worker's default shutdown grace (SHUTDOWN_GRACE_SECONDS, 25 s), so a drain is never cut short.
    setTimeout(() => c.kill('SIGKILL'), 30_000).unref();
  });
}

/** Waits until a URL answers 200. */
export async function waitForHealth(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).status === 200) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s`);
}

/**
 * Starts the whole system: embedded PostgreSQL, SMTP catcher, Temporal dev server and sandbox
 * parties (each only when the environment does not point elsewhere), then a worker and an API.
 */
export async function startStack(o: StackOptions): Promise<Stack> {
  mkdirSync(o.dataDir, { recursive: true });
  const stops: Array<() => Promise<void>> = [];
  const ext = process.env;
  try {
    let databaseUrl = ext.DATABASE_URL;
    let pgStop: (() => Promise<void>) | undefined;
    const startPg = async () => {
      const pg = await startEmbeddedPostgres({ dataDir: join(o.dataDir, 'pg'), port: o.pgPort, persistent: true });
      pgStop = pg.stop;
      // Backends fork from the postmaster later and inherit its niceness.
      if (o.latencyNice)
        reprioritiseTree(Number(readFileSync(join(o.dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]), o.latencyNice);
      return pg.url;
    };
    if (!databaseUrl) {
      databaseUrl = await startPg();
      stops.push(() => pgStop!());
    }
    let smtpUrl = ext.SMTP_URL;
    let inboxUrl: string | null = null;
    if (!smtpUrl) {
      const mail = await startMailCatcher({ smtpPort: o.smtpPort, httpPort: o.mailHttpPort, mailDir: join(o.dataDir, 'mail') });
      stops.push(mail.stop);
      smtpUrl = mail.smtpUrl;
      inboxUrl = mail.httpUrl;
    }
    let temporalAddress = ext.TEMPORAL_ADDRESS;
    let temporalUi: string | null = null;
    let temporalStop: (() => Promise<void>) | undefined;
    const startTemporal = async () => {
      const temporal = await startTemporalDevServer({
        cliPath: await ensureTemporalCli(),
        port: o.temporalPort,
        uiPort: o.temporalUiPort,
        dbFile: join(o.dataDir, 'temporal.db'),
        searchAttributes: SEARCH_ATTRIBUTES,
        logFile: join(o.dataDir, 'temporal.log'),
        uiCodecEndpoint: `${ext.PUBLIC_BASE_URL ?? `http://localhost:${o.apiPort}`}/codec`,
      });
      temporalStop = temporal.stop;
      return temporal;
    };
    if (!temporalAddress) {
      const temporal = await startTemporal();
      stops.push(() => temporalStop!());
      temporalAddress = temporal.address;
      temporalUi = temporal.uiUrl;
    }
    const apiUrl = `http://127.0.0.1:${o.apiPort}`;
    const env: NodeJS.ProcessEnv = {
      ...ext,
      ...o.env,
      DATABASE_URL: databaseUrl,
      SMTP_URL: smtpUrl,
      TEMPORAL_ADDRESS: temporalAddress,
      APP_SECRET: ext.APP_SECRET ?? localSecret(o.dataDir),
      SEED_DEMO_DATA: ext.SEED_DEMO_DATA ?? 'true',
      PORT: String(o.apiPort),
      PUBLIC_BASE_URL: ext.PUBLIC_BASE_URL ?? `http://localhost:${o.apiPort}`,
      TEMPORAL_UI_ORIGINS: ext.TEMPORAL_UI_ORIGINS ?? `http://localhost:${o.temporalUiPort},http://127.0.0.1:${o.temporalUiPort}`,
    };
    const kamailio = o.pbx === 'auto' && !ext.PBX_MODE && findKamailio() !== null;
    if (kamailio) {
      env.PBX_MODE = 'kamailio';
      env.PBX_CLIENT_KEY = ext.PBX_CLIENT_KEY ?? localSecret(o.dataDir, 'pbx-client-key');
    }
    if (!ext.PROCESSOR_URL) {
      const sandbox = await startSandbox({
        port: o.sandboxPort,
        dataDir: join(o.dataDir, 'sandbox'),
        webhookTarget: apiUrl,
        secrets: {
          processor: 'sandbox-processor-webhook-secret',
          carrier: 'sandbox-carrier-webhook-secret',
          parcel: 'sandbox-parcel-webhook-secret',
        },
      });
      stops.push(sandbox.stop);
      for (const party of ['PROCESSOR', 'CARRIER', 'PARCEL', 'PBX']) env[`${party}_URL`] ??= `${sandbox.url}/${party.toLowerCase()}`;
    }
    const stack: Stack = {
      apiUrl,
      env,
      temporalUi,
      inboxUrl,
      worker: runChild('worker', 'worker/main.ts', env, o.echoChildren),
      api: runChild('api', 'api/main.ts', env, o.echoChildren, {
        flags: [...apiNodeFlagsFromEnv(env), ...(o.apiNodeFlags ?? [])],
        nice: o.latencyNice,
      }),
      pbx: o.pbx === 'auto' && env.PBX_MODE === 'kamailio' ? runChild('pbx', 'scripts/pbx.ts', env, o.echoChildren) : null,
      restartWorker() {
        stack.worker = runChild('worker', 'worker/main.ts', env, o.echoChildren);
        return stack.worker;
      },
      async restartTemporal() {
        if (!temporalStop) throw new Error('Temporal is external; cannot restart it');
        await temporalStop();
        await startTemporal();
      },
      async restartPostgres() {
        if (!pgStop) throw new Error('PostgreSQL is external; cannot restart it');
        await pgStop();
        await startPg();
      },
      async stop() {
        await Promise.all([stopChild(stack.worker), stopChild(stack.api), ...(stack.pbx ? [stopChild(stack.pbx)] : [])]);
        for (const stop of stops.reverse()) await stop().catch((e) => console.error(e));
      },
    };
    return stack;
  } catch (err) {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    throw err;
  }
}
