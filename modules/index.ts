import { mergeTemplates, type TemplateTable } from '../activities/mail/mail-templates';
import type { Seeder } from '../db/seed';
import { accountsModule } from './accounts/accounts.module';
import { benchModule } from './bench/bench.module';
import { billingModule } from './billing/billing.module';
import { devicesModule } from './devices/devices.module';
import type { DomainModule } from './domain-module';
import { ordersModule } from './orders/orders.module';
import { prepaidModule } from './prepaid/prepaid.module';
import { systemModule } from './system/system.module';
import { telephonyModule } from './telephony/telephony.module';
import { webhooksModule } from './webhooks/webhooks.module';

/** Every domain, in the order their routes are matched. Each process composes from this list. */
export const DOMAIN_MODULES: DomainModule[] = [
  systemModule,
  accountsModule,
  prepaidModule,
  ordersModule,
  billingModule,
  telephonyModule,
  devicesModule,
  webhooksModule,
  benchModule,
];

/** The reference-data seeders of every domain, for the migrations. */
export const domainSeeders = (modules: DomainModule[] = DOMAIN_MODULES): Seeder[] => modules.flatMap((m) => m.seeders ?? []);

/** Every domain's mail templates in one table, as the worker's mail service renders them. */
export const domainMailTemplates = (modules: DomainModule[] = DOMAIN_MODULES): TemplateTable => mergeTemplates(modules);
