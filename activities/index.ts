import { Context } from '@temporalio/activity';
import type { Stores } from '../db/stores';
import type { AppConfig } from '../lib/config';
import type { MailTransport } from '../lib/mailer';
import { createPasswordResetActivities } from './accounts/password-reset.activities';
import { createBenchActivities } from './bench/noop.activities';
import { createBillingActivities } from './billing/billing.activities';
import { createDevicesActivities } from './devices';
import { createMailService } from './mail/mail-service';
import { createOrderStatusActivities } from './orders/order-status.activities';
import { createPaymentActivities } from './prepaid';
import { createLowBalanceCheck } from './prepaid/low-balance';
import { createHttpProcessor } from './prepaid/processor.http-adapter';
import { createServicesActivities } from './telephony';

/** What the worker hands to the activity factories. */
export interface ActivityDeps {
  config: AppConfig;
  stores: Stores;
  transport: MailTransport;
}

/** Builds every activity of every domain from the worker's dependencies. */
export function createActivities(deps: ActivityDeps) {
  const mail = createMailService({ outbox: deps.stores.outbox, accounts: deps.stores.accounts, transport: deps.transport, from: deps.config.mail.from });
  // Inside an activity the worker's own client starts automatic top-ups.
  const lowBalance = createLowBalanceCheck({ stores: deps.stores, mail, config: deps.config, temporal: () => Context.current().client });
  const billing = createBillingActivities({ ...deps.stores, mail, config: deps.config, checkLowBalance: lowBalance });
  return {
    ...createBenchActivities(),
    ...createOrderStatusActivities({ orders: deps.stores.orders }),
    ...createDevicesActivities({ config: deps.config, stores: deps.stores, mail }),
    ...billing,
    ...createPaymentActivities({ stores: deps.stores, mail, config: deps.config, processor: createHttpProcessor(deps.config.parties.processor), lowBalance, afterCredit: billing.onBalanceCredited }),
    ...createServicesActivities({ config: deps.config, stores: deps.stores, mail }),
    ...createPasswordResetActivities({
      accounts: deps.stores.accounts,
      passwordResets: deps.stores.passwordResets,
      mail,
      secret: deps.config.secret,
      publicBaseUrl: deps.config.publicBaseUrl,
      ttlMinutes: deps.config.auth.passwordResetTtlMinutes,
    }),
  };
}

export type Activities = ReturnType<typeof createActivities>;
