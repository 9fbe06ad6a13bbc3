import type { AccountsStore } from '../../db/accounts/accounts.store';
import type { PasswordResetsStore } from '../../db/accounts/password-resets.store';
import { hmac } from '../../lib/crypto';
import type { MailService } from '../mail/mail-service';

/** Dependencies of the password reminder activities. */
export interface PasswordResetDeps {
  accounts: AccountsStore;
  passwordResets: PasswordResetsStore;
  mail: MailService;
  secret: string;
  publicBaseUrl: string;
  ttlMinutes: number;
}

/** Password reminder activities; the raw token never enters workflow history. */
export function createPasswordResetActivities(deps: PasswordResetDeps) {
  // Derived, not random, so a retried activity reproduces the very token it stored.
  const tokenFor = (requestId: string) => hmac(deps.secret, `password-reset:${requestId}`);

  return {
    /** Records a reset token for the login ID; null when no account has that ID. */
    async issuePasswordReset(input: { requestId: string; loginId: string }): Promise<{ accountId: string } | null> {
      const found = await deps.accounts.findCredentials(input.loginId);
      if (!found) return null;
      await deps.passwordResets.issue({
        requestId: input.requestId,
        accountId: found.account.id,
        token: tokenFor(input.requestId),
        ttlMinutes: deps.ttlMinutes,
      });
      return { accountId: found.account.id };
    },

    /** Mails the reset link to the account's registered address, once per request. */
    async mailPasswordReset(input: { requestId: string; accountId: string }): Promise<void> {
      const account = await deps.accounts.findById(input.accountId);
      if (!account) return;
      const resetUrl = `${deps.publicBaseUrl}/reset-password?token=${tokenFor(input.requestId)}`;
      await deps.mail.send({
        key: `password-reset:${input.requestId}`,
        accountId: account.id,
        template: 'password_reset',
        data: { name: account.name, resetUrl, minutes: deps.ttlMinutes },
      });
    },
  };
}
