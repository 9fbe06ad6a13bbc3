import type { Stores } from '../../db/stores';
import { nextBusinessOpening } from '../../domain/prepaid/business-calendar';
import type { AppConfig } from '../../lib/config';

/** Dependencies of the activities that settle a top-up. */
export interface TopupSettleDeps {
  stores: Stores;
  config: AppConfig;
  /** Runs after every credit: billing pays owed fees, lifts a suspension and re-arms the low-balance notice. */
  afterCredit: (accountId: string) => Promise<unknown>;
}

/** Top-up steps that move money or record what arrived. */
export function createTopupSettleActivities(deps: TopupSettleDeps) {
  const { stores } = deps;
  return {
    /** Records the amount that arrived and, when the operator gave it, the day it arrived (the first report stays). */
    async recordReceived(input: { orderId: string; amount: number; arrivedOn?: string }): Promise<void> {
      await stores.topups.recordReceived(input.orderId, input.amount, input.arrivedOn);
    },

    /** Opens a review for a payment once per payment key. */
    async openReview(input: {
      orderId: string;
      accountId: string;
      paymentKey: string;
      reason: 'amount_mismatch' | 'late_payment';
      workflowId: string;
      expectedAmount: number;
      receivedAmount: number;
    }): Promise<{ reviewId: string }> {
      const review = await stores.topups.openReview(input);
      return { reviewId: review.id };
    },

    /**
     * Credits the balance: one ledger entry per key, so retries, duplicate webhooks and double
     * clicks credit once. The top-up's totals, the card's last use and the review move with it.
     */
    async creditTopup(input: {
      orderId: string;
      accountId: string;
      amount: number;
      ledgerKey: string;
      reviewId?: string;
      staffId?: string;
    }): Promise<{ balance: number }> {
      const balance = await stores.topups.transaction(async (trx) => {
        const { entry, applied } = await stores.ledger.post(
          {
            accountId: input.accountId,
            amount: input.amount,
            kind: 'topup',
            reference: `order:${input.orderId}`,
            idempotencyKey: input.ledgerKey,
            description: 'Prepaid top-up',
          },
          trx,
        );
        if (applied) {
          await stores.topups.addCredited(input.orderId, input.amount, trx);
          const topup = await trx('topups').where({ order_id: input.orderId }).first('card_id');
          if (topup?.card_id) await stores.cards.markUsed(topup.card_id, trx);
        }
        if (input.reviewId)
          await stores.topups.resolveReview(
            input.reviewId,
            { status: 'credited', creditedAmount: input.amount, staffId: input.staffId! },
            trx,
          );
        return entry.balanceAfter;
      });
      await deps.afterCredit(input.accountId);
      return { balance };
    },

    /** Records a refund decided in review: money goes back outside the system, so no ledger credit. */
    async refundTopup(input: { orderId: string; reviewId: string; staffId: string }): Promise<void> {
      await stores.topups.transaction(async (trx) => {
        const review = await trx('payment_reviews').where({ id: input.reviewId }).forUpdate().first();
        if (!review || review.status !== 'open') return;
        await stores.topups.resolveReview(input.reviewId, { status: 'refunded', creditedAmount: null, staffId: input.staffId }, trx);
        await stores.topups.addRefunded(input.orderId, review.received_amount, trx);
      });
    },

    /** When a confirmed bank transfer may be credited: now in business hours, else the next opening. */
    async transferCreditTime(input: { at: number }): Promise<{ applyAt: number }> {
      return { applyAt: nextBusinessOpening(new Date(input.at), deps.config.topup.calendar).getTime() };
    },
  };
}
