import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { DEMO_STAFF } from '../db/seed';
import { SEARCH_ATTRIBUTES } from '../workflows/search-attributes';
import { startMailCatcher } from './mail-catcher';
import { startEmbeddedPostgres } from './postgres';
import { startTemporalDevServer } from './temporal-dev';
import { ensureTemporalCli } from './tools';
import { startSandbox } from '../sandbox/server';

const root = join(__dirname, '..');
const dataDir = join(root, '.data');
const num = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

/** A secret for local use, created once and kept under .data so sessions survive restarts. */
function localSecret(): string {
  const file = join(dataDir, 'app-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

function runChild(name: string, script: string, env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(join(root, 'node_modules', '.bin', 'tsx'), [join(root, script)], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = (chunk: Buffer) => chunk.toString().split('\n').filter(Boolean).map((l) => `[${name}] ${l}`).join('\n') + '\n';
  child.stdout!.on('data', (c: Buffer) => process.stdout.write(prefix(c)));
  child.stderr!.on('data', (c: Buffer) => process.stderr.write(prefix(c)));
  return child;
}

async function waitForHealth(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).status === 200) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s`);
}

/** `npm start`: the whole system on embedded defaults, or on whatever the environment points at. */
async function main() {
  mkdirSync(dataDir, { recursive: true });
  const stops: Array<() => Promise<void>> = [];
  const port = num('PORT', 3000);

  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    const pg = await startEmbeddedPostgres({ dataDir: join(dataDir, 'pg'), port: num('EMBEDDED_PG_PORT', 54329), persistent: true });
    stops.push(pg.stop);
    databaseUrl = pg.url;
  }

  let smtpUrl = process.env.SMTP_URL;
  let inboxUrl: string | null = null;
  if (!smtpUrl) {
    const mail = await startMailCatcher({ smtpPort: num('MAIL_SMTP_PORT', 1025), httpPort: num('MAIL_HTTP_PORT', 8025), storeFile: join(dataDir, 'mail.jsonl') });
    stops.push(mail.stop);
    smtpUrl = mail.smtpUrl;
    inboxUrl = mail.httpUrl;
  }

  let temporalAddress = process.env.TEMPORAL_ADDRESS;
  let temporalUi: string | null = null;
  if (!temporalAddress) {
    const cliPath = await ensureTemporalCli();
    const temporal = await startTemporalDevServer({
      cliPath,
      port: num('TEMPORAL_PORT', 7233),
      uiPort: num('TEMPORAL_UI_PORT', 8233),
      dbFile: join(dataDir, 'temporal.db'),
      searchAttributes: SEARCH_ATTRIBUTES,
      logFile: join(dataDir, 'temporal.log'),
    });
    stops.push(temporal.stop);
    temporalAddress = temporal.address;
    temporalUi = temporal.uiUrl;
  }

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    SMTP_URL: smtpUrl,
    TEMPORAL_ADDRESS: temporalAddress,
    APP_SECRET: process.env.APP_SECRET ?? localSecret(),
    SEED_DEMO_DATA: process.env.SEED_DEMO_DATA ?? 'true',
    PORT: String(port),
  };
  if (!process.env.PROCESSOR_URL) {
    const sandboxPort = num('SANDBOX_PORT', 4010);
    const sandbox = await startSandbox({
      port: sandboxPort,
      webhookTarget: `http://127.0.0.1:${port}`,
      secrets: { processor: 'sandbox-processor-webhook-secret', carrier: 'sandbox-carrier-webhook-secret', parcel: 'sandbox-parcel-webhook-secret' },
    });
    stops.push(sandbox.stop);
    for (const party of ['PROCESSOR', 'CARRIER', 'PARCEL']) env[`${party}_URL`] ??= `${sandbox.url}/${party.toLowerCase()}`;
  }
  const children = [runChild('worker', 'worker/main.ts', env), runChild('api', 'api/main.ts', env)];

  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log('\nstopping…');
    await Promise.all(
      children.map((c) => new Promise<void>((resolve) => {
        if (c.exitCode !== null) return resolve();
        c.once('exit', () => resolve());
        c.kill('SIGTERM');
        setTimeout(() => c.kill('SIGKILL'), 15_000).unref();
      })),
    );
    for (const stop of stops.reverse()) await stop().catch((e) => console.error(e));
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  for (const c of children) c.once('exit', (code) => !stopping && (console.error(`a process exited (${code}); stopping`), void shutdown(1)));

  await waitForHealth(`http://127.0.0.1:${port}/health`, 120_000);
  const staff = DEMO_STAFF.map((s) => `${s.role} ${s.loginId} / ${s.password}`).join(', ');
  console.log(`
Cloud PBX back end is up.
  API          http://localhost:${port}/v1
  API docs     http://localhost:${port}/docs   (OpenAPI: /openapi.json)
  Health       http://localhost:${port}/health
  Temporal UI  ${temporalUi ?? `(external Temporal at ${temporalAddress})`}
  Mail inbox   ${inboxUrl ?? `(external SMTP at ${smtpUrl})`}
  Sandbox      ${env.PROCESSOR_URL} (card processor), carrier and parcel beside it
  Staff logins ${env.SEED_DEMO_DATA === 'true' ? staff : '(not seeded)'}
Ctrl-C stops everything; data stays in .data/.
`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
