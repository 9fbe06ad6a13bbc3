import type { Knex } from 'knex';

/** The outbox's waiting mails, for its sender and the backlog metrics, without scanning every mail ever sent. */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`create index if not exists mail_outbox_pending on mail_outbox (created_at) where status = 'pending'`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop index if exists mail_outbox_pending');
}
