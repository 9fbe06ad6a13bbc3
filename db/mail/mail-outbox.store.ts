import type { Knex } from 'knex';

/** A rendered mail waiting for, or done with, SMTP delivery. */
export interface OutboxMail {
  id: number;
  idempotencyKey: string;
  accountId: string | null;
  template: string;
  language: string;
  to: string;
  subject: string;
  text: string;
  messageId: string;
  status: 'pending' | 'sent';
  attempts: number;
  sentAt: Date | null;
}

type OutboxRow = {
  id: number;
  idempotency_key: string;
  account_id: string | null;
  template: string;
  language: string;
  to_address: string;
  subject: string;
  body_text: string;
  message_id: string;
  status: 'pending' | 'sent';
  attempts: number;
  sent_at: Date | null;
};

const toMail = (r: OutboxRow): OutboxMail => ({
  id: r.id,
  idempotencyKey: r.idempotency_key,
  accountId: r.account_id,
  template: r.template,
  language: r.language,
  to: r.to_address,
  subject: r.subject,
  text: r.body_text,
  messageId: r.message_id,
  status: r.status,
  attempts: r.attempts,
  sentAt: r.sent_at,
});

/** The mail outbox: one row per logical mail, so a retried step never mails twice. */
export function createMailOutboxStore(db: Knex) {
  /** Marks a delivered mail sent, retrying while the database is unreachable (bounded). */
  async function markSentWhenBack(id: number, attempts: number, patienceMs = 60_000): Promise<void> {
    const deadline = Date.now() + patienceMs;
    for (;;) {
      try {
        await db('mail_outbox').where({ id }).update({ status: 'sent', sent_at: db.fn.now(), attempts });
        return;
      } catch (err) {
        if (Date.now() > deadline) throw err;
        await new Promise((r) => setTimeout(r, 500));
      }
    }
  }

  return {
    /** Stores the mail unless its key exists; returns the stored row either way. */
    async enqueue(m: Omit<OutboxMail, 'id' | 'status' | 'attempts' | 'sentAt'>): Promise<OutboxMail> {
      const { rows } = await db.raw(
        `with ins as (
           insert into mail_outbox (idempotency_key, account_id, template, language, to_address, subject, body_text, message_id)
           values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (idempotency_key) do nothing returning *
         )
         select * from ins union all select * from mail_outbox where idempotency_key = ? and not exists (select 1 from ins)`,
        [m.idempotencyKey, m.accountId, m.template, m.language, m.to, m.subject, m.text, m.messageId, m.idempotencyKey],
      );
      // A concurrent insert that committed after this statement's snapshot is not in its result.
      const row =
        (rows[0] as OutboxRow | undefined) ?? (await db<OutboxRow>('mail_outbox').where({ idempotency_key: m.idempotencyKey }).first());
      return toMail(row!);
    },

    /**
     * Locks the row for sending; returns undefined when it was sent already or another worker is
     * sending it right now (skip locked), so two attempts never deliver the same mail.
     */
    async withSendLock<T>(id: number, send: (mail: OutboxMail) => Promise<T>): Promise<T | undefined> {
      let delivered: { result: T; attempts: number } | undefined;
      // Committed before the lock and the hand-off, so it survives a crash in between (see the migration).
      await db('mail_send_attempts').insert({ mail_id: id });
      try {
        const outcome = await db.transaction(async (trx) => {
          const row = await trx<OutboxRow>('mail_outbox').where({ id, status: 'pending' }).forUpdate().skipLocked().first();
          if (!row) return { skipped: true as const };
          try {
            const result = await send(toMail(row));
            delivered = { result, attempts: row.attempts + 1 };
            await trx('mail_outbox')
              .where({ id })
              .update({ status: 'sent', sent_at: trx.fn.now(), attempts: row.attempts + 1 });
            return { result };
          } catch (error) {
            if (delivered) throw error;
            // Record the failure inside the same transaction, then rethrow once it has committed.
            await trx('mail_outbox')
              .where({ id })
              .update({ attempts: row.attempts + 1, last_error: String((error as Error).message).slice(0, 500) });
            return { error };
          }
        });
        if ('skipped' in outcome) return undefined;
        if ('error' in outcome) throw outcome.error;
        return outcome.result;
      } catch (err) {
        if (!delivered) throw err;
        // SMTP took the mail but the database went away before "sent" was committed (a restart):
        // mark it as soon as the database is back, or the activity's retry would mail it again.
        await markSentWhenBack(id, delivered.attempts);
        return delivered.result;
      }
    },

    async listForAccount(accountId: string, limit = 50): Promise<OutboxMail[]> {
      const rows = await db<OutboxRow>('mail_outbox').where({ account_id: accountId }).orderBy('id', 'desc').limit(limit);
      return rows.map(toMail);
    },

    /** How many times the mail was handed to SMTP or about to be (a re-send after a crash counts). */
    async countSendAttempts(id: number): Promise<number> {
      const row = await db('mail_send_attempts').where({ mail_id: id }).count<{ count: string }[]>('id as count');
      return Number(row[0]?.count ?? 0);
    },

    async countSentByKey(idempotencyKey: string): Promise<number> {
      const row = await db('mail_outbox')
        .where({ idempotency_key: idempotencyKey, status: 'sent' })
        .count<{ count: string }[]>('id as count');
      return Number(row[0]?.count ?? 0);
    },
  };
}

export type MailOutboxStore = ReturnType<typeof createMailOutboxStore>;
