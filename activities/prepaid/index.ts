import type { Stores } from '../../db/stores';
import type { AppConfig } from '../../lib/config';
import type { MailService } from '../mail/mail-service';
import type { LowBalanceCheck } from './low-balance';
import type { ProcessorPort } from '../../domain/prepaid/processor.port';
import { createTopupMailActivities } from './topup-mail.activities';
import { createTopupPaymentActivities } from './topup-payment.activities';
import { createTopupSettleActivities } from './topup-settle.activities';

/** Every prepaid top-up activity, wired to the processor port, the stores and the mail outbox. */
export function createPrepaidActivities(deps: {
  stores: Stores;
  mail: MailService;
  config: AppConfig;
  processor: ProcessorPort;
  lowBalance: LowBalanceCheck;
  afterCredit: (accountId: string) => Promise<unknown>;
}) {
  const { lowBalance } = deps;
  return {
    ...createTopupPaymentActivities(deps),
    ...createTopupSettleActivities(deps),
    ...createTopupMailActivities(deps),
    /** The low-balance check as an activity, for workflows of other domains (billing) after a debit. */
    async checkLowBalance(input: { accountId: string }) {
      return lowBalance(input.accountId);
    },
  };
}
