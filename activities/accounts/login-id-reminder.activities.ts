import type { AccountsStore } from '../../db/accounts/accounts.store';
import type { CirclesStore } from '../../db/accounts/circles.store';
import type { MailService } from '../mail/mail-service';

/** Dependencies of the login-ID reminder activities. */
export interface LoginIdReminderDeps {
  accounts: AccountsStore;
  circles: CirclesStore;
  mail: MailService;
  publicBaseUrl: string;
}

/** Login-ID reminder activities: find the accounts of an address, mail each its login IDs. */
export function createLoginIdReminderActivities(deps: LoginIdReminderDeps) {
  return {
    /** The accounts registered to the address; none is an ordinary answer, never told to the caller. */
    async findAccountsByEmail(input: { email: string }): Promise<string[]> {
      return (await deps.accounts.listByEmail(input.email)).map((a) => a.id);
    },

    /** Mails one account its login ID and its circles' login IDs, once per request. */
    async mailLoginIds(input: { requestId: string; accountId: string }): Promise<void> {
      const account = await deps.accounts.findById(input.accountId);
      if (!account) return;
      const circles = await deps.circles.list(account.id);
      await deps.mail.send({
        key: `login-id-reminder:${input.requestId}:${account.id}`,
        accountId: account.id,
        account,
        template: 'login_id_reminder',
        data: {
          name: account.name,
          accountLoginId: account.loginId,
          circles: circles.map((c) => ({ name: c.name, loginId: c.loginId })),
          loginUrl: `${deps.publicBaseUrl}/`,
        },
      });
    },
  };
}
