import { randomBytes } from 'node:crypto';
import { ApplicationFailure } from '@temporalio/activity';
import { InsufficientBalanceError } from '../../domain/errors';
import { PartyRejectedError } from '../../domain/parties';
import { toNationalDisplay } from '../../domain/telephony/e164';
import type { CarrierPort } from '../../domain/telephony/carrier.port';
import type { PbxPort } from '../../domain/telephony/pbx.port';
import type { NewOrder, StatusChange } from '../../db/orders/orders.store';
import type { Stores } from '../../db/stores';
import { sipPasswordBox } from '../../lib/secret-box';
import type { MailService } from '../mail/mail-service';
import { createOrderNotices } from '../mail/order-notices';
import type { NoticeItem } from '../mail/order-words';
import type { OrderTotals } from '../../domain/money';
import type { ServicesLine } from '../../domain/telephony/catalog';
import { refundForRefusedNumbers } from '../../domain/telephony/refused-lines';
import { SERVICES_FAILURES, type LineResult, type RefusedRefund } from '../../workflows/telephony/contract';

/** A bought unique as the thank-you mail lists it. */
export interface MailedUnique {
  code: string;
  kind: string;
  loginServer: string;
}

/** Dependencies of the services order activities. */
export interface ServicesOrderDeps {
  stores: Stores;
  pbx: PbxPort;
  carrier: CarrierPort;
  mail: MailService;
  secret: string;
  loginServer: string;
  /** The portal's address, for the thank-you mail's links. */
  publicBaseUrl?: string;
}

/** A party's permanent refusal becomes a typed non-retryable failure; anything else is retried. */
function rethrowRejected(err: unknown, type: string): never {
  if (err instanceof PartyRejectedError)
    throw ApplicationFailure.nonRetryable(err.message, type, { status: err.status, reason: err.reason });
  throw err;
}

/** Steps of the services order saga and their compensations; each is idempotent. */
export function createServicesOrderActivities(deps: ServicesOrderDeps) {
  const { stores } = deps;
  const box = sipPasswordBox(deps.secret);
  const debitKey = (orderId: string) => `services:${orderId}:debit`;
  const refusedRefundKey = (orderId: string) => `services:${orderId}:refund-refused`;
  const notices = createOrderNotices({ stores, mail: deps.mail, portalUrl: deps.publicBaseUrl ?? '' });

  return {
    /**
     * Opens the order in one transaction: its row, the held numbers taken into it, the debit of
     * fees and tax, and the "paid" status. A refusal (hold lost, balance short) leaves none of it.
     */
    async openServicesOrder(input: { order: NewOrder; numberIds: string[]; total: number; paid: StatusChange }): Promise<void> {
      const { id: orderId, accountId } = input.order;
      await stores.transaction(async (trx) => {
        await stores.orders.ensure(input.order, trx);
        const missing = await stores.numbers.claimForOrder(orderId, accountId, input.numberIds, trx);
        if (missing.length)
          throw ApplicationFailure.nonRetryable('a number is no longer held for this account', SERVICES_FAILURES.numberHoldLost.type, {
            numberIds: missing,
          });
        if (input.total > 0) {
          try {
            await stores.ledger.post(
              {
                accountId,
                amount: -input.total,
                kind: 'purchase',
                reference: `services:${orderId}`,
                idempotencyKey: debitKey(orderId),
                description: 'Uniques and phone numbers',
              },
              trx,
            );
          } catch (err) {
            if (err instanceof InsufficientBalanceError)
              throw ApplicationFailure.nonRetryable('insufficient prepaid balance', SERVICES_FAILURES.insufficientBalance.type, err.params);
            throw err;
          }
        }
        await stores.orders.setStatus(orderId, input.paid, trx);
      });
    },

    /** Gives the order's unfinished numbers back (stopping carrier routing first); refused ones stay out of stock. */
    async releaseOrderNumbers(input: { orderId: string }): Promise<void> {
      for (const n of await stores.numbers.forOrder(input.orderId)) {
        if (n.status === 'pending' && n.carrierStatus === 'active')
          await deps.carrier.deactivate(n.number).catch((e: unknown) => rethrowRejected(e, SERVICES_FAILURES.carrierRejected.type));
      }
      await stores.numbers.releaseForOrder(input.orderId);
    },

    /**
     * Refunds the order's debit, if there was one, less what already went back for refused
     * numbers (never a yen twice); a second call changes nothing.
     */
    async refundServicesOrder(input: { orderId: string; accountId: string }): Promise<void> {
      const debit = await stores.ledger.findByKey(debitKey(input.orderId));
      if (!debit) return;
      const earlier = await stores.ledger.findByKey(refusedRefundKey(input.orderId));
      const amount = -debit.amount - (earlier?.amount ?? 0);
      await stores.transaction(async (trx) => {
        if (amount > 0)
          await stores.ledger.post(
            {
              accountId: input.accountId,
              amount,
              kind: 'refund',
              reference: `services:${input.orderId}`,
              idempotencyKey: `services:${input.orderId}:refund`,
              description: 'Refund of a failed services order',
            },
            trx,
          );
        await stores.orders.setRefunded(input.orderId, -debit.amount, trx);
      });
    },

    /**
     * Takes the numbers the carrier refused out of the order in one transaction: they leave the
     * order (kept out of stock), their share goes back to the balance as one credit, the tax
     * recomputed once over the lines kept, and the order records the refund.
     */
    async refundRefusedNumbers(input: {
      orderId: string;
      accountId: string;
      items: ServicesLine[];
      paid: OrderTotals;
      refusedNumberIds: string[];
      status: StatusChange;
    }): Promise<RefusedRefund> {
      const r = refundForRefusedNumbers(input.items, input.paid, input.refusedNumberIds);
      const refund: RefusedRefund = { numberIds: input.refusedNumberIds, amount: r.amount, totalsAfter: r.totalsAfter, currency: 'JPY' };
      await stores.transaction(async (trx) => {
        if (r.amount > 0)
          await stores.ledger.post(
            {
              accountId: input.accountId,
              amount: r.amount,
              kind: 'refund',
              reference: `services:${input.orderId}`,
              idempotencyKey: refusedRefundKey(input.orderId),
              description: 'Refund of phone numbers the carrier refused',
            },
            trx,
          );
        await stores.numbers.dropRefusedFromOrder(input.orderId, input.refusedNumberIds, trx);
        await stores.orders.setRefunded(input.orderId, r.amount, trx);
        await stores.orders.setStatus(input.orderId, { ...input.status, detail: { ...input.status.detail, refund } }, trx);
      });
      return refund;
    },

    /**
     * Creates the order's uniques (pending, with codes, SIP credentials and extensions) together
     * with the "provisioning" status, then puts each one in service on the PBX.
     */
    async provisionServicesOrder(input: {
      orderId: string;
      accountId: string;
      circleId: string;
      uniques: Array<{ id: string; kind: string; monthlyFee: number; initialFee: number }>;
      status: StatusChange;
    }): Promise<void> {
      await stores.transaction(async (trx) => {
        await stores.orders.setStatus(input.orderId, input.status, trx);
        if (input.uniques.length === 0) return;
        await stores.uniques.createForOrder(
          {
            orderId: input.orderId,
            accountId: input.accountId,
            circleId: input.circleId,
            loginServer: deps.loginServer,
            items: input.uniques,
            newSealedPassword: () => box.seal(randomBytes(12).toString('base64url')),
          },
          trx,
        );
      });
      if (input.uniques.length === 0) return;
      for (const u of await stores.uniques.credentialsForOrder(input.orderId)) {
        if (u.status !== 'pending' || u.provisioned) continue;
        await deps.pbx
          .provisionEndpoint({
            uniqueId: u.id,
            kind: u.kind,
            sipUser: u.sipUser,
            sipPassword: box.open(u.sealedPassword),
            loginServer: u.loginServer,
          })
          .catch((e: unknown) => rethrowRejected(e, SERVICES_FAILURES.pbxRejected.type));
        await stores.uniques.markProvisioned(u.id);
      }
    },

    /** Takes the order's unfinished uniques off the PBX and marks them removed. */
    async removeOrderUniques(input: { orderId: string; reason: string }): Promise<void> {
      for (const u of await stores.uniques.credentialsForOrder(input.orderId)) {
        if (u.status === 'pending')
          await deps.pbx.removeEndpoint(u.id).catch((e: unknown) => rethrowRejected(e, SERVICES_FAILURES.pbxRejected.type));
      }
      await stores.uniques.removeForOrder(input.orderId, input.reason);
    },

    /** Asks the carrier to route each number; the answers arrive later by webhook (or now, on a repeat). */
    async requestNumberActivations(input: { orderId: string; status: StatusChange }): Promise<Array<{ numberId: string; state: string }>> {
      await stores.orders.setStatus(input.orderId, input.status);
      const out: Array<{ numberId: string; state: string }> = [];
      for (const n of await stores.numbers.forOrder(input.orderId)) {
        if (n.status !== 'pending') continue;
        const r = await deps.carrier
          .requestActivation({ number: n.number, reference: `${input.orderId}:${n.id}` })
          .catch((e: unknown) => rethrowRejected(e, SERVICES_FAILURES.carrierRejected.type));
        if (!n.carrierStatus) await stores.numbers.setCarrierStatus(n.id, 'pending');
        out.push({ numberId: n.id, state: r.state });
      }
      return out;
    },

    /** Records what the carrier answered for each number. */
    async recordNumberActivations(input: {
      results: Array<{ numberId: string; outcome: 'active' | 'failed'; reason: string | null }>;
    }): Promise<void> {
      for (const r of input.results) await stores.numbers.setCarrierStatus(r.numberId, r.outcome, r.reason);
    },

    /**
     * Assigns everything to the circle at once: uniques and numbers become active and billed, the
     * order completed. Returns the uniques as the thank-you mail lists them.
     */
    async completeServicesOrder(input: {
      orderId: string;
      accountId: string;
      circleId: string;
      numbers: Array<{ id: string; number: string; kind: string; monthlyFee: number; initialFee: number }>;
      status: StatusChange;
    }): Promise<MailedUnique[]> {
      const uniques = await stores.transaction(async (trx) => {
        await stores.uniques.activateForOrder(input.orderId, trx);
        await stores.numbers.activateForOrder(
          input.orderId,
          input.circleId,
          Object.fromEntries(input.numbers.map((n) => [n.id, { monthly: n.monthlyFee, initial: n.initialFee }])),
          trx,
        );
        const uniques = await stores.uniques.forOrder(input.orderId, trx);
        await stores.serviceHistory.record(
          [
            ...uniques.map((u) => ({
              accountId: input.accountId,
              circleId: input.circleId,
              orderId: input.orderId,
              itemType: 'unique' as const,
              itemId: u.id,
              kind: u.kind,
              label: u.code ?? u.id,
              action: 'purchased' as const,
              monthlyFee: u.monthlyFee,
              initialFee: u.initialFee ?? 0,
            })),
            ...input.numbers.map((n) => ({
              accountId: input.accountId,
              circleId: input.circleId,
              orderId: input.orderId,
              itemType: 'number' as const,
              itemId: n.id,
              kind: n.kind,
              label: n.number,
              action: 'purchased' as const,
              monthlyFee: n.monthlyFee,
              initialFee: n.initialFee,
            })),
          ],
          trx,
        );
        await stores.orders.setStatus(input.orderId, input.status, trx);
        return uniques;
      });
      return uniques.map((u) => ({ code: u.code ?? u.id, kind: u.kind, loginServer: u.loginServer ?? '' }));
    },

    /** Mails "thank you for your purchase" with what was bought, once per order. */
    async mailServicesThankYou(input: {
      orderId: string;
      accountId: string;
      circleId: string;
      totals: { subtotal: number; tax: number; total: number };
      uniques: MailedUnique[];
      numbers: Array<{ number: string; kind: string }>;
      /** Numbers the carrier refused, and what went back for them: the same mail says so. */
      refused?: Array<{ number: string; kind: string; reason: string | null }>;
      refund?: RefusedRefund;
    }): Promise<void> {
      const [account, circle] = await Promise.all([
        stores.accounts.findById(input.accountId),
        stores.circles.get(input.accountId, input.circleId).catch(() => undefined),
      ]);
      if (!account) return;
      await deps.mail.send({
        key: `services:${input.orderId}:thank-you`,
        accountId: account.id,
        account,
        template: 'services_thank_you',
        data: {
          name: account.name,
          orderId: input.orderId,
          circleName: circle?.name ?? '',
          uniques: input.uniques,
          numbers: input.numbers.map((n) => ({ number: n.number, kind: n.kind })),
          subtotal: input.totals.subtotal,
          tax: input.totals.tax,
          total: input.totals.total,
          refused: (input.refused ?? []).map((n) => ({ number: n.number, kind: n.kind, reason: n.reason })),
          refund: input.refund ? { amount: input.refund.amount, ...input.refund.totalsAfter } : null,
          portalUrl: deps.publicBaseUrl ?? '',
        },
      });
    },

    /** Mails that the order failed (the reason, the numbers the carrier refused, the refund), then the refund notice; once each. */
    async mailServicesOrderFailed(input: { orderId: string }): Promise<void> {
      const order = await stores.orders.get(input.orderId);
      if (!order) throw new Error(`services order ${input.orderId} has no order row`);
      const lines = (order.detail.lines ?? []) as LineResult[];
      await notices.failed({
        order,
        kind: 'services',
        items: orderedItems(lines),
        refundKey: `services:${order.id}:refund`,
        keyPrefix: `services:${order.id}`,
        failedNumbers: lines.flatMap((l) => (l.type === 'number' && l.status === 'failed' ? [toNationalDisplay(l.number)] : [])),
      });
    },
  };
}

/** What the order contained, as the notices list it: uniques counted by kind, then each number. */
function orderedItems(lines: LineResult[]): NoticeItem[] {
  const uniques = new Map<string, number>();
  for (const l of lines) if (l.type === 'unique') uniques.set(l.kind, (uniques.get(l.kind) ?? 0) + 1);
  return [
    ...[...uniques].map(([kind, quantity]) => ({ type: 'unique' as const, kind, quantity })),
    ...lines.flatMap((l) => (l.type === 'number' ? [{ type: 'number' as const, number: l.number, kind: l.kind }] : [])),
  ];
}
