import type { Account } from '../../db/accounts/accounts.store';
import type { Order } from '../../db/orders/orders.store';
import type { LedgerEntry } from '../../db/prepaid/ledger.store';
import type { Stores } from '../../db/stores';
import type { MailService } from './mail-service';
import type { OrderCancelledData, OrderFailedData, OrderRefundedData } from './order-notice-templates';
import type { NoticeItem, NoticeOrderKind } from './order-words';

/** What a failure or cancellation notice needs from the domain: the order, its items and where its refund would be. */
export interface OrderNoticeInput {
  order: Order;
  kind: NoticeOrderKind;
  items: NoticeItem[];
  /** Ledger key of the order's refund: the refund notice goes out when that entry exists. */
  refundKey: string;
  /** Prefix of the mails' idempotency keys, derived from the order (`devices:<id>`). */
  keyPrefix: string;
}

/**
 * Sends the notices every order kind shares, each once per key: the failure or the cancellation,
 * then, when money went back to the balance, the refund with the balance after it.
 */
export function createOrderNotices(deps: { stores: Stores; mail: MailService; portalUrl: string }) {
  const { stores, mail } = deps;

  async function context(input: OrderNoticeInput) {
    const account = await stores.accounts.findById(input.order.accountId);
    if (!account) throw new Error(`order ${input.order.id} belongs to no account`);
    const refund = await stores.ledger.findByKey(input.refundKey);
    return { account, refund };
  }

  async function refunded(input: OrderNoticeInput, account: Account, refund: LedgerEntry | undefined, cause: OrderRefundedData['cause']) {
    if (!refund) return;
    const data: OrderRefundedData = {
      name: account.name,
      orderId: input.order.id,
      kind: input.kind,
      amount: refund.amount,
      cause,
      balance: refund.balanceAfter,
      portalUrl: deps.portalUrl,
    };
    await mail.send({ key: `${input.keyPrefix}:refunded`, accountId: account.id, account, template: 'order_refunded', data });
  }

  return {
    /** Mails that the order failed, with the reason and what was refunded; then the refund notice. */
    async failed(input: OrderNoticeInput & { failedNumbers?: string[] }): Promise<void> {
      const { account, refund } = await context(input);
      const data: OrderFailedData = {
        name: account.name,
        orderId: input.order.id,
        kind: input.kind,
        items: input.items,
        reason: input.order.failureReason,
        failedNumbers: input.failedNumbers ?? [],
        refunded: refund?.amount ?? 0,
        portalUrl: deps.portalUrl,
      };
      await mail.send({ key: `${input.keyPrefix}:failed`, accountId: account.id, account, template: 'order_failed', data });
      await refunded(input, account, refund, 'failed');
    },

    /** Mails that the order was cancelled, by whom and what was refunded; then the refund notice. */
    async cancelled(input: OrderNoticeInput & { by: OrderCancelledData['by'] }): Promise<void> {
      const { account, refund } = await context(input);
      const data: OrderCancelledData = {
        name: account.name,
        orderId: input.order.id,
        kind: input.kind,
        items: input.items,
        by: input.by,
        refunded: refund?.amount ?? 0,
        portalUrl: deps.portalUrl,
      };
      await mail.send({ key: `${input.keyPrefix}:cancelled`, accountId: account.id, account, template: 'order_cancelled', data });
      await refunded(input, account, refund, 'cancelled');
    },
  };
}

/** The shared order notices, as a domain's activities use them. */
export type OrderNotices = ReturnType<typeof createOrderNotices>;
