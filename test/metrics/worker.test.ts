import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import net from 'node:net';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { loadConfig } from '../../lib/config';
import { temporalDataConverter } from '../../lib/temporal';
import { passwordReminderWorkflowId } from '../../workflows/accounts/contract';
import { sampleValue } from './prom-text';

// The worker process as `npm run worker` starts it (worker/main.ts), on a task queue of its own:
// its /metrics carries our pbx_ series and the Temporal SDK's temporal_ ones, its probes answer,
// and every line it writes (the SDK's and the activities' included) is pino JSON.
const root = join(__dirname, '..', '..');
const taskQueue = `metrics-worker-${randomUUID().slice(0, 8)}`;
let child: ChildProcess;
let port: number;
const lines: string[] = [];
let connection: Connection;

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port: p } = server.address() as net.AddressInfo;
      server.close(() => resolve(p));
    });
  });

async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`not within ${timeoutMs} ms; worker output:\n${lines.slice(-20).join('\n')}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

beforeAll(async () => {
  port = await freePort();
  child = spawn(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'worker', 'main.ts')], {
    env: { ...process.env, ...inject('env'), TEMPORAL_TASK_QUEUE: taskQueue, WORKER_METRICS_PORT: String(port), LOG_LEVEL: 'debug' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let partial = '';
  const collect = (chunk: Buffer) => {
    const text = partial + chunk.toString();
    const parts = text.split('\n');
    partial = parts.pop()!;
    lines.push(...parts.filter(Boolean));
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  connection = await Connection.connect({ address: inject('env').TEMPORAL_ADDRESS! });
}, 60_000);

afterAll(async () => {
  await connection?.close();
  if (child && child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
});

it('serves /health/live, and /health/ready once it polls', async () => {
  const ready = await eventually(async () => {
    const res = await fetch(`http://127.0.0.1:${port}/health/ready`);
    return res.status === 200 ? res.json() : undefined;
  });
  expect(ready).toEqual({ status: 'ready', database: 'up', temporal: 'up' });
  expect((await fetch(`http://127.0.0.1:${port}/health/live`)).status).toBe(200);
}, 90_000);

it('logs a workflow’s activity as JSON with its workflow ID and run ID, and counts it in temporal_ series beside pbx_ ones', async () => {
  const client = new Client({ connection, dataConverter: temporalDataConverter(loadConfig(inject('env')).temporal) });
  const requestId = randomUUID();
  const handle = await client.workflow.start('passwordReminderWorkflow', {
    taskQueue,
    workflowId: passwordReminderWorkflowId(requestId),
    args: [{ requestId, loginId: `nobody-${requestId}` }],
  });
  expect(await handle.result()).toBe('no_such_login');

  const activityLine = await eventually(async () =>
    lines
      .map((l) => {
        try {
          return JSON.parse(l) as Record<string, unknown>;
        } catch {
          return undefined;
        }
      })
      .find((l) => l?.workflowId === handle.workflowId && l.activityType !== undefined),
  );
  expect(activityLine).toMatchObject({ name: 'worker', workflowId: handle.workflowId, runId: handle.firstExecutionRunId });
  expect(activityLine).not.toHaveProperty('taskToken');
  // Every line is JSON: the SDK's and core's own included.
  const notJson = lines.filter((l) => {
    try {
      JSON.parse(l);
      return false;
    } catch {
      return true;
    }
  });
  expect(notJson).toEqual([]);

  const text = await eventually(async () => {
    const body = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    return /^temporal_activity_execution_latency/m.test(body) ? body : undefined;
  }, 20_000);
  expect(sampleValue(text, 'pbx_process_cpu_seconds_total')).toBeGreaterThan(0);
  expect(text).toMatch(/^temporal_\w+\{[^}]*task_queue="[^"]+"/m);
}, 90_000);

it('stops on SIGTERM and exits 0 once its running tasks are done', async () => {
  const exited = new Promise<number | null>((r) => child.once('exit', r));
  process.kill(child.pid!, 'SIGTERM');
  const exit = await exited;
  expect(exit).toBe(0);
  expect(lines.some((l) => l.includes('worker stopping'))).toBe(true);
}, 60_000);
