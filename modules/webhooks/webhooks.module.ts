import { webhooksMailTemplates } from '../../activities/webhooks/webhooks-mail-templates';
import { createWebhooksActivities } from '../../activities/webhooks/webhooks.activities';
import { webhooksMessages } from '../../api/webhooks/messages';
import { webhookRoutes } from '../../api/webhooks/webhooks.routes';
import type { DomainModule } from '../domain-module';

/** Event webhooks: customers' endpoints, the event outbox's dispatcher, signed deliveries with retries. */
export const webhooksModule: DomainModule = {
  name: 'webhooks',
  routes: webhookRoutes,
  messages: webhooksMessages,
  activities: ({ stores, mail, config }) => createWebhooksActivities({ stores, mail, config }),
  workflows: ['webhookDispatchWorkflow', 'webhookDeliveryWorkflow', 'webhookRedeliveryWorkflow'],
  mailTemplates: webhooksMailTemplates as never,
};
