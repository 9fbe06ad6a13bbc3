import type { Account, AccountsStore } from '../../db/accounts/accounts.store';
import type { MailOutboxStore } from '../../db/mail/mail-outbox.store';
import { sha256 } from '../../lib/crypto';
import type { MailTransport } from '../../lib/mailer';
import { render, type TemplateTable } from './mail-templates';

/** A request to mail a customer: the key names the business event, so it is mailed once. */
export interface MailRequest {
  key: string;
  accountId: string;
  /** The account, when the caller has just read it. */
  account?: Account;
  template: string;
  data: unknown;
}

/**
 * Sends customer mail through the outbox: render and store once per key, then deliver under a
 * row lock. A retry after a crash finds the stored mail and delivers it only if not yet sent.
 */
export function createMailService(deps: {
  outbox: MailOutboxStore;
  accounts: AccountsStore;
  transport: MailTransport;
  from: string;
  domain?: string;
  templates: TemplateTable;
}) {
  return {
    async send(req: MailRequest): Promise<{ messageId: string; delivered: boolean }> {
      const account = req.account ?? (await deps.accounts.findById(req.accountId));
      if (!account) throw new Error(`mail to unknown account ${req.accountId}`);
      const { subject, text } = render(deps.templates, req.template, account.language, req.data);
      const stored = await deps.outbox.enqueue({
        idempotencyKey: req.key,
        accountId: account.id,
        template: req.template,
        language: account.language,
        to: account.email,
        subject,
        text,
        messageId: `<${sha256(req.key).slice(0, 32)}@${deps.domain ?? 'pbx.example.jp'}>`,
      });
      if (stored.status === 'sent') return { messageId: stored.messageId, delivered: false };
      const delivered = await deps.outbox.withSendLock(stored.id, async (mail) => {
        await deps.transport.send({
          from: deps.from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          messageId: mail.messageId,
          language: mail.language,
        });
        return true;
      });
      return { messageId: stored.messageId, delivered: delivered === true };
    },
  };
}

export type MailService = ReturnType<typeof createMailService>;
