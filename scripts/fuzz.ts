import { execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_STAFF } from '../db/seed';
import { startStack, waitForHealth } from './stack';

const root = join(__dirname, '..');
const VERSION = '4.32.5';
const venv = join(root, '.tools', `schemathesis-${VERSION}`);
const st = join(venv, 'bin', 'st');

/** Installs schemathesis from PyPI into a project-local venv, once. */
function ensureSchemathesis(): string {
  const done = join(venv, '.complete');
  if (existsSync(done)) return st;
  // A venv's scripts hard-code its path, so it is built in place; the marker says it finished.
  rmSync(venv, { recursive: true, force: true });
  execFileSync('python3', ['-m', 'venv', venv], { stdio: 'inherit' });
  execFileSync(join(venv, 'bin', 'pip'), ['install', '-q', `schemathesis==${VERSION}`], { stdio: 'inherit' });
  writeFileSync(done, VERSION);
  return st;
}

async function json(url: string, method = 'GET', body?: unknown, token?: string) {
  const res = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: res.status, body: (await res.json().catch(() => undefined)) as any };
}

// Ending the fuzzer's own session would turn the rest of the run into 401s.
const SESSION_ENDING = ['logout', 'changePassword'];

/** `npm run fuzz`: schemathesis against /openapi.json, authenticated as each role in turn. */
async function main() {
  const bin = ensureSchemathesis();
  const dataDir = join(root, '.data', 'fuzz');
  rmSync(dataDir, { recursive: true, force: true });
  const stack = await startStack({
    dataDir,
    apiPort: 3400,
    pgPort: 54349,
    temporalPort: 7433,
    temporalUiPort: 8433,
    smtpPort: 1225,
    mailHttpPort: 8225,
    sandboxPort: 4210,
    echoChildren: false,
    env: { LOG_LEVEL: 'warn', LOGIN_RATE_PER_IP: '1000000', LOGIN_RATE_PER_ID: '1000000' },
  });
  let failures = 0;
  try {
    await waitForHealth(`${stack.apiUrl}/health`, 180_000);
    const spec = (await json(`${stack.apiUrl}/openapi.json`)).body as {
      paths: Record<string, Record<string, { operationId: string; 'x-access': string[] }>>;
    };
    const ops = Object.values(spec.paths).flatMap((p) => Object.values(p));
    const loginId = `fuzz-${randomUUID().slice(0, 8)}`;
    await json(`${stack.apiUrl}/v1/accounts`, 'POST', {
      loginId,
      password: 'fuzz-password-1',
      email: `${loginId}@example.jp`,
      name: 'Fuzz',
      language: 'en',
    });
    const account = (await json(`${stack.apiUrl}/v1/auth/login`, 'POST', { kind: 'account', loginId, password: 'fuzz-password-1' })).body
      .token;
    await json(`${stack.apiUrl}/v1/circles`, 'POST', { name: 'fuzz', loginId: `${loginId}-c`, password: 'fuzz-password-1' }, account);
    const circle = (
      await json(`${stack.apiUrl}/v1/auth/login`, 'POST', { kind: 'circle', loginId: `${loginId}-c`, password: 'fuzz-password-1' })
    ).body.token;
    const staff = async (role: string) =>
      (
        await json(`${stack.apiUrl}/v1/auth/login`, 'POST', {
          kind: 'staff',
          loginId: role,
          password: DEMO_STAFF.find((s) => s.role === role)!.password,
        })
      ).body.token;
    const roles: Record<string, string | undefined> = {
      anonymous: undefined,
      account,
      circle,
      operator: await staff('operator'),
      warehouse: await staff('warehouse'),
    };
    const maxExamples = process.env.FUZZ_EXAMPLES ?? '25';
    const summary: string[] = [];
    for (const [role, token] of Object.entries(roles)) {
      const allowed = ops.filter(
        (o) => (o['x-access'].includes('public') || o['x-access'].includes(role)) && !SESSION_ENDING.includes(o.operationId),
      );
      const reportDir = join(dataDir, `report-${role}`);
      mkdirSync(reportDir, { recursive: true });
      const args = [
        'run',
        `${stack.apiUrl}/openapi.json`,
        '--checks',
        'not_a_server_error,response_schema_conformance,content_type_conformance',
        '--max-examples',
        maxExamples,
        '--workers',
        '2',
        '--seed',
        '20261126',
        '--report',
        'junit',
        '--report-junit-path',
        join(reportDir, 'junit.xml'),
        '--no-color',
        ...allowed.flatMap((o) => ['--include-operation-id', o.operationId]),
      ];
      if (token) args.push('--header', `Authorization: Bearer ${token}`);
      console.log(`\n=== ${role}: ${allowed.length} operations, ${maxExamples} examples each ===`);
      // Asynchronous on purpose: this process also hosts the sandbox parties and the mail catcher,
      // which a blocking spawn would freeze (the API's calls to the processor then timed out).
      const run = await runChild(bin, args);
      const out = run.stdout;
      process.stdout.write(out.split('\n').slice(-40).join('\n') + '\n');
      const junit = existsSync(join(reportDir, 'junit.xml')) ? readFileSync(join(reportDir, 'junit.xml'), 'utf8') : '';
      const failed = Number(/failures="(\d+)"/.exec(junit)?.[1] ?? (run.status === 0 ? 0 : 1));
      const errors = Number(/errors="(\d+)"/.exec(junit)?.[1] ?? 0);
      failures += failed + errors;
      summary.push(`${role.padEnd(10)} operations=${allowed.length} failures=${failed} errors=${errors} exit=${run.status}`);
    }
    console.log(`\nfuzz summary\n${summary.join('\n')}\ntotal failures: ${failures}`);
  } finally {
    await stack.stop();
  }
  process.exit(failures ? 1 : 0);
}

/** Runs a command to its end without blocking this process's event loop; stdout is collected. */
function runChild(bin: string, args: string[]): Promise<{ status: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    const chunks: Buffer[] = [];
    child.stdout!.on('data', (c: Buffer) => chunks.push(c));
    child.once('error', reject);
    child.once('close', (status) => resolve({ status, stdout: Buffer.concat(chunks).toString('utf8') }));
  });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
