import type { Server } from 'node:http';
import type { Logger } from 'pino';
import { createDb } from '../db/knex';
import { migrateToLatest } from '../db/migrate';
import { createStores } from '../db/stores';
import { loadConfig, type AppConfig } from '../lib/config';
import { createLogger } from '../lib/logger';
import { createParties } from '../lib/parties';
import { createTemporalClient } from '../lib/temporal';
import { createApp } from './app';
import { beginShutdown } from './system/lifecycle';
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
  const onSignal = () => void stop(server, { config, log, close: () => temporal.connection.close().then(() => db.destroy()) });
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Stops without cutting a request short: readiness answers 503 at once; after SHUTDOWN_DELAY_SECONDS
 * (time for a load balancer to notice) no new connection is accepted and idle keep-alive ones are
 * closed as they fall idle; requests in flight get SHUTDOWN_GRACE_SECONDS to finish, then whatever
 * remains is cut and Temporal and the database are closed.
 */
async function stop(server: Server, { config, log, close }: { config: AppConfig; log: Logger; close: () => Promise<void> }) {
  if (!beginShutdown()) return;
  const { delayMs, graceMs } = config.shutdown;
  log.info({ delayMs, graceMs }, 'api stopping: readiness answers 503');
  await sleep(delayMs);
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  // A connection whose request just finished is idle now; close it rather than wait for its keep-alive timeout.
  const sweep = setInterval(() => server.closeIdleConnections(), 100);
  const drained = await Promise.race([closed.then(() => true), sleep(graceMs).then(() => false)]);
  clearInterval(sweep);
  if (!drained) {
    log.warn({ graceMs }, 'grace period over: closing the connections still open');
    server.closeAllConnections();
  }
  await close().catch((err: Error) => log.warn({ err: err.message }, 'closing Temporal and the database'));
  log.info('api stopped');
  process.exit(0);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
