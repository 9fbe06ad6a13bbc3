import type { CarrierActivationState, CarrierPort } from '../../domain/telephony/carrier.port';
import type { PartyClient } from '../party-http';

/** The carrier's number provisioning API on the party client. */
export function createCarrierHttpAdapter(client: PartyClient): CarrierPort {
  return {
    async requestActivation(input) {
      const r = await client.call<{ id: string; status: CarrierActivationState }>('POST', '/v1/activations', { body: input });
      return { requestId: r.id, state: r.status };
    },
    async deactivate(number) {
      // The carrier answers 404 for a number it does not route: already deactivated, which is done.
      await client.call('POST', '/v1/deactivations', { body: { number }, okStatuses: [404] });
    },
  };
}
