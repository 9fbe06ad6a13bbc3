import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmodSync, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Knex } from 'knex';
import { rateUnratedCdrs } from '../activities/billing/rate-cdrs';
import { createApp } from '../api/app';
import { createDb } from '../db/knex';
import { createStores } from '../db/stores';
import { loadConfig } from '../lib/config';
import { createLogger } from '../lib/logger';
import { createTemporalClient } from '../lib/temporal';
import { DESTINATIONS, emit, freshDatabase, seedCustomers } from './billing-fixtures';

/** One generated CDR as the PBX would post it. */
type Row = { callId: string; uniqueId: string; direction: 'outbound'; destination: string; startedAt: string; durationSeconds: number };

function makeRows(uniqueIds: string[], count: number, offset: number): Row[] {
  const base = Date.parse('2026-11-01T00:00:00+09:00');
  return Array.from({ length: count }, (_, i) => {
    const n = offset + i;
    return {
      callId: `bench-${n}-${randomUUID().slice(0, 8)}`,
      uniqueId: uniqueIds[n % uniqueIds.length]!,
      direction: 'outbound',
      destination: DESTINATIONS[n % DESTINATIONS.length]!,
      startedAt: new Date(base + (n % 2_000_000) * 1000).toISOString(),
      durationSeconds: (n * 37) % 900,
    };
  });
}

/** Baseline: PostgreSQL's own COPY of the same rows (server-side file, PK only), rows per second. */
async function copyBaseline(db: Knex, uniqueIds: string[], total: number): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'pbx-bench-copy-'));
  chmodSync(dir, 0o755);
  const file = join(dir, 'cdrs.csv');
  const out = createWriteStream(file);
  for (let off = 0; off < total; off += 50_000) {
    const lines = makeRows(uniqueIds, Math.min(50_000, total - off), off).map((r) => `${r.callId},${r.uniqueId},${r.direction},${r.destination},${r.startedAt},${r.durationSeconds}\n`);
    if (!out.write(lines.join(''))) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((r) => out.end(() => r()));
  chmodSync(file, 0o644);
  await db.raw(`create table cdr_copy_baseline (call_id text primary key, unique_id uuid, direction text, destination text, started_at timestamptz, duration_seconds int)`);
  const started = process.hrtime.bigint();
  await db.raw(`copy cdr_copy_baseline from '${file}' with (format csv)`);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await db.raw('drop table cdr_copy_baseline');
  rmSync(dir, { recursive: true, force: true });
  return total / seconds;
}

/**
 * `tsx bench/cdr.ts [total] [--direct]`: ingest + rating of N CDRs (default 1,000,000) through the
 * real HTTP ingest endpoint (or the store with --direct) while the rating loop runs beside it, as
 * the CdrRating workflow's activity does; then PostgreSQL's raw COPY of the same rows as a ceiling.
 */
export async function main() {
  const total = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 1_000_000);
  const direct = process.argv.includes('--direct');
  const batch = 5000;
  const { pg, db } = await freshDatabase(20);
  try {
    const { uniqueIds } = await seedCustomers(db, 200, 5);
    const config = loadConfig({ ...process.env, DATABASE_URL: 'postgres://unused', SMTP_URL: 'smtp://127.0.0.1:1', APP_SECRET: 'bench-secret-0123456789', TEMPORAL_ADDRESS: '127.0.0.1:1', BODY_LIMIT_BYTES: String(8 * 1024 * 1024) });
    const stores = createStores(db);
    const temporal = await createTemporalClient(config.temporal);
    const server = createApp({ config, db, stores, temporal, log: createLogger('silent', 'bench') }).listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const port = (server.address() as { port: number }).port;
    const staffId = (await db('staff').insert({ login_id: `bench-op-${randomUUID().slice(0, 6)}`, password_hash: 'x', name: 'Bench', role: 'operator' }).returning('id'))[0].id;
    const { token } = await stores.sessions.create({ kind: 'staff', staffId, role: 'operator' }, 600);

    let ingested = 0;
    const started = process.hrtime.bigint();
    const ingest = async (worker: number, workers: number) => {
      for (let off = worker * batch; off < total; off += workers * batch) {
        const rows = makeRows(uniqueIds, Math.min(batch, total - off), off);
        if (direct) {
          ingested += (await stores.cdrs.ingest(rows.map((r) => ({ ...r, startedAt: new Date(r.startedAt) })))).inserted.size;
        } else {
          const res = await fetch(`http://127.0.0.1:${port}/v1/calls/cdrs`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ records: rows }) });
          const body = (await res.json()) as { accepted: number };
          if (res.status !== 200) throw new Error(`ingest ${res.status}: ${JSON.stringify(body).slice(0, 300)}`);
          ingested += body.accepted;
        }
      }
    };
    let rated = 0;
    // The rating loop runs in its own process, as the worker's activity does beside the API.
    const rater = spawn(join(__dirname, '..', 'node_modules', '.bin', 'tsx'), [__filename, '--rater', pg.url, String(total), String(config.billing.ratingBatch)], { stdio: ['ignore', 'pipe', 'inherit'] });
    rater.stdout!.on('data', (chunk: Buffer) => {
      const last = chunk.toString().trim().split('\n').pop();
      if (last && /^\d+$/.test(last)) rated = Number(last);
    });
    const rating = new Promise<void>((resolve, reject) => rater.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`rater exited ${code}`)))));
    const progress = setInterval(() => process.stderr.write(`  ingested ${ingested}, rated ${rated}\n`), 5000);
    await Promise.all([ingest(0, 3), ingest(1, 3), ingest(2, 3)]);
    const ingestSeconds = Number(process.hrtime.bigint() - started) / 1e9;
    await rating;
    clearInterval(progress);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const imbalances = await stores.ledger.findImbalances();
    server.close();
    await temporal.connection.close().catch(() => undefined);

    const copyRate = await copyBaseline(db, uniqueIds, total);
    const cdrsPerS = rated / seconds;
    emit('cdr', { path: direct ? 'store' : 'http', cdrs: rated, seconds: Math.round(seconds * 100) / 100, ingest_only_per_s: Math.round(ingested / ingestSeconds), cdrs_per_s: Math.round(cdrsPerS), copy_rows_per_s: Math.round(copyRate), ratio_to_copy: Math.round((cdrsPerS / copyRate) * 1000) / 1000, ledger_imbalances: imbalances.length, rating_batch: config.billing.ratingBatch, ingest_batch: batch });
  } finally {
    await db.destroy();
    await pg.stop();
  }
}

/** The rater process: rates until `expected` CDRs are rated, printing the running count. */
async function raterMain(url: string, expected: number, batchSize: number) {
  const db = createDb(url, 4);
  const stores = createStores(db);
  let rated = 0;
  while (rated < expected) {
    const pass = await rateUnratedCdrs(stores, { batchSize, budgetMs: 1000 });
    rated += pass.rated;
    console.log(String(rated));
    if (pass.rated === 0) await new Promise((r) => setTimeout(r, 20));
  }
  await db.destroy();
}

if (require.main === module && process.argv[2] === '--rater') {
  raterMain(process.argv[3]!, Number(process.argv[4]), Number(process.argv[5])).then(
    () => process.exit(0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
} else if (require.main === module) {
  main().then(
    () => process.exit(0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
