import type { Knex } from 'knex';

/** (placeholder: filled by the feature that owns it) */
export async function up(_knex: Knex): Promise<void> {}

/** (placeholder) */
export async function down(_knex: Knex): Promise<void> {}
