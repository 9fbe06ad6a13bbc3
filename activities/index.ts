import { Context } from '@temporalio/activity';
import type { Stores } from '../db/stores';
import type { AppConfig } from '../lib/config';
import type { MailTransport } from '../lib/mailer';
import type { Parties } from '../lib/parties';
import { createMailService, type MailService } from './mail/mail-service';
import { mergeTemplates, type TemplateTable } from './mail/mail-templates';
import { createLowBalanceCheck, type LowBalanceCheck } from './prepaid/low-balance';

/** What the worker hands to the activity factories. */
export interface ActivityDeps {
  config: AppConfig;
  stores: Stores;
  transport: MailTransport;
  /** The outside parties, built once per process. */
  parties: Parties;
}

/** The dependencies plus the services that several domains' activities share. */
export interface ActivityServices extends ActivityDeps {
  mail: MailService;
  /** The prepaid low-balance check, which billing runs after every debit. */
  lowBalance: LowBalanceCheck;
  /** Billing's hook after a credit (charge owed fees, lift a suspension), which prepaid calls. */
  afterCredit: (accountId: string) => Promise<unknown>;
}

/** An activity implementation as the worker registers it. */
export type ActivityFunction = (...args: never[]) => Promise<unknown>;

/** Builds one domain's activities from the shared services. */
export type ActivityFactory = (services: ActivityServices) => Record<string, ActivityFunction>;

/** Builds every activity of the given domains from the worker's dependencies. */
export function createActivities(
  deps: ActivityDeps,
  domains: Array<{ activities?: ActivityFactory; mailTemplates?: TemplateTable }>,
): Record<string, ActivityFunction> {
  const templates = mergeTemplates(domains);
  const mail = createMailService({
    outbox: deps.stores.outbox,
    accounts: deps.stores.accounts,
    transport: deps.transport,
    from: deps.config.mail.from,
    templates,
  });
  // Inside an activity the worker's own client starts automatic top-ups.
  const lowBalance = createLowBalanceCheck({ stores: deps.stores, mail, config: deps.config, temporal: () => Context.current().client });
  const all: Record<string, ActivityFunction> = {};
  // Bound late: billing's activities are built in the same loop as prepaid's, which call it.
  const afterCredit = (accountId: string) => (all.onBalanceCredited as unknown as (id: string) => Promise<unknown>)(accountId);
  const services: ActivityServices = { ...deps, mail, lowBalance, afterCredit };
  for (const d of domains) Object.assign(all, d.activities?.(services));
  return all;
}
