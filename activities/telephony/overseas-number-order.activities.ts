import { ApplicationFailure } from '@temporalio/activity';
import { InsufficientBalanceError } from '../../domain/errors';
import { PartyRejectedError } from '../../domain/parties';
import type { CarrierPort } from '../../domain/telephony/carrier.port';
import type { NewOrder, StatusChange } from '../../db/orders/orders.store';
import type { Stores } from '../../db/stores';
import { toJstIso } from '../../lib/time/jst';
import type { MailService } from '../mail/mail-service';
import { createOrderNotices } from '../mail/order-notices';
import { OVERSEAS_FAILURES } from '../../workflows/telephony/contract';

/** Dependencies of the overseas number order activities. */
export interface OverseasNumberOrderDeps {
  stores: Stores;
  carrier: CarrierPort;
  mail: MailService;
  /** The portal's address, for the mails' links. */
  publicBaseUrl?: string;
}

/** The number an overseas order took from stock, and the due date the carrier is asked for. */
export interface OverseasNumberTaken {
  numberId: string;
  number: string;
  readyBy: string;
}

/** Steps of the overseas number order and their compensations; each is idempotent. */
export function createOverseasNumberOrderActivities(deps: OverseasNumberOrderDeps) {
  const { stores } = deps;
  const debitKey = (orderId: string) => `overseas:${orderId}:debit`;
  const refundKey = (orderId: string) => `overseas:${orderId}:refund`;
  const notices = createOrderNotices({ stores, mail: deps.mail, portalUrl: deps.publicBaseUrl ?? '' });

  return {
    /**
     * Opens the order in one transaction: its row, one number of the country taken from stock,
     * the debit and the "paid" status with the due date (now + lead time). A refusal (no number,
     * balance short) leaves none of it. A retry answers what the first attempt took.
     */
    async openOverseasNumberOrder(input: {
      order: NewOrder;
      country: string;
      areaCode: string | null;
      total: number;
      leadTimeMs: number;
      paid: StatusChange;
    }): Promise<OverseasNumberTaken> {
      const { id: orderId, accountId } = input.order;
      return stores.transaction(async (trx) => {
        const row = await stores.orders.ensure(input.order, trx);
        const n = await stores.numbers.claimOverseasForOrder({ orderId, accountId, country: input.country, areaCode: input.areaCode }, trx);
        if (!n)
          throw ApplicationFailure.nonRetryable('no overseas number of that country is for sale', OVERSEAS_FAILURES.noOverseasNumber.type, {
            country: input.country,
            areaCode: input.areaCode,
          });
        if (input.total > 0) {
          try {
            await stores.ledger.post(
              {
                accountId,
                amount: -input.total,
                kind: 'purchase',
                reference: `overseas:${orderId}`,
                idempotencyKey: debitKey(orderId),
                description: `Overseas number (${input.country})`,
              },
              trx,
            );
          } catch (err) {
            if (err instanceof InsufficientBalanceError)
              throw ApplicationFailure.nonRetryable('insufficient prepaid balance', OVERSEAS_FAILURES.insufficientBalance.type, err.params);
            throw err;
          }
        }
        // The due date is fixed by the first attempt, so a retry asks the carrier for the same one.
        const stored = (row.detail as { readyBy?: string }).readyBy;
        const readyBy = stored ?? toJstIso(new Date(row.createdAt.getTime() + input.leadTimeMs));
        const detail = { ...input.paid.detail, numberId: n.id, number: n.number, readyBy };
        await stores.orders.setStatus(orderId, { ...input.paid, detail }, trx);
        return { numberId: n.id, number: n.number, readyBy };
      });
    },

    /** Asks the carrier to have the number routed by its due date; the answer comes by webhook at that date. */
    async requestOverseasActivation(input: {
      orderId: string;
      numberId: string;
      number: string;
      readyBy: string;
      status: StatusChange;
    }): Promise<{ state: string }> {
      await stores.orders.setStatus(input.orderId, input.status);
      const r = await deps.carrier
        .requestActivation({ number: input.number, reference: `${input.orderId}:${input.numberId}`, readyBy: input.readyBy })
        .catch((e: unknown) => {
          if (e instanceof PartyRejectedError)
            throw ApplicationFailure.nonRetryable(e.message, OVERSEAS_FAILURES.carrierRejected.type, {
              status: e.status,
              reason: e.reason,
            });
          throw e;
        });
      await stores.numbers.setCarrierStatus(input.numberId, r.state === 'pending' ? 'pending' : r.state);
      return { state: r.state };
    },

    /** Refunds the order's debit, if there was one; a second call changes nothing. */
    async refundOverseasNumberOrder(input: { orderId: string; accountId: string }): Promise<void> {
      const debit = await stores.ledger.findByKey(debitKey(input.orderId));
      if (!debit) return;
      await stores.transaction(async (trx) => {
        await stores.ledger.post(
          {
            accountId: input.accountId,
            amount: -debit.amount,
            kind: 'refund',
            reference: `overseas:${input.orderId}`,
            idempotencyKey: refundKey(input.orderId),
            description: 'Refund of an overseas number order that could not be completed',
          },
          trx,
        );
        await stores.orders.setRefunded(input.orderId, -debit.amount, trx);
      });
    },

    /** Makes the number the circle's, billed monthly from now, and the order completed, in one transaction. */
    async completeOverseasNumberOrder(input: {
      orderId: string;
      accountId: string;
      circleId: string;
      numberId: string;
      number: string;
      monthlyFee: number;
      initialFee: number;
      status: StatusChange;
    }): Promise<void> {
      await stores.transaction(async (trx) => {
        await stores.numbers.activateForOrder(
          input.orderId,
          input.circleId,
          { [input.numberId]: { monthly: input.monthlyFee, initial: input.initialFee } },
          trx,
        );
        await stores.serviceHistory.record(
          [
            {
              accountId: input.accountId,
              circleId: input.circleId,
              orderId: input.orderId,
              itemType: 'number',
              itemId: input.numberId,
              kind: 'overseas',
              label: input.number,
              action: 'purchased',
              monthlyFee: input.monthlyFee,
              initialFee: input.initialFee,
            },
          ],
          trx,
        );
        await stores.orders.setStatus(input.orderId, input.status, trx);
      });
    },

    /** Mails that the overseas number is ready to use, once per order. */
    async mailOverseasNumberReady(input: { orderId: string }): Promise<void> {
      const order = await stores.orders.get(input.orderId);
      if (!order) throw new Error(`overseas number order ${input.orderId} has no order row`);
      const account = await stores.accounts.findById(order.accountId);
      if (!account) return;
      const circle = order.circleId ? await stores.circles.get(order.accountId, order.circleId).catch(() => undefined) : undefined;
      const d = order.detail as { country?: string; number?: string };
      await deps.mail.send({
        key: `overseas:${order.id}:ready`,
        accountId: account.id,
        account,
        template: 'overseas_number_ready',
        data: {
          name: account.name,
          orderId: order.id,
          circleName: circle?.name ?? '',
          country: d.country ?? '',
          number: d.number ?? '',
          subtotal: order.subtotal,
          tax: order.tax,
          total: order.total,
          portalUrl: deps.publicBaseUrl ?? '',
        },
      });
    },

    /** Mails that the order failed (the reason and the refund), then the refund notice; once each. */
    async mailOverseasNumberOrderFailed(input: { orderId: string }): Promise<void> {
      const order = await stores.orders.get(input.orderId);
      if (!order) throw new Error(`overseas number order ${input.orderId} has no order row`);
      const number = (order.detail as { number?: string }).number;
      await notices.failed({
        order,
        kind: 'services',
        items: number ? [{ type: 'number', number, kind: 'overseas' }] : [],
        refundKey: refundKey(order.id),
        keyPrefix: `overseas:${order.id}`,
        failedNumbers: number && order.failureReason?.startsWith('NumberActivationFailed') ? [number] : [],
      });
    },
  };
}
