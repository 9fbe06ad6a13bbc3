import { randomUUID } from 'node:crypto';
import { chmodSync, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Knex } from 'knex';

/** Destinations in the mix a business PBX dials: mostly fixed and mobile, some 050, free call, navi dial and abroad. */
export const DESTINATIONS = [
  '0312345678',
  '0662345678',
  '09012345678',
  '08012345678',
  '07012345678',
  '0501234567',
  '0120123456',
  '01014155550100',
  '0570012345',
];

// The seeded caller-ID numbers count up from a random start, so two seedings of one database (scenarios) do not collide.
let benchNumbers = 90_000_000 + Math.floor(Math.random() * 5_000_000);

/**
 * Accounts with a large balance (booked through the ledger table so balances stay consistent),
 * one circle and one 050 caller-ID number each, and some active uniques that present it; written
 * straight to the tables because the API's way (purchase saga per unique) would cost minutes before
 * the measurement even starts.
 */
export async function seedCallers(
  db: Knex,
  accounts: number,
  uniquesPerAccount: number,
): Promise<{ accountIds: string[]; uniqueIds: string[] }> {
  const accountIds: string[] = [];
  const uniqueIds: string[] = [];
  const balance = 1_000_000_000;
  for (let i = 0; i < accounts; i++) {
    const loginId = `bench-${randomUUID().slice(0, 12)}`;
    const [a] = await db('accounts')
      .insert({ login_id: loginId, password_hash: 'x', email: `${loginId}@bench.example.jp`, name: 'Bench', language: 'en', balance })
      .returning('id');
    await db('ledger_entries').insert({
      account_id: a.id,
      amount: balance,
      kind: 'adjustment',
      reference: 'bench',
      idempotency_key: `bench:${a.id}`,
      balance_after: balance,
    });
    const [c] = await db('circles')
      .insert({ account_id: a.id, name: 'Bench', login_id: `${loginId}-c`, password_hash: 'x' })
      .returning('id');
    // An outside call needs a caller-ID number (migration 021); without one every call would be refused, and hold nothing.
    const [n] = await db('phone_numbers')
      .insert({
        number: `050${String(benchNumbers++).padStart(8, '0')}`,
        kind: 'ip050',
        status: 'active',
        account_id: a.id,
        circle_id: c.id,
        monthly_fee: 0,
      })
      .returning('id');
    const rows = await db('uniques')
      .insert(
        Array.from({ length: uniquesPerAccount }, () => ({
          account_id: a.id,
          circle_id: c.id,
          kind: 'sip_terminal',
          status: 'active',
          monthly_fee: 1100,
          activated_at: new Date(),
          caller_id_number_id: n.id,
        })),
      )
      .returning('id');
    accountIds.push(a.id);
    uniqueIds.push(...rows.map((r: { id: string }) => r.id));
  }
  return { accountIds, uniqueIds };
}

/** One generated CDR as the PBX posts it. */
export interface BenchCdr {
  callId: string;
  uniqueId: string;
  direction: 'outbound';
  destination: string;
  startedAt: string;
  durationSeconds: number;
}

/** CDRs number `offset`…`offset + count - 1` of a run: spread over uniques, destinations, a month of starts and 0–15 min. */
export function makeCdrs(runId: string, uniqueIds: string[], count: number, offset: number): BenchCdr[] {
  const base = Date.parse('2026-11-01T00:00:00+09:00');
  return Array.from({ length: count }, (_, i) => {
    const n = offset + i;
    return {
      callId: `bench-${runId}-${n}`,
      uniqueId: uniqueIds[n % uniqueIds.length]!,
      direction: 'outbound',
      destination: DESTINATIONS[n % DESTINATIONS.length]!,
      startedAt: new Date(base + (n % 2_000_000) * 1000).toISOString(),
      durationSeconds: (n * 37) % 900,
    };
  });
}

/**
 * PostgreSQL's own ceiling for the same rows: a server-side COPY from a CSV file into a table with
 * the same primary key, rows per second. The server runs on this machine, so it can read the file.
 */
export async function copyRowsPerSecond(db: Knex, uniqueIds: string[], total: number): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'pbx-bench-copy-'));
  chmodSync(dir, 0o755);
  const file = join(dir, 'cdrs.csv');
  try {
    const out = createWriteStream(file);
    for (let off = 0; off < total; off += 50_000) {
      const lines = makeCdrs('copy', uniqueIds, Math.min(50_000, total - off), off).map(
        (r) => `${r.callId},${r.uniqueId},${r.direction},${r.destination},${r.startedAt},${r.durationSeconds}\n`,
      );
      if (!out.write(lines.join(''))) await new Promise<void>((r) => out.once('drain', () => r()));
    }
    await new Promise<void>((r) => out.end(() => r()));
    chmodSync(file, 0o644);
    await db.raw('drop table if exists bench_cdr_copy');
    await db.raw(
      `create table bench_cdr_copy (call_id text primary key, unique_id uuid, direction text, destination text, started_at timestamptz, duration_seconds int)`,
    );
    const started = performance.now();
    await db.raw(`copy bench_cdr_copy from '${file}' with (format csv)`);
    const seconds = (performance.now() - started) / 1000;
    await db.raw('drop table bench_cdr_copy');
    return total / seconds;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
