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
import { createContactsStore } from './contacts.store';
import { createNumbersStore } from './numbers.store';
import { createServiceHistoryStore } from './service-history.store';
import { createUniquesStore } from './uniques.store';
import { createCardsStore } from './cards.store';
import { createPrepaidSettingsStore } from './prepaid-settings.store';
import { createTopupsStore } from './topups.store';
import { createWebhookEventsStore } from './webhook-events.store';
import { createDevicesStore } from './devices.store';
import { createWarehouseStore } from './warehouse.store';
import { createBillingStore } from './billing.store';
import { createReservationsStore } from './billing-reservations.store';
import { createCdrsStore } from './cdrs.store';
import { createRatesStore } from './rates.store';

/** Every store on one pool, built once per process. */
export function createStores(db: Knex) {
  return {
    /** Runs several stores' writes as one transaction: pass the `trx` to each store call. */
    transaction: <T>(run: (trx: Knex.Transaction) => Promise<T>): Promise<T> => db.transaction(run),
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
    devices: createDevicesStore(db),
    warehouse: createWarehouseStore(db),
    rates: createRatesStore(db),
    cdrs: createCdrsStore(db),
    reservations: createReservationsStore(db),
    billing: createBillingStore(db, createLedgerStore(db)),
    topups: createTopupsStore(db),
    cards: createCardsStore(db),
    prepaidSettings: createPrepaidSettingsStore(db),
    numbers: createNumbersStore(db),
    uniques: createUniquesStore(db),
    serviceHistory: createServiceHistoryStore(db),
    contacts: createContactsStore(db),
  };
}

export type Stores = ReturnType<typeof createStores>;
