import { ParcelRejectedError, type ParcelPort } from './parcel.port';

/** The parcel service's shipment API over HTTP; 4xx answers are final, the rest are retried. */
export function createParcelHttpAdapter(cfg: { url: string; apiKey: string }): ParcelPort {
  return {
    async registerShipment(input) {
      const res = await fetch(`${cfg.url}/v1/shipments`, {
        method: 'POST',
        headers: { authorization: `Bearer ${cfg.apiKey}`, 'content-type': 'application/json' },
        body: JSON.stringify(input),
        signal: AbortSignal.timeout(15_000),
      });
      const text = await res.text();
      const body = (text ? JSON.parse(text) : {}) as { id?: string; status?: string; error?: string };
      if (res.ok) return { shipmentId: body.id ?? '', status: body.status ?? 'in_transit' };
      if (res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429) throw new ParcelRejectedError(res.status, body.error ?? text.slice(0, 200));
      throw new Error(`parcel service answered ${res.status}`);
    },
  };
}
