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
import { SEARCH_ATTRIBUTES } from '../../workflows/search-attributes';

declare module 'vitest' {
  export interface ProvidedContext {
    env: Record<string, string>;
    mailApi: string;
  }
}

/**
 * Starts the real services once for the whole suite: PostgreSQL, the Temporal dev server, the
 * SMTP catcher and one worker. Tests isolate themselves by creating their own accounts.
 */
export default async function setup(project: TestProject) {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const [pgPort, temporalPort, smtpPort, mailHttpPort] = await Promise.all([freePort(), freePort(), freePort(), freePort()]);
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
    PUBLIC_BASE_URL: 'http://localhost:3000',
    LOG_LEVEL: 'silent',
    LOGIN_RATE_PER_IP: '1000',
  };
  const config = loadConfig(env);
  const db = createDb(config.databaseUrl, 10);
  await migrateToLatest(db, { seedDemo: true });
  const { worker, connection, transport } = await createWorker(config, db);
  const running = worker.run();
  project.provide('env', env);
  project.provide('mailApi', mail.httpUrl);
  return async () => {
    worker.shutdown();
    await running;
    await connection.close();
    transport.close();
    await db.destroy();
    await Promise.allSettled([temporal.stop(), mail.stop(), pg.stop()]);
  };
}
