import type { Client } from '@temporalio/client';
import type { Stores } from '../../db/stores';
import type { AppConfig } from '../../lib/config';
import type { MailService } from '../mail/mail-service';
import { derivedId } from '../../lib/derived-id';
import { recordEvent } from '../../db/webhooks/events.store';
import { placeTopupOrder } from '../../workflows/prepaid/starters';

/** What the check found and did. */
export interface LowBalanceResult {
  below: boolean;
  notified: boolean;
  autoTopupOrderId: string | null;
}

/** Checks an account's balance against its threshold; see createLowBalanceCheck. */
export type LowBalanceCheck = (accountId: string) => Promise<LowBalanceResult>;

/**
 * The low-balance check that other domains call after a debit (billing after call charges and
 * monthly fees). When the balance falls below the account's threshold it mails one notice per
 * crossing and, if enabled, starts an automatic top-up by the registered card. Once the balance
 * is back at or above the threshold, the next fall counts as a new crossing.
 */
export function createLowBalanceCheck(deps: {
  stores: Stores;
  mail: MailService;
  config: AppConfig;
  temporal: () => Client;
}): LowBalanceCheck {
  return async function checkLowBalance(accountId) {
    const account = await deps.stores.accounts.findById(accountId);
    const none = { below: false, notified: false, autoTopupOrderId: null };
    if (!account || account.lowBalanceThreshold === null) return none;
    if (account.balance >= account.lowBalanceThreshold) {
      await deps.stores.prepaidSettings.markRecovered(accountId);
      return none;
    }
    // The crossing and its balance.low event commit together (the webhook outbox).
    const crossing = await deps.stores.transaction(async (trx) => {
      const n = await deps.stores.prepaidSettings.markBelow(accountId, trx);
      if (n !== undefined)
        await recordEvent(trx, {
          type: 'balance.low',
          accountId,
          resource: { type: 'account', id: accountId },
          data: { balance: account.balance, threshold: account.lowBalanceThreshold, crossing: n },
          dedupeKey: `balance.low:${accountId}:${n}`,
        });
      return n;
    });
    if (crossing === undefined) return { below: true, notified: false, autoTopupOrderId: null };
    const settings = await deps.stores.prepaidSettings.get(accountId);
    const auto = settings.autoTopup;
    const card = auto.enabled && auto.cardId && auto.amount ? await deps.stores.cards.find(accountId, auto.cardId) : undefined;
    // Derived, so a retried check places the same auto top-up, not a second one.
    const orderId = card ? derivedId(`auto-topup:${accountId}:${crossing}`) : null;
    if (card && orderId) {
      await placeTopupOrder(deps.temporal(), deps.config.temporal.taskQueue, {
        orderId,
        accountId,
        method: 'registered_card',
        amount: auto.amount!,
        cardId: card.id,
        auto: true,
        waits: deps.config.topup.waits,
      });
    }
    await deps.mail.send({
      key: `low-balance:${accountId}:${crossing}`,
      accountId,
      template: 'low_balance',
      data: {
        name: account.name,
        balance: account.balance,
        threshold: account.lowBalanceThreshold,
        autoTopupAmount: orderId ? auto.amount : null,
        portalUrl: deps.config.publicBaseUrl,
      },
    });
    return { below: true, notified: true, autoTopupOrderId: orderId };
  };
}
