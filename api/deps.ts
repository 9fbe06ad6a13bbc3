import type { Client } from '@temporalio/client';
import type { Knex } from 'knex';
import type { Logger } from 'pino';
import type { CircleServiceCheck } from '../db/accounts/circles.store';
import type { Stores } from '../db/stores';
import type { AppConfig } from '../lib/config';
import type { Parties } from '../lib/parties';
import type { CredentialLookup } from './accounts/login-kinds';

/** The process's own resources, which api/main.ts (or a test) hands to the API. */
export interface ApiInfra {
  config: AppConfig;
  db: Knex;
  stores: Stores;
  temporal: Client;
  log: Logger;
  /** The outside parties, built once per process. */
  parties: Parties;
}

/** What route handlers may use: the resources plus what the domains contribute; nothing else reaches them. */
export interface ApiDeps extends ApiInfra {
  /** Every domain's login tabs, by `kind`. */
  loginKinds: Record<string, CredentialLookup>;
  /** Every domain's check for live services that keep a circle. */
  circleServiceChecks: CircleServiceCheck[];
}
