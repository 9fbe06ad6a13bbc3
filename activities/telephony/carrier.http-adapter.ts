import type { CarrierActivationState, CarrierPort } from './carrier.port';
import { callParty } from '../../lib/party-http';

/** The carrier's number provisioning API over HTTP. */
export function createCarrierHttpAdapter(cfg: { url: string; apiKey: string }): CarrierPort {
  return {
    async requestActivation(input) {
      const res = await callParty<{ id: string; status: CarrierActivationState }>('carrier', `${cfg.url}/v1/activations`, cfg.apiKey, 'POST', input);
      return { requestId: res.body.id, state: res.body.status };
    },
    async deactivate(number) {
      await callParty('carrier', `${cfg.url}/v1/deactivations`, cfg.apiKey, 'POST', { number }, [404]);
    },
  };
}
