import { Context } from '@temporalio/activity';
import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import type { AccountsStore } from '../../db/accounts/accounts.store';
import type { BillingStore } from '../../db/billing/billing.store';
import type { ReservationsStore } from '../../db/billing/billing-reservations.store';
import type { CdrsStore } from '../../db/billing/cdrs.store';
import type { AppConfig } from '../../lib/config';
import { balanceCreditedSignal, billingWorkflowId, type BillingInput } from '../../workflows/billing/contract';
import type { MailService } from '../mail/mail-service';
import type { LowBalanceCheck } from '../prepaid/low-balance';
import { rateUnratedCdrs } from './rate-cdrs';
import { startBillingCycle as startBillingWorkflow } from '../../workflows/billing/starters';

/** Dependencies of the billing activities. */
export interface BillingActivityDeps {
  accounts: AccountsStore;
  cdrs: CdrsStore;
  billing: BillingStore;
  reservations: ReservationsStore;
  mail: MailService;
  config: AppConfig;
  /** The prepaid low-balance check (notice once per crossing, optional auto top-up). */
  checkLowBalance: LowBalanceCheck;
}

const BILLING_CYCLE_CACHE_MS = 10 * 60_000;
const BILLING_CYCLE_CACHE_SIZE = 10_000;

/** The worker's Temporal client, when running as an activity; plain calls (tests, scripts) have none. */
function activityClient(): Client | undefined {
  try {
    return Context.current().client;
  } catch {
    return undefined;
  }
}

/** Billing activities: CDR rating, monthly fees, suspension, and the balance hooks the top-up side calls. */
export function createBillingActivities(deps: BillingActivityDeps) {
  // Accounts whose cycle this worker started or found running lately: a busy account's purchases
  // skip the start call. Entries expire, so a cycle that was ended by hand is started again.
  const cycleSeen = new Map<string, number>();
  const nameOf = async (accountId: string) => (await deps.accounts.findById(accountId))?.name ?? '';

  /** After a debit: the prepaid side mails the low-balance notice once per crossing and may top up. */
  async function afterBalanceDebited(accountId: string): Promise<void> {
    await deps.checkLowBalance(accountId);
  }

  /** Charges the fees of the months (all or nothing) and mails what the customer must know. */
  async function chargeMonthlyFees(input: { accountId: string; months: string[]; graceUntil: number | null }) {
    const result = await deps.billing.chargeMonths(
      input.accountId,
      input.months,
      input.graceUntil === null ? null : new Date(input.graceUntil),
    );
    const month = input.months[input.months.length - 1] ?? '';
    if (result.status === 'insufficient') {
      await deps.mail.send({
        key: `fees-unpaid:${input.accountId}:${month}`,
        accountId: input.accountId,
        template: 'fees_unpaid',
        data: {
          name: await nameOf(input.accountId),
          portalUrl: deps.config.publicBaseUrl,
          month,
          required: result.required,
          balance: result.balance,
          graceUntil: input.graceUntil ?? Date.now(),
        },
      });
      return result;
    }
    if (result.lifted) {
      await deps.mail.send({
        key: `suspension-lifted:${input.accountId}:${input.months.join(',')}`,
        accountId: input.accountId,
        template: 'suspension_lifted',
        data: { name: await nameOf(input.accountId), portalUrl: deps.config.publicBaseUrl, charged: result.charged },
      });
    }
    if (result.charged > 0) await afterBalanceDebited(input.accountId);
    return result;
  }

  return {
    /** Rates waiting CDRs for up to ~20 s, heartbeating per batch; then the workflow calls again. */
    async rateCdrs(input: { batchSize: number }): Promise<{ rated: number; remaining: boolean }> {
      const heartbeat = () => {
        try {
          Context.current().heartbeat();
        } catch {
          /* not inside an activity */
        }
      };
      const pass = await rateUnratedCdrs(deps, { batchSize: input.batchSize, budgetMs: 20_000, onBatch: heartbeat });
      for (const accountId of await deps.billing.lowBalanceCandidates(pass.debited)) await afterBalanceDebited(accountId);
      await deps.reservations.purgeExpired(600);
      return { rated: pass.rated, remaining: pass.remaining };
    },

    chargeMonthlyFees,

    /** Suspends outbound calls if fees are still owed, and mails it; false when they were paid meanwhile. */
    async suspendOutbound(input: { accountId: string; month: string }): Promise<boolean> {
      const suspended = await deps.billing.suspendIfOwed(input.accountId);
      const state = await deps.billing.get(input.accountId);
      if (!suspended && state.suspendedAt === null) return false;
      await deps.mail.send({
        key: `suspended:${input.accountId}:${input.month}`,
        accountId: input.accountId,
        template: 'outbound_suspended',
        data: { name: await nameOf(input.accountId), portalUrl: deps.config.publicBaseUrl, month: input.month },
      });
      return true;
    },

    afterBalanceDebited,

    /**
     * For the top-up side, after a credit: pays owed fees at once (which lifts a suspension in the
     * same transaction), re-arms the low-balance notice, and tells the billing cycle.
     */
    async onBalanceCredited(accountId: string): Promise<{ lifted: boolean }> {
      await deps.checkLowBalance(accountId);
      const state = await deps.billing.get(accountId);
      let lifted = false;
      if (state.owedMonths.length > 0) {
        const result = await chargeMonthlyFees({ accountId, months: state.owedMonths, graceUntil: state.graceUntil?.getTime() ?? null });
        lifted = result.status === 'paid' && result.lifted;
      }
      const client = activityClient();
      if (client) {
        await client.workflow
          .getHandle(billingWorkflowId(accountId))
          .signal(balanceCreditedSignal)
          .catch((err) => {
            if (!(err instanceof WorkflowNotFoundError)) throw err;
          });
      }
      return { lifted };
    },

    /** Starts the account's billing cycle unless it runs already (for the purchase workflow to call). */
    async ensureBillingCycle(accountId: string): Promise<void> {
      const client = activityClient();
      if (!client) throw new Error('ensureBillingCycle runs only as an activity');
      if ((cycleSeen.get(accountId) ?? 0) > Date.now()) return;
      await startBillingCycle(client, deps.config, accountId);
      if (cycleSeen.size >= BILLING_CYCLE_CACHE_SIZE) cycleSeen.delete(cycleSeen.keys().next().value!);
      cycleSeen.set(accountId, Date.now() + BILLING_CYCLE_CACHE_MS);
    },
  };
}

/** Starts `Billing:<accountId>` if it is not running; safe to call any number of times. */
export async function startBillingCycle(
  client: Client,
  config: AppConfig,
  accountId: string,
  extra: Partial<BillingInput> = {},
): Promise<void> {
  await startBillingWorkflow(client, config.temporal.taskQueue, { accountId, graceDays: config.billing.graceDays, ...extra });
}
