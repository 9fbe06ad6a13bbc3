import type { Knex } from 'knex';
import { createAccountsStore } from './accounts/accounts.store';
import { createCirclesStore } from './accounts/circles.store';
import { createIdempotencyStore } from './idempotency.store';
import { createLedgerStore } from './prepaid/ledger.store';
import { createMailOutboxStore } from './mail/mail-outbox.store';
import { createOrdersStore } from './orders/orders.store';
import { createPasswordResetsStore } from './accounts/password-resets.store';
import { createRateLimitsStore } from './accounts/rate-limits.store';
import { createSessionsStore } from './accounts/sessions.store';
import { createStaffStore } from './accounts/staff.store';
import { createContactsStore } from './telephony/contacts.store';
import { createNumbersStore } from './telephony/numbers.store';
import { createServiceHistoryStore } from './telephony/service-history.store';
import { createUniquesStore } from './telephony/uniques.store';
import { createCardsStore } from './prepaid/cards.store';
import { createPrepaidSettingsStore } from './prepaid/prepaid-settings.store';
import { createTopupsStore } from './prepaid/topups.store';
import { createWebhookEventsStore } from './webhook-events.store';
import { createDevicesStore } from './devices/devices.store';
import { createWarehouseStore } from './devices/warehouse.store';
import { createBillingStore } from './billing/billing.store';
import { createReservationsStore } from './billing/billing-reservations.store';
import { createCdrsStore } from './billing/cdrs.store';
import { createRatesStore } from './billing/rates.store';
import { createBankStatementsStore } from './prepaid/bank-statements.store';
import { createAdjustmentsStore } from './prepaid/adjustments.store';
import { createPricesStore } from './telephony/prices.store';
import { createStockStore } from './devices/stock.store';
import { createAuditStore } from './accounts/audit.store';
import { createCustomerLookupStore } from './accounts/customer-lookup.store';
import { createWebhooksStore } from './webhooks/webhooks.store';
import { createUnusedBalanceStore } from './prepaid/unused-balance.store';
import { createApiKeysStore } from './accounts/api-keys.store';

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
    bankStatements: createBankStatementsStore(db),
    adjustments: createAdjustmentsStore(db),
    prices: createPricesStore(db),
    stock: createStockStore(db),
    audit: createAuditStore(db),
    customerLookup: createCustomerLookupStore(db),
    webhooks: createWebhooksStore(db),
    unusedBalance: createUnusedBalanceStore(db),
    apiKeys: createApiKeysStore(db),
  };
}

export type Stores = ReturnType<typeof createStores>;
