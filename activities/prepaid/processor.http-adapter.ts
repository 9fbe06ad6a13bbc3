import type { AppConfig } from '../../lib/config';
import { ProcessorRejectedError, type CardDetails, type ChargeResult, type KonbiniSlip, type ProcessorPort, type VirtualAccount } from './processor.port';

/** Talks to the processor's REST API (the bundled sandbox speaks the same protocol). */
export function createHttpProcessor(cfg: AppConfig['parties']['processor'], fetchImpl: typeof fetch = fetch): ProcessorPort {
  async function call<T>(method: string, path: string, body?: unknown, idempotencyKey?: string): Promise<T> {
    const headers: Record<string, string> = { authorization: `Bearer ${cfg.apiKey}`, accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
    const res = await fetchImpl(`${cfg.url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal: AbortSignal.timeout(15_000) });
    const text = await res.text();
    // An error page that is not JSON still carries its status, which decides below.
    let json: Record<string, unknown> = {};
    try {
      json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    } catch {
      if (res.ok) throw new Error(`processor ${method} ${path}: answer is not JSON`);
    }
    // A 4xx is the processor's final word on this request; 5xx and network errors are retried by Temporal.
    if (res.status >= 400 && res.status < 500 && res.status !== 409 && res.status !== 429) {
      const code = (json.error as { code?: string } | undefined)?.code ?? `http_${res.status}`;
      if (res.status === 402) return json as T;
      throw new ProcessorRejectedError(code);
    }
    if (!res.ok) throw new Error(`processor ${method} ${path}: HTTP ${res.status}`);
    return json as T;
  }

  return {
    describeToken: (token) => call<CardDetails>('GET', `/v1/tokens/${encodeURIComponent(token)}`),
    saveCard: (token) => call<{ ref: string } & CardDetails>('POST', '/v1/cards', { token }),
    async deleteCard(ref) {
      await call('DELETE', `/v1/cards/${encodeURIComponent(ref)}`);
    },
    async charge(input) {
      const r = await call<{ id?: string; status: ChargeResult['status']; challengeUrl?: string; error?: { code: string } }>(
        'POST',
        '/v1/charges',
        { amount: input.amount, currency: 'JPY', source: input.source, reference: input.reference, threeDSecure: input.threeDSecure },
        input.idempotencyKey,
      );
      if (r.status === 'succeeded') return { status: 'succeeded', chargeId: r.id! };
      if (r.status === 'requires_action') return { status: 'requires_action', chargeId: r.id!, challengeUrl: r.challengeUrl! };
      return { status: 'failed', chargeId: r.id ?? null, failureCode: r.error?.code ?? 'card_declined' };
    },
    async cancelCharge(chargeId) {
      await call('POST', `/v1/charges/${encodeURIComponent(chargeId)}/cancel`, {});
    },
    async createKonbiniPayment(input) {
      const r = await call<{ id: string } & Omit<KonbiniSlip, 'paymentId'>>(
        'POST',
        '/v1/konbini-payments',
        { amount: input.amount, currency: 'JPY', reference: input.reference, expiresAt: input.expiresAt, customerName: input.customerName },
        input.idempotencyKey,
      );
      return { paymentId: r.id, paymentNumber: r.paymentNumber, stores: r.stores, expiresAt: r.expiresAt };
    },
    async createVirtualAccount(input) {
      const r = await call<{ id: string } & Omit<VirtualAccount, 'paymentId'>>(
        'POST',
        '/v1/virtual-accounts',
        { amount: input.amount, currency: 'JPY', reference: input.reference, expiresAt: input.expiresAt },
        input.idempotencyKey,
      );
      const { id, ...rest } = r;
      return { paymentId: id, ...rest };
    },
    async cancelPayment(paymentId) {
      await call('POST', `/v1/payments/${encodeURIComponent(paymentId)}/cancel`, {});
    },
  };
}
