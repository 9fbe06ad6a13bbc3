import { sipHa1 } from '../../domain/telephony/sip-digest';
import type { PbxPort } from '../../domain/telephony/pbx.port';
import type { SipSubscribersStore } from '../../db/telephony/sip-subscribers.store';

/**
 * The PBX port on our own Kamailio: a unique's endpoint is a row of `sip_subscribers`, which
 * Kamailio's auth_db reads on every REGISTER. Only the digest hash is written; the realm is the
 * login server the phone is given, which is also the realm Kamailio challenges with.
 */
export function createPbxKamailioAdapter(subscribers: SipSubscribersStore): PbxPort {
  return {
    async provisionEndpoint(e) {
      await subscribers.upsert({
        uniqueId: e.uniqueId,
        username: e.sipUser,
        realm: e.loginServer,
        ha1: sipHa1(e.sipUser, e.loginServer, e.sipPassword),
      });
    },
    async removeEndpoint(uniqueId) {
      await subscribers.remove(uniqueId);
    },
  };
}
