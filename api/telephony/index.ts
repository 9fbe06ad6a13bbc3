import { carrierWebhookRoutes } from './carrier-webhook.routes';
import { numberRoutes } from './numbers.routes';
import { servicesOrderRoutes } from './services-orders.routes';
import { phonebookRoutes } from './phonebook.routes';
import { uniqueRoutes } from './uniques.routes';

/** Every route of uniques, phone numbers, their orders, the phone book and the carrier webhook. */
export const servicesRoutes = [...servicesOrderRoutes, ...numberRoutes, ...uniqueRoutes, ...phonebookRoutes, ...carrierWebhookRoutes];
