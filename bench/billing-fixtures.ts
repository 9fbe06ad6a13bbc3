import { randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Knex } from 'knex';
import { createDb } from '../db/knex';
import { migrateToLatest } from '../db/migrate';
import '../db/stores';
import { freePort } from '../scripts/free-port';
import { startEmbeddedPostgres, type RunningPostgres } from '../scripts/postgres';

/** A throwaway embedded PostgreSQL, migrated and seeded with the rate table. */
export async function freshDatabase(poolMax = 20): Promise<{ pg: RunningPostgres; db: Knex }> {
  const dir = mkdtempSync(join(tmpdir(), 'pbx-bench-pg-'));
  chmodSync(dir, 0o755);
  const pg = await startEmbeddedPostgres({ dataDir: join(dir, 'pg'), port: await freePort(), persistent: false });
  const db = createDb(pg.url, poolMax);
  await migrateToLatest(db, { seedDemo: false });
  return { pg, db };
}

/** Accounts with a large balance (booked through the ledger table), one circle each and some uniques. */
export async function seedCustomers(db: Knex, accounts: number, uniquesPerAccount: number): Promise<{ accountIds: string[]; uniqueIds: string[] }> {
  const accountIds: string[] = [];
  const uniqueIds: string[] = [];
  const balance = 1_000_000_000;
  for (let i = 0; i < accounts; i++) {
    const loginId = `bench-${randomUUID().slice(0, 12)}`;
    const [a] = await db('accounts').insert({ login_id: loginId, password_hash: 'x', email: `${loginId}@bench.example.jp`, name: 'Bench', language: 'en', balance }).returning('id');
    await db('ledger_entries').insert({ account_id: a.id, amount: balance, kind: 'adjustment', reference: 'bench', idempotency_key: `bench:${a.id}`, balance_after: balance });
    const [c] = await db('circles').insert({ account_id: a.id, name: 'Bench', login_id: `${loginId}-c`, password_hash: 'x' }).returning('id');
    const rows = await db('uniques')
      .insert(Array.from({ length: uniquesPerAccount }, () => ({ account_id: a.id, circle_id: c.id, kind: 'sip_terminal', status: 'active', monthly_fee: 1100, activated_at: new Date() })))
      .returning('id');
    accountIds.push(a.id);
    uniqueIds.push(...rows.map((r: { id: string }) => r.id));
  }
  return { accountIds, uniqueIds };
}

/** Destinations in the mix a business PBX dials: mostly fixed and mobile, some 050, free call and abroad. */
export const DESTINATIONS = ['0312345678', '0662345678', '09012345678', '08012345678', '07012345678', '0501234567', '0120123456', '01014155550100', '0570012345'];

/** Percentile of sorted numbers. */
export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/** Prints one measured figure as a JSON line. */
export const emit = (scenario: string, metrics: Record<string, number | string>) => console.log(JSON.stringify({ scenario, ...metrics }));
