import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createDb } from '../../db/knex';
import { createMailOutboxStore } from '../../db/mail/mail-outbox.store';

const env = inject('env') as Record<string, string>;
const db = createDb(env.DATABASE_URL!, 4);
const outbox = createMailOutboxStore(db);
afterAll(() => db.destroy());

/** A pending mail of its own key. */
const newMail = (key = `test:${randomUUID()}`) =>
  outbox.enqueue({
    idempotencyKey: key,
    accountId: null,
    template: 't',
    language: 'en',
    to: 'a@example.jp',
    subject: 's',
    text: 'x',
    messageId: `<${randomUUID()}@example.jp>`,
  });

describe('mail outbox', () => {
  it('marks a mail sent once SMTP took it even when the database connection drops before the commit, so it is not mailed again', async () => {
    const key = `test:${randomUUID()}`;
    const mail = await newMail(key);
    let sends = 0;
    const result = await outbox.withSendLock(mail.id, async () => {
      sends++;
      // The database restarts while SMTP is talking: the connection holding the row lock is gone.
      const killed = await db.raw(
        `select pg_terminate_backend(pid) from pg_stat_activity where state = 'idle in transaction' and query ilike '%from "mail_outbox"%for update%' and pid <> pg_backend_pid()`,
      );
      expect(killed.rows.length).toBeGreaterThanOrEqual(1);
      return 'delivered';
    });
    expect(result).toBe('delivered');
    expect(await outbox.countSentByKey(key)).toBe(1);
    // The activity's retry finds it sent and does not mail again.
    expect(await outbox.withSendLock(mail.id, async () => ++sends)).toBeUndefined();
    expect(sends).toBe(1);
  });

  it('logs every hand-off to SMTP before it happens, so a re-send after a worker died mid-send is told apart from a bug', async () => {
    const mail = await newMail();
    // A first attempt dies after SMTP took the mail: its transaction rolls back, the mail stays pending.
    await expect(
      outbox.withSendLock(mail.id, async () => {
        throw Object.assign(new Error('worker killed'), { code: 'ECONNRESET' });
      }),
    ).rejects.toThrow('worker killed');
    expect(await outbox.countSendAttempts(mail.id)).toBe(1);
    expect(await outbox.withSendLock(mail.id, async () => 'delivered')).toBe('delivered');
    expect(await outbox.countSendAttempts(mail.id)).toBe(2);
  });
});
