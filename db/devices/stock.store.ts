import type { Knex } from 'knex';

/** (placeholder: filled by the feature that owns it) */
export function createStockStore(_db: Knex) {
  return {};
}
