import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import type { TestProject } from 'vitest/node';
import { createDb } from '../../db/knex';
import { migrateToLatest } from '../../db/migrate';
import { loadConfig } from '../../lib/config';
import { freePort } from '../../scripts/free-port';
import { startMailCatcher } from '../../scripts/mail-catcher';
import { startEmbeddedPostgres } from '../../scripts/postgres';
import { startTemporalDevServer } from '../../scripts/temporal-dev';
import { ensureTemporalCli } from '../../scripts/tools';
import { createWorker } from '../../worker/create-worker';
import { createApp } from '../../api/app';
import { createStores } from '../../db/stores';
import { createLogger } from '../../lib/logger';
import { createParties } from '../../lib/parties';
import { createTemporalClient } from '../../lib/temporal';
import { startSandbox } from '../../sandbox/server';
import { SEARCH_ATTRIBUTES } from '../../workflows/search-attributes';
import { domainSeeders } from '../../modules';
import { buildWeb } from '../../scripts/build-web';

declare module 'vitest' {
  export interface ProvidedContext {
    env: Record<string, string>;
    mailApi: string;
    /** The suite's shared API, where the sandbox parties deliver their webhooks. */
    apiUrl: string;
    sandboxUrl: string;
  }
}

/**
 * Starts the real services once for the whole suite: PostgreSQL, the Temporal dev server, the
 * SMTP catcher and one worker. Tests isolate themselves by creating their own accounts.
 */
export default async function setup(project: TestProject) {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const [pgPort, temporalPort, smtpPort, mailHttpPort, apiPort, sandboxPort] = await Promise.all([
    freePort(),
    freePort(),
    freePort(),
    freePort(),
    freePort(),
    freePort(),
  ]);
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const sandboxUrl = `http://127.0.0.1:${sandboxPort}`;
  const cliPath = await ensureTemporalCli();
  const [pg, temporal, mail] = await Promise.all([
    startEmbeddedPostgres({ dataDir: mkdtempSync(join(tmpdir(), 'pbx-test-pg-')), port: pgPort, persistent: false }),
    startTemporalDevServer({ cliPath, port: temporalPort, headless: true, searchAttributes: SEARCH_ATTRIBUTES }),
    startMailCatcher({ smtpPort, httpPort: mailHttpPort }),
  ]);
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    DATABASE_URL: pg.url,
    TEMPORAL_ADDRESS: temporal.address,
    TEMPORAL_TASK_QUEUE: 'pbx-test',
    SMTP_URL: mail.smtpUrl,
    APP_SECRET: 'test-secret-0123456789abcdef',
    PUBLIC_BASE_URL: apiUrl,
    PROCESSOR_URL: `${sandboxUrl}/processor`,
    CARRIER_URL: `${sandboxUrl}/carrier`,
    PBX_URL: `${sandboxUrl}/pbx`,
    PARCEL_URL: `${sandboxUrl}/parcel`,
    LOG_LEVEL: 'silent',
    LOGIN_RATE_PER_IP: '1000',
    // Overseas numbers are ready after their lead time: about 3 seconds here instead of days.
    OVERSEAS_NUMBER_LEAD_DAYS: '0.000035',
  };
  // The browser tests load the staff console from the suite's API.
  await buildWeb();
  const config = loadConfig(env);
  const db = createDb(config.databaseUrl, 10);
  await migrateToLatest(db, { seedDemo: true, seeders: domainSeeders() });
  // One set of parties for the suite's worker and API, as a process builds it once.
  const parties = createParties(config, db);
  const { worker, connection, transport } = await createWorker(config, db, {}, {}, parties);
  const running = worker.run();
  const sandbox = await startSandbox({
    port: sandboxPort,
    // The suite runs on the saved state, as npm start does.
    dataDir: mkdtempSync(join(tmpdir(), 'pbx-test-sandbox-')),
    webhookTarget: apiUrl,
    secrets: {
      processor: config.parties.processor.webhookSecret,
      carrier: config.parties.carrier.webhookSecret,
      parcel: config.parties.parcel.webhookSecret,
    },
  });
  const temporalClient = await createTemporalClient(config.temporal);
  const apiServer = createApp({
    config,
    db,
    stores: createStores(db),
    temporal: temporalClient,
    log: createLogger('silent', 'suite-api'),
    parties,
  }).listen(apiPort, '127.0.0.1');
  project.provide('env', env);
  project.provide('mailApi', mail.httpUrl);
  project.provide('apiUrl', apiUrl);
  project.provide('sandboxUrl', sandboxUrl);
  return async () => {
    await new Promise((r) => apiServer.close(r));
    await sandbox.stop();
    await temporalClient.connection.close();
    worker.shutdown();
    await running;
    await connection.close();
    transport.close();
    await db.destroy();
    await Promise.allSettled([temporal.stop(), mail.stop(), pg.stop()]);
  };
}
