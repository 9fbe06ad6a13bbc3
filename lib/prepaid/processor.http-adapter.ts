import type { CardDetails, ChargeResult, KonbiniSlip, ProcessorPort, VirtualAccount } from '../../domain/prepaid/processor.port';
import type { PartyCallOptions, PartyClient } from '../party-http';

/** The processor's REST API on the party client (the bundled sandbox speaks the same protocol). */
export function createHttpProcessor(client: PartyClient): ProcessorPort {
  // The processor answers a failed payment with 402 and its JSON: an answer (a declined charge), not an error.
  const call = <T>(method: string, path: string, opts: PartyCallOptions = {}) =>
    client.call<T>(method, path, { okStatuses: [402], ...opts });

  return {
    describeToken: (token) => call<CardDetails>('GET', `/v1/tokens/${encodeURIComponent(token)}`),
    saveCard: (token) => call<{ ref: string } & CardDetails>('POST', '/v1/cards', { body: { token } }),
    async deleteCard(ref) {
      await call('DELETE', `/v1/cards/${encodeURIComponent(ref)}`);
    },
    async charge(input) {
      const r = await call<{ id?: string; status: ChargeResult['status']; challengeUrl?: string; error?: { code: string } }>(
        'POST',
        '/v1/charges',
        {
          body: {
            amount: input.amount,
            currency: 'JPY',
            source: input.source,
            reference: input.reference,
            threeDSecure: input.threeDSecure,
          },
          idempotencyKey: input.idempotencyKey,
        },
      );
      if (r.status === 'succeeded') return { status: 'succeeded', chargeId: r.id! };
      if (r.status === 'requires_action') return { status: 'requires_action', chargeId: r.id!, challengeUrl: r.challengeUrl! };
      return { status: 'failed', chargeId: r.id ?? null, failureCode: r.error?.code ?? 'card_declined' };
    },
    async cancelCharge(chargeId) {
      await call('POST', `/v1/charges/${encodeURIComponent(chargeId)}/cancel`, { body: {} });
    },
    async createKonbiniPayment(input) {
      const r = await call<{ id: string } & Omit<KonbiniSlip, 'paymentId'>>('POST', '/v1/konbini-payments', {
        body: {
          amount: input.amount,
          currency: 'JPY',
          reference: input.reference,
          expiresAt: input.expiresAt,
          customerName: input.customerName,
        },
        idempotencyKey: input.idempotencyKey,
      });
      return { paymentId: r.id, paymentNumber: r.paymentNumber, stores: r.stores, expiresAt: r.expiresAt };
    },
    async createVirtualAccount(input) {
      const r = await call<{ id: string } & Omit<VirtualAccount, 'paymentId'>>('POST', '/v1/virtual-accounts', {
        body: { amount: input.amount, currency: 'JPY', reference: input.reference, expiresAt: input.expiresAt },
        idempotencyKey: input.idempotencyKey,
      });
      const { id, ...rest } = r;
      return { paymentId: id, ...rest };
    },
    async cancelPayment(paymentId) {
      await call('POST', `/v1/payments/${encodeURIComponent(paymentId)}/cancel`, { body: {} });
    },
  };
}
