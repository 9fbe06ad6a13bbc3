import { createBillingActivities } from '../../activities/billing/billing.activities';
import { billingTemplates } from '../../activities/billing/billing-mail-templates';
import { billingRoutes } from '../../api/billing/billing.routes';
import { callRoutes } from '../../api/billing/calls.routes';
import { authorizeFastPath } from '../../api/billing/authorize.fast-path';
import { billingMessages } from '../../api/billing/messages';
import { seedRates } from '../../db/billing/rates.store';
import type { DomainModule } from '../domain-module';

/** Billing: call authorisation, CDR rating, the rate table, monthly fees, suspension, statements. */
export const billingModule: DomainModule = {
  name: 'billing',
  routes: [...billingRoutes, ...callRoutes],
  fastPaths: [authorizeFastPath],
  messages: billingMessages,
  activities: ({ stores, mail, config, lowBalance }) => createBillingActivities({ ...stores, mail, config, checkLowBalance: lowBalance }),
  workflows: ['cdrRatingWorkflow', 'billingWorkflow'],
  mailTemplates: billingTemplates as never,
  seeders: [seedRates],
};
