import { createDb } from '../db/knex';
import { migrateToLatest } from '../db/migrate';
import { domainSeeders } from '../modules';

/** `npm run migrate`: brings DATABASE_URL's schema up to date and loads the reference data. */
async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error('DATABASE_URL is required');
    process.exit(2);
  }
  const db = createDb(url, 2);
  try {
    await migrateToLatest(db, { seedDemo: process.env.SEED_DEMO_DATA === 'true', seeders: domainSeeders() });
    console.log('migrations: up to date');
  } finally {
    await db.destroy();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
