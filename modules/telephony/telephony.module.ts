import { createTelephonyActivities } from '../../activities/telephony';
import { telephonyMailTemplates } from '../../activities/telephony/services-mail-templates';
import { carrierWebhookRoutes } from '../../api/telephony/carrier-webhook.routes';
import { telephonyMessages } from '../../api/telephony/messages';
import { numberRoutes } from '../../api/telephony/numbers.routes';
import { overseasNumberRoutes } from '../../api/telephony/overseas-numbers.routes';
import { phonebookRoutes } from '../../api/telephony/phonebook.routes';
import { servicesOrderRoutes } from '../../api/telephony/services-orders.routes';
import { uniqueLogin } from '../../api/telephony/unique-login';
import { priceMessages } from '../../api/telephony/prices.messages';
import { priceRoutes } from '../../api/telephony/prices.routes';
import { uniqueRoutes } from '../../api/telephony/uniques.routes';
import { seedNumberBlocks } from '../../db/telephony/numbers.seed';
import { liveUniquesAndNumbers } from '../../db/telephony/uniques.store';
import type { DomainModule } from '../domain-module';

/** Telephony: uniques (SIP endpoints), phone numbers, their services orders, the phone book. */
export const telephonyModule: DomainModule = {
  name: 'telephony',
  routes: [
    ...servicesOrderRoutes,
    ...overseasNumberRoutes,
    ...numberRoutes,
    ...uniqueRoutes,
    ...phonebookRoutes,
    ...carrierWebhookRoutes,
    ...priceRoutes,
  ],
  messages: { ...telephonyMessages, ...priceMessages },
  loginKinds: { unique: uniqueLogin },
  circleServiceChecks: [liveUniquesAndNumbers],
  activities: createTelephonyActivities,
  workflows: ['numberHoldWorkflow', 'servicesOrderWorkflow', 'overseasNumberOrderWorkflow'],
  mailTemplates: telephonyMailTemplates,
  seeders: [seedNumberBlocks],
};
