import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { buildServer, type ServerBuild } from '../../scripts/build';
import { signUp, startTestApi, type TestApi } from '../support/api';
import { CARDS, orderTopup, tokenize, topupCredits, waitForStatus } from '../support/topup';

// The production worker as `npm run worker` runs it: compiled JavaScript under plain node, loading the
// workflow bundle `npm run build` wrote instead of running webpack at start. The build goes inside the
// project (under .data/) so the compiled code finds node_modules as dist/server does.
const root = join(__dirname, '..', '..');
const outDir = join(root, '.data', `compiled-${randomUUID().slice(0, 8)}`);
const taskQueue = `compiled-worker-${randomUUID().slice(0, 8)}`;
const lines: string[] = [];
let build: ServerBuild;
let child: ChildProcess;
let api: TestApi;

async function eventually<T>(check: () => T | undefined, timeoutMs: number): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (child.exitCode !== null || Date.now() > until)
      throw new Error(
        `the compiled worker ${child.exitCode === null ? 'did not start' : `exited (${child.exitCode})`}:\n${lines.slice(-20).join('\n')}`,
      );
    await new Promise((r) => setTimeout(r, 200));
  }
}

beforeAll(async () => {
  build = await buildServer(outDir);
  child = spawn(process.execPath, [join(outDir, 'worker', 'main.js')], {
    env: { ...process.env, ...inject('env'), TEMPORAL_TASK_QUEUE: taskQueue, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const collect = (chunk: Buffer) => lines.push(...chunk.toString().split('\n').filter(Boolean));
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  api = await startTestApi({ TEMPORAL_TASK_QUEUE: taskQueue });
}, 120_000);

afterAll(async () => {
  await api?.close();
  if (child && child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
  rmSync(outDir, { recursive: true, force: true });
});

it('builds JavaScript and a workflow bundle beside it', () => {
  expect(existsSync(join(outDir, 'api', 'main.js'))).toBe(true);
  expect(existsSync(join(outDir, 'worker', 'main.js'))).toBe(true);
  expect(build.bundlePath).toBe(join(outDir, 'workflow-bundle.js'));
  expect(build.bundleBytes).toBeGreaterThan(100_000);
});

it('runs a top-up end to end on the compiled worker, from the prebuilt bundle (no bundling at start)', async () => {
  await eventually(() => lines.find((l) => l.includes('worker started')), 60_000);
  const acct = await signUp(api, { language: 'en' });
  const order = await orderTopup(api, acct.token, { method: 'card', amount: 2_000, cardToken: await tokenize(CARDS.noThreeDs.amex) });
  expect((await waitForStatus(api, acct.token, order.id, 'credited', 30_000)).creditedAmount).toBe(2_000);
  expect(await topupCredits(api, acct.accountId)).toEqual([expect.objectContaining({ amount: 2_000 })]);
  // The SDK logs this line whenever it runs webpack over workflowsPath; from a prebuilt bundle it never does.
  expect(lines.filter((l) => l.includes('Workflow bundle created'))).toEqual([]);
}, 90_000);
