import { ApplicationFailure } from '@temporalio/activity';
import type { Stores } from '../../db/stores';
import { PartyRejectedError } from '../../domain/parties';
import { cardRefusal } from '../../domain/prepaid/cards';
import type { ChargeResult, KonbiniSlip, ProcessorPort, VirtualAccount } from '../../domain/prepaid/processor.port';
import type { TopupMethod } from '../../domain/prepaid/limits';
import { sha256 } from '../../lib/crypto';
import type { AppConfig } from '../../lib/config';
import { computeTotals } from '../../domain/money';
import { TOPUP_FAILURES, topupWorkflowId, type TopupOrderInput } from '../../workflows/prepaid/contract';

/** Writes the order's status row and its top-up row, once, in one transaction. */
export async function recordTopupRows(stores: Stores, input: Omit<TopupOrderInput, 'waits' | 'cardToken'>): Promise<void> {
  await stores.topups.transaction(async (trx) => {
    await stores.orders.ensure(
      {
        id: input.orderId,
        accountId: input.accountId,
        kind: 'topup',
        status: 'accepted',
        workflowId: topupWorkflowId(input.orderId),
        totals: computeTotals([{ amount: input.amount, taxRate: 0 }]),
        detail: { method: input.method, amount: input.amount, auto: input.auto ?? false },
      },
      trx,
    );
    await stores.topups.ensure(input, trx);
  });
}

/** Dependencies of the payment-side top-up activities. */
export interface TopupPaymentDeps {
  stores: Stores;
  processor: ProcessorPort;
  config: AppConfig;
}

const refused = (code: string) => ApplicationFailure.nonRetryable(code, TOPUP_FAILURES.cardRefused.type);

// The processor's own refusal codes, as our reasons: the order's failure reason is shown to the
// customer (portal, mail) by our codes only. A registered card the processor no longer knows (it
// deleted the token, or the card was registered at another processor account) must be registered again.
const PROCESSOR_REFUSALS: Record<string, string> = { token_not_found: 'card_not_on_file' };
const ourReason = (processorCode: string) => PROCESSOR_REFUSALS[processorCode] ?? processorCode;

/** Top-up steps that talk to the processor or prepare a payment. */
export function createTopupPaymentActivities(deps: TopupPaymentDeps) {
  const { stores, processor } = deps;

  /** The processor source to charge: a fresh token (checked against the 3-D Secure rule) or a saved card. */
  async function chargeSource(input: { accountId: string; cardToken?: string; cardId?: string }): Promise<string> {
    if (input.cardId) {
      const card = await stores.cards.find(input.accountId, input.cardId);
      if (!card) throw refused('card_removed');
      return card.processorRef;
    }
    if (!input.cardToken) throw refused('card_missing');
    try {
      const reason = cardRefusal(await processor.describeToken(input.cardToken));
      if (reason) throw refused(reason);
    } catch (err) {
      if (err instanceof PartyRejectedError) throw refused(ourReason(err.code));
      throw err;
    }
    return input.cardToken;
  }

  return {
    /** Makes sure the order and top-up rows exist (the API may have crashed before writing them). */
    async recordTopup(input: {
      orderId: string;
      accountId: string;
      method: TopupMethod;
      amount: number;
      cardId?: string;
      auto?: boolean;
    }): Promise<void> {
      await recordTopupRows(stores, input);
    },

    /** Charges the card once per order; a decline or a refused card is a typed, final failure. */
    async startCardCharge(input: {
      orderId: string;
      accountId: string;
      method: TopupMethod;
      amount: number;
      cardToken?: string;
      cardId?: string;
    }): Promise<Extract<ChargeResult, { status: 'succeeded' | 'requires_action' }>> {
      const source = await chargeSource(input);
      let result: ChargeResult;
      try {
        result = await processor.charge({
          idempotencyKey: `topup:${input.orderId}:charge`,
          amount: input.amount,
          source,
          reference: input.orderId,
          // A new card always authenticates; for a registered card the processor decides.
          threeDSecure: input.method === 'card' ? 'challenge' : 'auto',
        });
      } catch (err) {
        if (err instanceof PartyRejectedError) throw refused(ourReason(err.code));
        throw err;
      }
      if (result.chargeId) await stores.topups.setPayment(input.orderId, { paymentId: result.chargeId });
      if (result.status === 'failed') throw ApplicationFailure.nonRetryable(result.failureCode, TOPUP_FAILURES.cardDeclined.type);
      return result;
    },

    /** Cancels a charge whose 3-D Secure was abandoned, so nothing is charged later. */
    async cancelCharge(input: { chargeId: string }): Promise<void> {
      await processor.cancelCharge(input.chargeId);
    },

    /** Issues the convenience-store slip, valid until the order's deadline. */
    async createKonbiniSlip(input: { orderId: string; accountId: string; amount: number; deadline: string }): Promise<KonbiniSlip> {
      const account = await stores.accounts.findById(input.accountId);
      const slip = await processor.createKonbiniPayment({
        idempotencyKey: `topup:${input.orderId}:konbini`,
        amount: input.amount,
        reference: input.orderId,
        expiresAt: input.deadline,
        customerName: account?.name ?? '',
      });
      await stores.topups.setPayment(input.orderId, { paymentId: slip.paymentId, deadlineAt: new Date(input.deadline) });
      return slip;
    },

    /** Opens the net-bank virtual account for this order. */
    async openVirtualAccount(input: { orderId: string; amount: number; deadline: string }): Promise<VirtualAccount> {
      const va = await processor.createVirtualAccount({
        idempotencyKey: `topup:${input.orderId}:virtual-account`,
        amount: input.amount,
        reference: input.orderId,
        expiresAt: input.deadline,
      });
      await stores.topups.setPayment(input.orderId, {
        paymentId: va.paymentId,
        reference: va.transferReference,
        deadlineAt: new Date(input.deadline),
      });
      return va;
    },

    /** Gives the order its transfer reference (unique, derived so a retry finds the same one) and our bank account. */
    async prepareBankTransfer(input: {
      orderId: string;
      deadline: string;
    }): Promise<{ reference: string; account: AppConfig['topup']['bankAccount'] }> {
      for (let attempt = 0; attempt < 10; attempt++) {
        const candidate = String(parseInt(sha256(`${input.orderId}:${attempt}`).slice(0, 12), 16) % 100_000_000).padStart(8, '0');
        try {
          const row = await stores.topups.setPayment(input.orderId, { reference: candidate, deadlineAt: new Date(input.deadline) });
          return { reference: row.reference!, account: deps.config.topup.bankAccount };
        } catch (err) {
          if ((err as { code?: string }).code !== '23505') throw err;
        }
      }
      throw new Error('no free transfer reference after 10 attempts');
    },

    /** Cancels an unpaid slip or virtual account; a processor refusal (already paid) is left to the webhook. */
    async cancelProcessorPayment(input: { orderId: string }): Promise<void> {
      const topup = await stores.topups.get(input.orderId);
      if (!topup?.paymentId) return;
      try {
        await processor.cancelPayment(topup.paymentId);
      } catch (err) {
        if (!(err instanceof PartyRejectedError)) throw err;
      }
    },
  };
}
