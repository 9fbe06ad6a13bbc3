import { accountsMessages } from './accounts';
import { prepaidMessages } from './prepaid';
import { ordersMessages } from './orders';
import { telephonyMessages } from './telephony';
import { billingMessages } from './billing';
import { devicesMessages } from './devices';
import { homeMessages } from './home';
import { commonMessages } from './common';
import { loginMessages } from './login';

/** Every text of the customer portal, in Japanese and English: one table, one file per area. */
export const portalMessages = {
  ...commonMessages,
  ...loginMessages,
  ...accountsMessages,
  ...prepaidMessages,
  ...ordersMessages,
  ...telephonyMessages,
  ...billingMessages,
  ...devicesMessages,
  ...homeMessages,
};

/** A key of the portal's texts. */
export type PortalMessage = keyof typeof portalMessages;

/** A translator over the portal's texts, as every page receives it. */
export type T = (key: PortalMessage, params?: Record<string, string | number>) => string;
