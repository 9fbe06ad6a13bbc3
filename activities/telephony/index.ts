import type { Stores } from '../../db/stores';
import type { AppConfig } from '../../lib/config';
import type { Parties } from '../../lib/parties';
import type { MailService } from '../mail/mail-service';
import { createNumberHoldActivities } from './number-hold.activities';
import { createOverseasNumberOrderActivities } from './overseas-number-order.activities';
import { createServicesOrderActivities } from './services-order.activities';

/** Every activity of the uniques-and-numbers domain, wired to the configured PBX and carrier. */
export function createTelephonyActivities(deps: { config: AppConfig; stores: Stores; mail: MailService; parties: Parties }) {
  const { config, stores, parties } = deps;
  return {
    ...createNumberHoldActivities({ numbers: stores.numbers }),
    ...createServicesOrderActivities({
      stores,
      mail: deps.mail,
      pbx: parties.pbx,
      carrier: parties.carrier,
      secret: config.secret,
      loginServer: config.services.pbx.loginServer,
      publicBaseUrl: config.publicBaseUrl,
    }),
    ...createOverseasNumberOrderActivities({ stores, mail: deps.mail, carrier: parties.carrier, publicBaseUrl: config.publicBaseUrl }),
  };
}
