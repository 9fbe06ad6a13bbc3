import { execSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpus, totalmem } from 'node:os';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { createDb } from '../db/knex';
import { loadConfig } from '../lib/config';
import { createTemporalClient } from '../lib/temporal';
import { latencyNiceFromEnv, startStack, waitForHealth } from '../scripts/stack';
import { scenarios } from './scenarios';
import { round } from './lib/stats';
import { settle } from './lib/cpu';
import { runBaseline } from '../workflows/bench/starters';

const root = join(__dirname, '..');
const resultsFile = join(root, 'bench', 'results', 'latest.json');
/** The stack's ports: API, PostgreSQL, Temporal, its UI, SMTP, the mail inbox, the sandbox, the worker's /metrics. */
const BENCH_PORTS = [3300, 54339, 7333, 8333, 1125, 8125, 4110, 9333] as const;

function gitCommit(): string {
  try {
    return execSync('git rev-parse --short HEAD', { cwd: root }).toString().trim();
  } catch {
    return 'unknown';
  }
}

/** Whether something already answers on a local port. */
function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port }, () => (socket.destroy(), resolve(true)));
    socket.on('error', () => resolve(false));
  });
}

/** `npm run bench [-- scenario ...]`: runs scenarios against a fresh local stack and reports. */
async function main() {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const unknown = wanted.filter((w) => !scenarios.some((s) => s.name === w));
  if (unknown.length) {
    console.error(`unknown scenario(s): ${unknown.join(', ')}; known: ${scenarios.map((s) => s.name).join(', ')}`);
    process.exit(2);
  }
  const selected = wanted.length ? scenarios.filter((s) => wanted.includes(s.name)) : scenarios.filter((s) => !s.onlyWhenNamed);
  const dataDir = join(root, '.data', 'bench');
  // Another bench on this checkout would lose its database under it: its ports and data dir are these.
  const busy = (await Promise.all(BENCH_PORTS.map(async (p) => ((await portInUse(p)) ? [p] : [])))).flat();
  if (busy.length) {
    console.error(`another bench is running (ports ${busy.join(', ')} answer); wait for it to end`);
    process.exit(2);
  }
  rmSync(dataDir, { recursive: true, force: true });
  const log = (m: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${m}`);
  log('starting a fresh stack (PostgreSQL, Temporal dev server, SMTP catcher, sandbox, worker, API)');
  const [apiPort, pgPort, temporalPort, temporalUiPort, smtpPort, mailHttpPort, sandboxPort, workerMetricsPort] = BENCH_PORTS;
  const stack = await startStack({
    dataDir,
    apiPort,
    pgPort,
    temporalPort,
    temporalUiPort,
    smtpPort,
    mailHttpPort,
    sandboxPort,
    echoChildren: process.env.BENCH_VERBOSE === '1',
    apiNodeFlags: ['--import', join(root, 'bench', 'lib', 'api-probe.ts')],
    latencyNice: latencyNiceFromEnv(process.env),
    env: {
      BENCH_PROBE_FILE: join(dataDir, 'api-probe.jsonl'),
      LOG_LEVEL: 'warn',
      LOGIN_RATE_PER_IP: '1000000',
      DATABASE_POOL_MAX: process.env.DATABASE_POOL_MAX ?? '30',
      PBX_CLIENT_KEY: randomBytes(32).toString('base64url'),
      // The soak reads the worker's heap there.
      WORKER_METRICS_PORT: String(workerMetricsPort),
    },
  });
  const db = createDb(stack.env.DATABASE_URL!, 10);
  const results: Record<string, Record<string, number>> = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : {};
  let failed = false;
  try {
    await waitForHealth(`${stack.apiUrl}/health`, 180_000);
    // The worker bundles the workflow code at start (seconds of CPU); no scenario should share the machine with that.
    const config = loadConfig(stack.env);
    const temporal = await createTemporalClient(config.temporal);
    await runBaseline(temporal, config.temporal.taskQueue, `BenchWarmUp:${Date.now()}`, 1);
    await temporal.connection.close();
    log('worker ready');
    for (const s of selected) {
      const quiet = await settle();
      log(
        `▶ ${s.name}: ${s.description} (machine ${Math.round(quiet.busy * 100)}% busy after waiting ${Math.round(quiet.waitedMs / 1000)} s to settle)`,
      );
      try {
        const metrics = await s.run({ stack, db, progress: (m) => log(`  ${s.name}: ${m}`) });
        results[s.name] = Object.fromEntries(Object.entries(metrics).map(([k, v]) => [k, round(v, 3)]));
        log(`✔ ${s.name}: ${JSON.stringify(results[s.name])}`);
      } catch (err) {
        failed = true;
        log(`✘ ${s.name} failed: ${(err as Error).stack ?? err}`);
      }
    }
  } finally {
    await db.destroy();
    await stack.stop();
  }
  (results as Record<string, unknown>)._meta = {
    cores: cpus().length,
    memory_gb: round(totalmem() / 2 ** 30, 1),
    commit: gitCommit(),
    at: new Date().toISOString(),
  } as never;
  mkdirSync(join(root, 'bench', 'results'), { recursive: true });
  writeFileSync(resultsFile, JSON.stringify(results, null, 2) + '\n');
  console.log('\nscenario    metric                     value');
  console.log('----------  -------------------------  ------------');
  for (const [name, metrics] of Object.entries(results)) {
    if (name === '_meta') continue;
    for (const [metric, value] of Object.entries(metrics))
      console.log(`${name.padEnd(10)}  ${metric.padEnd(25)}  ${String(value).padStart(12)}`);
  }
  console.log(`\n${cpus().length} cores, commit ${gitCommit()}; written to bench/results/latest.json`);
  process.exit(failed ? 1 : 0);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
