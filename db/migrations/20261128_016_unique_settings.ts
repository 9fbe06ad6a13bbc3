import type { Knex } from 'knex';

const CHECKS: Array<[name: string, rule: string]> = [
  ['uniques_incoming_extension_ck', `incoming_extension ~ '^[0-9]{2,5}$'`],
  ['uniques_outgoing_extension_ck', `outgoing_extension ~ '^[0-9]{2,5}$'`],
  ['uniques_pickup_group_ck', 'pickup_group between 1 and 99'],
  ['uniques_pickup_notification_number_ck', `pickup_notification_number ~ '^[0-9]{2,15}$'`],
  // "Outbound calls prohibited" is the caller ID choice that shows no number.
  ['uniques_caller_id_or_prohibited_ck', 'not (outbound_prohibited and caller_id_number_id is not null)'],
];

/**
 * The settings screen's rules (§4) held by the database too, so that no path around the API
 * (a script, a later feature) can store a unique the PBX would refuse.
 */
export async function up(knex: Knex): Promise<void> {
  for (const [name, rule] of CHECKS) await knex.raw(`alter table uniques add constraint ${name} check (${rule})`);
}

/** Drops the settings checks. */
export async function down(knex: Knex): Promise<void> {
  for (const [name] of CHECKS) await knex.raw(`alter table uniques drop constraint if exists ${name}`);
}
