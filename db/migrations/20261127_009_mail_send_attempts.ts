import type { Knex } from 'knex';

/**
 * Every hand-off of a mail to SMTP, committed before the hand-off. A worker killed after SMTP took
 * a mail but before "sent" was committed mails it again (same Message-ID): delivery is at least
 * once, and this log tells such a re-send apart from a mail sent twice by mistake.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('mail_send_attempts', (t) => {
    t.bigIncrements('id');
    t.bigInteger('mail_id').notNullable().references('id').inTable('mail_outbox').onDelete('cascade');
    t.timestamp('started_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['mail_id']);
  });
}

/** Drops the send-attempt log. */
export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('mail_send_attempts');
}
