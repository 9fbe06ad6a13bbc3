import type { PbxPort } from '../../domain/telephony/pbx.port';
import type { PartyClient } from '../party-http';

/** The PBX provisioning API on the party client (the bundled sandbox, or the real system at the same URL shape). */
export function createPbxHttpAdapter(client: PartyClient): PbxPort {
  return {
    async provisionEndpoint(e) {
      await client.call('PUT', `/v1/endpoints/${encodeURIComponent(e.uniqueId)}`, {
        body: { kind: e.kind, sipUser: e.sipUser, sipPassword: e.sipPassword, loginServer: e.loginServer },
      });
    },
    async removeEndpoint(uniqueId) {
      // 404: the endpoint is already gone, which is what removal wants.
      await client.call('DELETE', `/v1/endpoints/${encodeURIComponent(uniqueId)}`, { okStatuses: [404] });
    },
  };
}
