import type { ParcelPort } from '../../domain/devices/parcel.port';
import type { PartyClient } from '../party-http';

/** The parcel service's shipment API on the party client. */
export function createParcelHttpAdapter(client: PartyClient): ParcelPort {
  return {
    async registerShipment(input) {
      // The service's 409 means the tracking number belongs to another parcel: final, not a retry.
      const r = await client.call<{ id?: string; status?: string }>('POST', '/v1/shipments', { body: input, finalStatuses: [409] });
      return { shipmentId: r.id ?? '', status: r.status ?? 'in_transit' };
    },
  };
}
