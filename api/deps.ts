import type { Client } from '@temporalio/client';
import type { Knex } from 'knex';
import type { Logger } from 'pino';
import type { Stores } from '../db/stores';
import type { AppConfig } from '../lib/config';

/** What route handlers may use: nothing else reaches them. */
export interface ApiDeps {
  config: AppConfig;
  db: Knex;
  stores: Stores;
  temporal: Client;
  log: Logger;
}
