import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync, mkdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';

import { freePort } from './free-port';

export { freePort };

const execFileAsync = promisify(execFile);

export type SearchAttributeType = 'Keyword' | 'Text' | 'Int' | 'Datetime' | 'Bool' | 'Double' | 'KeywordList';

export interface RunningTemporal {
  /** gRPC frontend, host:port, as the Temporal SDK clients expect it. */
  address: string;
  uiUrl: string | null;
  stop(): Promise<void>;
}

export interface TemporalDevServerOptions {
  cliPath: string;
  port: number;
  uiPort?: number;
  /** SQLite file to persist state in; in-memory when omitted. */
  dbFile?: string;
  searchAttributes: Record<string, SearchAttributeType>;
  headless?: boolean;
  /** Extra namespace to create at launch ("default" always exists). */
  namespace?: string;
  /** Where the server's stdout/stderr go; kept in memory (last lines only) when omitted. */
  logFile?: string;
  /** The remote codec the Web UI decodes payloads with (our API's /codec): workers store them encrypted. */
  uiCodecEndpoint?: string;
}

const READY_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 10_000;
const TAIL_LINES = 40;

// Children still alive when Node exits would keep ports and the SQLite file locked.
const liveChildren = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of liveChildren) child.kill('SIGKILL');
});

/** Keeps only the last lines of a stream so a failed start can show why without unbounded memory. */
class Tail {
  private lines: string[] = [];
  private partial = '';

  /** Adds a chunk of output. */
  push(chunk: Buffer | string): void {
    const text = this.partial + chunk.toString();
    const parts = text.split('\n');
    this.partial = parts.pop() ?? '';
    this.lines.push(...parts);
    if (this.lines.length > TAIL_LINES) this.lines.splice(0, this.lines.length - TAIL_LINES);
  }

  /** Returns the kept lines as one string. */
  text(): string {
    return [...this.lines, this.partial].filter(Boolean).join('\n');
  }
}

/** Reads the last lines of a log file, tolerating its absence. */
function tailFile(file: string): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-TAIL_LINES).join('\n').trim();
  } catch {
    return '';
  }
}

/** Builds the start-dev argument list. */
function serverArgs(opts: TemporalDevServerOptions): string[] {
  const args = ['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(opts.port)];
  if (opts.headless) args.push('--headless');
  else if (opts.uiPort !== undefined) args.push('--ui-port', String(opts.uiPort), '--ui-disable-news-fetch');
  else args.push('--ui-disable-news-fetch');
  if (!opts.headless && opts.uiCodecEndpoint) args.push('--ui-codec-endpoint', opts.uiCodecEndpoint);
  if (opts.dbFile) {
    // WAL + synchronous=normal trade a little durability on power loss for far fewer fsyncs,
    // which is the right call for a dev box and makes workflow-heavy tests much faster.
    args.push('--db-filename', opts.dbFile, '--sqlite-pragma', 'journal_mode=wal', '--sqlite-pragma', 'synchronous=normal');
  }
  if (opts.namespace && opts.namespace !== 'default') args.push('--namespace', opts.namespace);
  // One server and a few workers: a single task-queue partition lets every task match a waiting
  // poll at once instead of being forwarded between partitions (measured ~15% more orders/s).
  args.push(
    '--dynamic-config-value',
    'matching.numTaskqueueReadPartitions=1',
    '--dynamic-config-value',
    'matching.numTaskqueueWritePartitions=1',
  );
  for (const [name, type] of Object.entries(opts.searchAttributes)) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`invalid search attribute name: ${name}`);
    args.push('--search-attribute', `${name}=${type}`);
  }
  args.push('--log-level', 'warn');
  return args;
}

/** CLI flags that keep a developer's TEMPORAL_* env or config file from redirecting our probes elsewhere. */
function hermeticClientArgs(address: string): string[] {
  return ['--address', address, '--disable-config-env', '--disable-config-file', '--command-timeout', '5s'];
}

/** Resolves true once something accepts TCP connections on the port. */
function tcpOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** Resolves true once the frontend answers a namespace describe. */
async function namespaceReady(cliPath: string, address: string, namespace: string): Promise<boolean> {
  try {
    await execFileAsync(cliPath, ['operator', 'namespace', 'describe', '--namespace', namespace, ...hermeticClientArgs(address)], {
      timeout: 10_000,
    });
    return true;
  } catch {
    return false;
  }
}

/** Sends SIGTERM, then SIGKILL if the child outlives the grace period. */
async function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const timedOut = await Promise.race([
    exited.then(() => false),
    new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(true), STOP_GRACE_MS);
    }),
  ]);
  clearTimeout(timer);
  if (timedOut) {
    child.kill('SIGKILL');
    await exited;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts `temporal server start-dev` and resolves once its frontend serves requests. */
export async function startTemporalDevServer(opts: TemporalDevServerOptions): Promise<RunningTemporal> {
  const address = `127.0.0.1:${opts.port}`;
  const args = serverArgs(opts);
  const tail = new Tail();

  let logFd: number | undefined;
  if (opts.logFile) {
    mkdirSync(path.dirname(opts.logFile), { recursive: true });
    logFd = openSync(opts.logFile, 'a');
  }
  if (opts.dbFile) mkdirSync(path.dirname(opts.dbFile), { recursive: true });

  const child = spawn(opts.cliPath, args, {
    stdio: ['ignore', logFd ?? 'pipe', logFd ?? 'pipe'],
    // GOGC=400: the server allocates per request and is CPU-bound under load; collecting a quarter
    // as often cut its CPU per order by ~9% for a few hundred MB more heap. An explicit GOGC wins.
    env: {
      ...process.env,
      GOGC: process.env.GOGC ?? '400',
      TEMPORAL_ADDRESS: undefined,
      TEMPORAL_API_KEY: undefined,
      TEMPORAL_NAMESPACE: undefined,
    },
  });
  // The child holds its own copy of the descriptor.
  if (logFd !== undefined) closeSync(logFd);
  child.stdout?.on('data', (c: Buffer) => tail.push(c));
  child.stderr?.on('data', (c: Buffer) => tail.push(c));
  liveChildren.add(child);

  let spawnError: Error | undefined;
  child.once('error', (err) => {
    spawnError = err;
  });
  child.once('exit', () => liveChildren.delete(child));

  const output = () => (opts.logFile ? tailFile(opts.logFile) : tail.text());
  const fail = async (reason: string): Promise<never> => {
    await terminate(child);
    liveChildren.delete(child);
    const out = output();
    throw new Error(
      `Temporal dev server on ${address} ${reason}.\nCommand: ${opts.cliPath} ${args.join(' ')}` + (out ? `\nLast output:\n${out}` : ''),
    );
  };

  const deadline = Date.now() + READY_TIMEOUT_MS;
  const namespaces = ['default', ...(opts.namespace && opts.namespace !== 'default' ? [opts.namespace] : [])];
  for (;;) {
    if (spawnError) return fail(`could not be spawned (${spawnError.message})`);
    if (child.exitCode !== null || child.signalCode !== null) {
      return fail(`exited early (code ${child.exitCode ?? 'null'}, signal ${child.signalCode ?? 'null'})`);
    }
    if (Date.now() > deadline) return fail(`was not ready within ${READY_TIMEOUT_MS / 1000} s`);
    if (await tcpOpen(opts.port)) {
      let ready = true;
      for (const ns of namespaces) {
        if (!(await namespaceReady(opts.cliPath, address, ns))) {
          ready = false;
          break;
        }
      }
      if (ready) break;
    }
    await sleep(200);
  }

  // localhost, as the API's default public URL: the staff console's cookie then reaches the codec endpoint from the UI (same site).
  const uiUrl = opts.headless ? null : `http://localhost:${opts.uiPort ?? opts.port + 1000}`;
  return {
    address,
    uiUrl,
    stop: async () => {
      await terminate(child);
      liveChildren.delete(child);
    },
  };
}
