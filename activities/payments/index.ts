import { Context } from '@temporalio/activity';
import type { Stores } from '../../db/stores';
import type { AppConfig } from '../../lib/config';
import type { MailService } from '../mail/mail-service';
import { createLowBalanceCheck } from './low-balance';
import type { ProcessorPort } from './processor.port';
import { createTopupMailActivities } from './topup-mail.activities';
import { createTopupPaymentActivities } from './topup-payment.activities';
import { createTopupSettleActivities } from './topup-settle.activities';

/** Every prepaid top-up activity, wired to the processor port, the stores and the mail outbox. */
export function createPaymentActivities(deps: { stores: Stores; mail: MailService; config: AppConfig; processor: ProcessorPort }) {
  // Inside an activity the worker's own client starts auto top-ups.
  const lowBalance = createLowBalanceCheck({ ...deps, temporal: () => Context.current().client });
  return {
    ...createTopupPaymentActivities(deps),
    ...createTopupSettleActivities({ ...deps, lowBalance }),
    ...createTopupMailActivities(deps),
    /** The low-balance check as an activity, for workflows of other domains (billing) after a debit. */
    async checkLowBalance(input: { accountId: string }) {
      return lowBalance(input.accountId);
    },
  };
}
