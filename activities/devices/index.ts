import type { Stores } from '../../db/stores';
import type { AppConfig } from '../../lib/config';
import type { MailService } from '../mail/mail-service';
import { createDevicesOrderActivities } from './devices-order.activities';
import { createParcelHttpAdapter } from './parcel.http-adapter';

/** Every activity of the devices domain, wired to the configured parcel service. */
export function createDevicesActivities(deps: { config: AppConfig; stores: Stores; mail: MailService }) {
  return createDevicesOrderActivities({ stores: deps.stores, mail: deps.mail, parcel: createParcelHttpAdapter(deps.config.parties.parcel), secret: deps.config.secret });
}
