import type { ParcelPort } from '../domain/devices/parcel.port';
import type { ProcessorPort } from '../domain/prepaid/processor.port';
import type { CarrierPort } from '../domain/telephony/carrier.port';
import type { PbxPort } from '../domain/telephony/pbx.port';
import type { Knex } from 'knex';
import { createSipSubscribersStore } from '../db/telephony/sip-subscribers.store';
import type { AppConfig } from './config';
import { createParcelHttpAdapter } from './devices/parcel.http-adapter';
import { createPartyClient } from './party-http';
import { createHttpProcessor } from './prepaid/processor.http-adapter';
import { createCarrierHttpAdapter } from './telephony/carrier.http-adapter';
import { createPbxHttpAdapter } from './telephony/pbx.http-adapter';
import { createPbxKamailioAdapter } from './telephony/pbx.kamailio-adapter';

/** Every outside party behind its port; each process builds this once and hands it to the API and the activities. */
export interface Parties {
  processor: ProcessorPort;
  carrier: CarrierPort;
  pbx: PbxPort;
  parcel: ParcelPort;
}

/**
 * The parties over HTTP at the configured URLs (the bundled sandbox unless configured otherwise);
 * with PBX_MODE=kamailio the PBX is our own SIP server, provisioned through the database.
 */
export function createParties(config: AppConfig, db: Knex): Parties {
  const client = (party: string, at: { url: string; apiKey: string }) => createPartyClient({ party, url: at.url, apiKey: at.apiKey });
  return {
    processor: createHttpProcessor(client('processor', config.parties.processor)),
    carrier: createCarrierHttpAdapter(client('carrier', config.parties.carrier)),
    pbx:
      config.services.pbx.mode === 'kamailio'
        ? createPbxKamailioAdapter(createSipSubscribersStore(db))
        : createPbxHttpAdapter(client('pbx', config.services.pbx)),
    parcel: createParcelHttpAdapter(client('parcel', config.parties.parcel)),
  };
}
