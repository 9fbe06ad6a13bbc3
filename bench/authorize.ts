import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { join } from 'node:path';
import { createStores } from '../db/stores';
import { freePort } from '../scripts/free-port';
import { DESTINATIONS, emit, freshDatabase, percentile, seedCustomers } from './billing-fixtures';

const root = join(__dirname, '..');

/** One POST over a keep-alive agent; resolves with the status code. */
function post(agent: http.Agent, port: number, path: string, token: string, body: unknown): Promise<number> {
  const data = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path, method: 'POST', agent, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(data);
  });
}

/**
 * Open-loop load at a fixed rate: requests leave on schedule whatever the answers do, and latency
 * is measured from the scheduled instant, so a stall shows as latency rather than a lower rate.
 */
export async function fixedRate(opts: { rate: number; seconds: number; warmupSeconds: number; send: () => Promise<number> }) {
  const latencies: number[] = [];
  let errors = 0;
  let sent = 0;
  const inflight: Promise<void>[] = [];
  const total = opts.rate * (opts.seconds + opts.warmupSeconds);
  const start = performance.now();
  await new Promise<void>((done) => {
    const tick = () => {
      const due = Math.min(total, Math.floor(((performance.now() - start) / 1000) * opts.rate));
      while (sent < due) {
        const scheduled = start + (sent / opts.rate) * 1000;
        const measured = sent >= opts.rate * opts.warmupSeconds;
        sent++;
        inflight.push(
          opts.send().then(
            (status) => {
              if (status !== 200) errors++;
              if (measured) latencies.push(performance.now() - scheduled);
            },
            () => {
              errors++;
            },
          ),
        );
      }
      if (sent >= total) done();
      // A timer, not setImmediate: a busy loop here would take a core from the API and PostgreSQL.
      else setTimeout(tick, 1);
    };
    tick();
  });
  await Promise.all(inflight);
  const elapsed = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  return { ratePerSec: sent / elapsed, p50: percentile(latencies, 50), p99: percentile(latencies, 99), max: latencies[latencies.length - 1] ?? 0, errors };
}

/**
 * `tsx bench/authorize.ts [seconds] [rate]`: call authorisation at a fixed rate (default 1,000/s
 * for 30 s) against the API running as its own process, with 200 accounts and 1,000 uniques.
 */
export async function main() {
  const nums = process.argv.slice(2).filter((a) => /^\d+$/.test(a)).map(Number);
  const seconds = nums[0] ?? 30;
  const rate = nums[1] ?? 1000;
  const { pg, db } = await freshDatabase(5);
  const port = await freePort();
  const env = {
    ...process.env,
    DATABASE_URL: pg.url,
    DATABASE_POOL_MAX: process.env.DATABASE_POOL_MAX ?? '20',
    SMTP_URL: 'smtp://127.0.0.1:1',
    APP_SECRET: 'bench-secret-0123456789',
    TEMPORAL_ADDRESS: '127.0.0.1:1',
    PORT: String(port),
    LOG_LEVEL: 'silent',
    NODE_ENV: 'production',
  };
  const api = spawn(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'api', 'main.ts')], { env, stdio: ['ignore', 'inherit', 'inherit'] });
  try {
    const { uniqueIds } = await seedCustomers(db, 200, 5);
    const stores = createStores(db);
    const staffId = (await db('staff').insert({ login_id: `bench-op-${randomUUID().slice(0, 6)}`, password_hash: 'x', name: 'Bench', role: 'operator' }).returning('id'))[0].id;
    const { token } = await stores.sessions.create({ kind: 'staff', staffId, role: 'operator' }, 600);
    for (let i = 0; ; i++) {
      // /health answers 503 without Temporal, which authorisation does not need: any answer means listening.
      const ok = await fetch(`http://127.0.0.1:${port}/openapi.json`).then((r) => r.status === 200, () => false);
      if (ok) break;
      if (i > 240 || api.exitCode !== null) throw new Error('API did not start');
      if (i % 10 === 9) process.stderr.write('  waiting for the API…\n');
      await new Promise((r) => setTimeout(r, 500));
    }
    const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
    let n = 0;
    const result = await fixedRate({
      rate,
      seconds,
      warmupSeconds: 3,
      send: () => {
        n++;
        return post(agent, port, '/v1/calls/authorize', token, { uniqueId: uniqueIds[(n * 7919) % uniqueIds.length], destination: DESTINATIONS[n % DESTINATIONS.length], callId: `bench-${n}` });
      },
    });
    agent.destroy();
    const r2 = (x: number) => Math.round(x * 100) / 100;
    emit('authorize', { rate_per_s: r2(result.ratePerSec), p50_ms: r2(result.p50), p99_ms: r2(result.p99), max_ms: r2(result.max), errors: result.errors, seconds, target_rate: rate });
  } finally {
    if (api.exitCode === null && api.signalCode === null) {
      const exited = new Promise((r) => api.once('exit', r));
      api.kill('SIGTERM');
      await exited;
    }
    await db.destroy();
    await pg.stop();
  }
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
