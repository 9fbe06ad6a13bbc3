import { createDb } from '../db/knex';
import { migrateToLatest } from '../db/migrate';
import { loadConfig } from '../lib/config';
import { createLogger } from '../lib/logger';
import { createWorker } from './create-worker';
import { domainSeeders } from '../modules';

/** The worker process: configured by the environment only, stops cleanly on SIGINT/SIGTERM. */
async function main() {
  const config = loadConfig();
  const log = createLogger(config.logLevel, 'worker');
  const db = createDb(config.databaseUrl, config.databasePoolMax);
  await migrateToLatest(db, { seedDemo: config.seedDemoData, seeders: domainSeeders() });
  const { worker, connection, transport } = await createWorker(config, db);
  log.info({ taskQueue: config.temporal.taskQueue, temporal: config.temporal.address }, 'worker started');
  // The SDK's own shutdown hooks stop polling on SIGINT/SIGTERM and let running tasks finish.
  await worker.run();
  await connection.close();
  transport.close();
  await db.destroy();
  log.info('worker stopped');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
