import type { Knex } from 'knex';

/** (placeholder: filled by the feature that owns it) */
export function createAdjustmentsStore(_db: Knex) {
  return {};
}
