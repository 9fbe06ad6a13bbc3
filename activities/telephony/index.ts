import type { Stores } from '../../db/stores';
import type { AppConfig } from '../../lib/config';
import type { MailService } from '../mail/mail-service';
import { createCarrierHttpAdapter } from './carrier.http-adapter';
import { createNumberHoldActivities } from './number-hold.activities';
import { createPbxHttpAdapter } from './pbx.http-adapter';
import { createServicesOrderActivities } from './services-order.activities';

/** Every activity of the uniques-and-numbers domain, wired to the configured PBX and carrier. */
export function createTelephonyActivities(deps: { config: AppConfig; stores: Stores; mail: MailService }) {
  const { config, stores } = deps;
  return {
    ...createNumberHoldActivities({ numbers: stores.numbers }),
    ...createServicesOrderActivities({
      stores,
      mail: deps.mail,
      pbx: createPbxHttpAdapter(config.services.pbx),
      carrier: createCarrierHttpAdapter(config.parties.carrier),
      secret: config.secret,
      loginServer: config.services.pbx.loginServer,
    }),
  };
}
