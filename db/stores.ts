import type { Knex } from 'knex';
import { createAccountsStore } from './accounts.store';
import { createCirclesStore } from './circles.store';
import { createIdempotencyStore } from './idempotency.store';
import { createLedgerStore } from './ledger.store';
import { createMailOutboxStore } from './mail-outbox.store';
import { createOrdersStore } from './orders.store';
import { createPasswordResetsStore } from './password-resets.store';
import { createRateLimitsStore } from './rate-limits.store';
import { createSessionsStore } from './sessions.store';
import { createStaffStore } from './staff.store';
import { createWebhookEventsStore } from './webhook-events.store';

/** Every store on one pool, built once per process. */
export function createStores(db: Knex) {
  return {
    accounts: createAccountsStore(db),
    circles: createCirclesStore(db),
    staff: createStaffStore(db),
    sessions: createSessionsStore(db),
    passwordResets: createPasswordResetsStore(db),
    ledger: createLedgerStore(db),
    idempotency: createIdempotencyStore(db),
    rateLimits: createRateLimitsStore(db),
    outbox: createMailOutboxStore(db),
    orders: createOrdersStore(db),
    webhookEvents: createWebhookEventsStore(db),
  };
}

export type Stores = ReturnType<typeof createStores>;
