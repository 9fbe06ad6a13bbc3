import type { Stores } from '../../db/stores';
import type { AppConfig } from '../../lib/config';
import type { Parties } from '../../lib/parties';
import type { MailService } from '../mail/mail-service';
import { createDevicesOrderActivities } from './devices-order.activities';

/** Every activity of the devices domain, wired to the configured parcel service. */
export function createDevicesActivities(deps: { config: AppConfig; stores: Stores; mail: MailService; parties: Parties }) {
  return createDevicesOrderActivities({
    stores: deps.stores,
    mail: deps.mail,
    parcel: deps.parties.parcel,
    secret: deps.config.secret,
    publicBaseUrl: deps.config.publicBaseUrl,
  });
}
