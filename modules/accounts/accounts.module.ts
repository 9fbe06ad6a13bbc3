import { createLoginIdReminderActivities } from '../../activities/accounts/login-id-reminder.activities';
import { createPasswordResetActivities } from '../../activities/accounts/password-reset.activities';
import { accountsMailTemplates } from '../../activities/mail/mail-templates';
import { accountRoutes } from '../../api/accounts/account.routes';
import { apiKeysMessages } from '../../api/accounts/api-keys.messages';
import { apiKeyRoutes } from '../../api/accounts/api-keys.routes';
import { authRoutes } from '../../api/accounts/auth.routes';
import { circleRoutes } from '../../api/accounts/circles.routes';
import { accountsMessages } from '../../api/accounts/messages';
import { customerLookupRoutes } from '../../api/accounts/customer-lookup.routes';
import { staffAdminMessages } from '../../api/accounts/staff-admin.messages';
import { staffAdminRoutes } from '../../api/accounts/staff-admin.routes';
import { accountLoginKinds } from '../../api/accounts/login-kinds';
import type { DomainModule } from '../domain-module';

/** Accounts: sign-up, logins, sessions and API keys, the password and login-ID reminders, circles, staff and their audit. */
export const accountsModule: DomainModule = {
  name: 'accounts',
  routes: [...authRoutes, ...apiKeyRoutes, ...accountRoutes, ...circleRoutes, ...customerLookupRoutes, ...staffAdminRoutes],
  messages: { ...staffAdminMessages, ...accountsMessages, ...apiKeysMessages },
  loginKinds: accountLoginKinds,
  activities: ({ stores, mail, config }) => ({
    ...createPasswordResetActivities({
      accounts: stores.accounts,
      passwordResets: stores.passwordResets,
      mail,
      secret: config.secret,
      publicBaseUrl: config.publicBaseUrl,
      ttlMinutes: config.auth.passwordResetTtlMinutes,
    }),
    ...createLoginIdReminderActivities({ accounts: stores.accounts, circles: stores.circles, mail, publicBaseUrl: config.publicBaseUrl }),
  }),
  workflows: ['passwordReminderWorkflow', 'loginIdReminderWorkflow'],
  mailTemplates: accountsMailTemplates,
};
