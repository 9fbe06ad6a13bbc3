import type { Knex } from 'knex';
import { Client, type ClientConfig } from 'pg';
import { migrations } from './migrations';
import { seedReferenceData, type Seeder } from './seed';

/** Knex migration source that lists migrations in code, so bundlers and tsx need no directory scan. */
const source: Knex.MigrationSource<string> = {
  getMigrations: async () => Object.keys(migrations).sort(),
  getMigrationName: (name) => name,
  getMigration: async (name) => migrations[name]!,
};

/**
 * Runs `work` while holding the migrations' advisory lock on a connection of its own, outside the
 * pool, so that a pool of one connection still has it free for the migrations.
 */
async function whileLocked(db: Knex, work: () => Promise<unknown>): Promise<void> {
  const connection = db.client.config.connection as string | ClientConfig;
  const lock = new Client(typeof connection === 'string' ? { connectionString: connection } : connection);
  lock.on('error', () => undefined); // a restart ends the session and its lock; the query reports it
  await lock.connect();
  try {
    await lock.query('select pg_advisory_lock(hashtext($1))', ['pbx:migrations']);
    await work();
  } finally {
    await lock.end().catch(() => undefined);
  }
}

/** Brings the schema to the latest version and loads idempotent reference data. */
export async function migrateToLatest(db: Knex, opts: { seedDemo?: boolean; seeders?: Seeder[] } = {}): Promise<void> {
  // The api and the worker may start together. Knex's own lock table is created by whoever gets
  // there first, so both could try to create it: an advisory lock lets one migrate at a time. A
  // loser that still collides (42P07, MigrationLocked), or a database that is still starting or
  // restarting, waits and retries.
  for (let attempt = 0; ; attempt++) {
    try {
      await whileLocked(db, () => db.migrate.latest({ migrationSource: source }));
      break;
    } catch (err) {
      const e = err as { name?: string; code?: string };
      const transient =
        e.name === 'MigrationLocked' || ['ECONNREFUSED', 'ECONNRESET', '57P03', 'ETIMEDOUT', '42P07'].includes(e.code ?? '');
      if (!transient || attempt > 120) throw err;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  await seedReferenceData(db, { demo: opts.seedDemo ?? false, seeders: opts.seeders ?? [] });
}
