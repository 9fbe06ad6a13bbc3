import { callParty } from '../../lib/party-http';
import type { PbxPort } from './pbx.port';

/** The PBX provisioning API over HTTP (the bundled sandbox, or the real system at the same URL shape). */
export function createPbxHttpAdapter(cfg: { url: string; apiKey: string }): PbxPort {
  return {
    async provisionEndpoint(e) {
      await callParty('pbx', `${cfg.url}/v1/endpoints/${encodeURIComponent(e.uniqueId)}`, cfg.apiKey, 'PUT', {
        kind: e.kind,
        sipUser: e.sipUser,
        sipPassword: e.sipPassword,
        loginServer: e.loginServer,
      });
    },
    async removeEndpoint(uniqueId) {
      await callParty('pbx', `${cfg.url}/v1/endpoints/${encodeURIComponent(uniqueId)}`, cfg.apiKey, 'DELETE', undefined, [404]);
    },
  };
}
