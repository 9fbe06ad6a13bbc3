import type { Stores } from '../../db/stores';
import type { MailService } from '../mail/mail-service';

/** Which top-up mail to send. */
export type TopupMailKind = 'instructions' | 'reminder' | 'expired' | 'cancelled' | 'receipt' | 'refunded' | 'failed';

/** Top-up mails: rendered from the order and top-up rows, once per key, in the account's language. */
export function createTopupMailActivities(deps: { stores: Stores; mail: MailService; config: { publicBaseUrl: string } }) {
  return {
    /** Mails the customer about the order; the key names the event so a retry mails once. */
    async mailTopup(input: { orderId: string; kind: TopupMailKind; key: string; amount?: number }): Promise<void> {
      const [order, topup] = await Promise.all([deps.stores.orders.get(input.orderId), deps.stores.topups.get(input.orderId)]);
      if (!order || !topup) throw new Error(`no top-up ${input.orderId}`);
      const account = await deps.stores.accounts.findById(topup.accountId);
      await deps.mail.send({
        key: input.key,
        accountId: topup.accountId,
        template: `topup_${input.kind}`,
        data: {
          name: account?.name ?? '',
          orderId: order.id,
          amount: input.amount ?? topup.amount,
          method: topup.method,
          deadline: topup.deadlineAt?.toISOString() ?? null,
          nextAction: order.nextAction,
          balance: account?.balance,
          reason: order.failureReason,
          portalUrl: deps.config.publicBaseUrl,
        },
      });
    },
  };
}
