import type { Knex } from 'knex';

/** (placeholder: filled by the feature that owns it) */
export function createPricesStore(_db: Knex) {
  return {};
}
