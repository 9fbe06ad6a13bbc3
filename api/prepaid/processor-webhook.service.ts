import type { PaymentEvent } from '../../workflows/prepaid/contract';
import type { ApiDeps } from '../deps';
import { readSignedEvent, webhookEnvelope } from '../http/signed-webhook';
import { deliverPaymentEvent } from './payment-events.service';

/** How long a concurrent delivery of the same event is given to hand it on before a copy takes over. */
const IN_FLIGHT_GRACE_SECONDS = 10;

/** An event as the processor posts it. */
interface ProcessorEvent {
  id: string;
  type: string;
  data: Record<string, unknown>;
}

/** Maps the processor's event to what the order workflow understands; undefined for other types. */
function toPaymentEvent(e: ProcessorEvent): { orderId: string; event: PaymentEvent } | undefined {
  const d = e.data;
  const orderId = String(d.reference ?? '');
  const amount = Number(d.amount);
  switch (e.type) {
    case 'charge.succeeded':
      return { orderId, event: { key: e.id, kind: 'charge_succeeded', paymentId: String(d.chargeId), amount, source: 'processor' } };
    case 'charge.failed':
      return {
        orderId,
        event: {
          key: e.id,
          kind: 'charge_failed',
          paymentId: String(d.chargeId),
          amount,
          failureCode: String(d.failureCode ?? 'card_declined'),
          source: 'processor',
        },
      };
    case 'konbini.paid':
    case 'virtual_account.received':
      return { orderId, event: { key: e.id, kind: 'paid', paymentId: String(d.paymentId), amount, source: 'processor' } };
    default:
      return undefined;
  }
}

/**
 * Receives a processor webhook: the signature (HMAC over timestamp and body, within the
 * tolerance) must hold; an event ID seen and handled before is acknowledged and dropped.
 */
export async function receiveProcessorWebhook(
  deps: ApiDeps,
  rawBody: string,
  signature: string | undefined,
): Promise<{ received: true; duplicate: boolean; routed: string }> {
  const event: ProcessorEvent = readSignedEvent(deps, 'processor', rawBody, signature, webhookEnvelope);

  const fresh = await deps.stores.webhookEvents.receive('processor', event.id, event.type, event);
  // Redelivered: done already, or being handed on by a concurrent delivery, which we wait for.
  // Relaying it a second time could reach the order after it closed and open a review of money
  // already credited. Only when the first attempt seems to have died is it handed on again.
  if (!fresh && (await deps.stores.webhookEvents.awaitProcessed('processor', event.id, IN_FLIGHT_GRACE_SECONDS)))
    return { received: true, duplicate: true, routed: 'none' };
  const mapped = toPaymentEvent(event);
  const topup = mapped && /^[0-9a-f-]{36}$/i.test(mapped.orderId) ? await deps.stores.topups.get(mapped.orderId) : undefined;
  const routed = mapped && topup ? await deliverPaymentEvent(deps, topup, mapped.event) : 'ignored';
  if (routed === 'ignored') deps.log.info({ eventId: event.id, type: event.type }, 'processor event not for a top-up: ignored');
  await deps.stores.webhookEvents.markProcessed('processor', event.id);
  return { received: true, duplicate: !fresh, routed };
}
