import { createDb } from '../db/knex';
import { migrateToLatest } from '../db/migrate';
import { createStores } from '../db/stores';
import { loadConfig } from '../lib/config';
import { createLogger } from '../lib/logger';
import { createParties } from '../lib/parties';
import { createTemporalClient } from '../lib/temporal';
import { createApp } from './app';
import { domainSeeders } from '../modules';
import { ensureWebhookDispatcher } from '../workflows/webhooks/starters';

/** The API process: configured by the environment only. */
async function main() {
  const config = loadConfig();
  const log = createLogger(config.logLevel, 'api');
  const db = createDb(config.databaseUrl, config.databasePoolMax);
  await migrateToLatest(db, { seedDemo: config.seedDemoData, seeders: domainSeeders() });
  const temporal = await createTemporalClient(config.temporal);
  const app = createApp({ config, db, stores: createStores(db), temporal, log, parties: createParties(config, db) });
  const server = app.listen(config.port, () => log.info({ port: config.port }, 'api listening'));
  // A dispatcher terminated by hand (or lost with a Temporal cluster's history) comes back with the next API start.
  if (await db('webhook_endpoints').where({ enabled: true }).first('id'))
    await ensureWebhookDispatcher(temporal, config.temporal.taskQueue).catch((err: Error) =>
      log.warn({ err: err.message }, 'could not start the webhook dispatcher; it starts with the next endpoint change'),
    );
  const stop = () => {
    log.info('api stopping');
    server.close(() => {
      void temporal.connection
        .close()
        .then(() => db.destroy())
        .then(() => process.exit(0));
    });
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
