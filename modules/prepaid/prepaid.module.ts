import { createPrepaidActivities } from '../../activities/prepaid';
import { prepaidMailTemplates } from '../../activities/prepaid/topup-mail-templates';
import { balanceRoutes } from '../../api/prepaid/balance.routes';
import { cardRoutes } from '../../api/prepaid/cards.routes';
import { prepaidMessages } from '../../api/prepaid/messages';
import { adjustmentMessages } from '../../api/prepaid/adjustments.messages';
import { adjustmentRoutes } from '../../api/prepaid/adjustments.routes';
import { bankStatementMessages } from '../../api/prepaid/bank-statements.messages';
import { bankStatementRoutes } from '../../api/prepaid/bank-statements.routes';
import { operatorRoutes } from '../../api/prepaid/operator.routes';
import { processorWebhookRoutes } from '../../api/prepaid/processor-webhook.routes';
import { prepaidSettingsRoutes } from '../../api/prepaid/settings.routes';
import { topupRoutes } from '../../api/prepaid/topups.routes';
import { unusedBalanceMessages } from '../../api/prepaid/unused-balance.messages';
import { unusedBalanceRoutes } from '../../api/prepaid/unused-balance.routes';
import type { DomainModule } from '../domain-module';

/** Prepaid: the balance and its ledger, top-ups by every method, cards, auto top-up, bank-transfer desk, the base-date report. */
export const prepaidModule: DomainModule = {
  name: 'prepaid',
  routes: [
    ...balanceRoutes,
    ...topupRoutes,
    ...cardRoutes,
    ...prepaidSettingsRoutes,
    ...processorWebhookRoutes,
    ...operatorRoutes,
    ...bankStatementRoutes,
    ...adjustmentRoutes,
    ...unusedBalanceRoutes,
  ],
  messages: { ...prepaidMessages, ...bankStatementMessages, ...adjustmentMessages, ...unusedBalanceMessages },
  activities: ({ stores, mail, config, parties, lowBalance, afterCredit }) =>
    createPrepaidActivities({ stores, mail, config, processor: parties.processor, lowBalance, afterCredit }),
  workflows: ['topupOrderWorkflow', 'topupLatePaymentWorkflow'],
  mailTemplates: prepaidMailTemplates,
};
