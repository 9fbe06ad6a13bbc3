import { cardRoutes } from './cards.routes';
import { processorWebhookRoutes } from './processor-webhook.routes';
import { prepaidSettingsRoutes } from './settings.routes';
import { topupRoutes } from './topups.routes';

/** Every prepaid top-up operation (the balance and ledger routes are listed on their own). */
export const prepaidTopupRoutes = [...topupRoutes, ...cardRoutes, ...prepaidSettingsRoutes, ...processorWebhookRoutes];
