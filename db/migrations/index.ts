import type { Knex } from 'knex';
import * as foundation from './20261126_001_foundation';
import * as orders from './20261126_002_orders';
import * as webhooks from './20261126_003_webhooks';
import * as topup from './20261126_004_topup';
import * as servicesCore from './20261126_005_services_core';
import * as services from './20261126_006_services';
import * as billing from './20261126_007_billing';
import * as devices from './20261126_008_devices';
import * as mailSendAttempts from './20261127_009_mail_send_attempts';
import * as bankStatements from './20261128_010_bank_statements';
import * as adjustments from './20261128_011_adjustments';
import * as catalog from './20261128_012_catalog';
import * as staffAdmin from './20261128_013_staff_admin';
import * as warehouseClaims from './20261128_014_warehouse_claims';
import * as accountProfile from './20261128_015_account_profile';
import * as uniqueSettings from './20261128_016_unique_settings';
import * as staffTemporaryPassword from './20261128_017_staff_temporary_password';
import * as reservedExtensions from './20261128_018_reserved_extensions';
import * as outboundProhibitedBy from './20261128_019_outbound_prohibited_by';
import * as sipSubscribers from './20261128_020_sip_subscribers';
import * as sipRouting from './20261128_021_sip_routing';
import * as authorizePlan from './20261128_022_authorize_plan';
import * as eventWebhooks from './20261129_023_event_webhooks';
import * as apiKeys from './20261129_024_api_keys';
import * as authorizePlanCached from './20261129_025_authorize_plan_cached';
import * as heldRunningTotal from './20261130_026_held_running_total';
import * as idempotencyLocation from './20261130_027_idempotency_location';
import * as packConfigOverride from './20261201_028_pack_config_override';
import * as refusedLinesOverseasOrders from './20261201_029_refused_lines_overseas_orders';
import * as callChargeTaxes from './20261201_030_call_charge_taxes';
import * as mailOutboxPending from './20261201_031_mail_outbox_pending';

type Migration = { up: (k: Knex) => Promise<void>; down: (k: Knex) => Promise<void> };

/** Every migration by name; names sort in the order they run. */
export const migrations: Record<string, Migration> = {
  '20261126_001_foundation': foundation,
  '20261126_002_orders': orders,
  '20261126_003_webhooks': webhooks,
  '20261126_004_topup': topup,
  '20261126_005_services_core': servicesCore,
  '20261126_006_services': services,
  '20261126_007_billing': billing,
  '20261126_008_devices': devices,
  '20261127_009_mail_send_attempts': mailSendAttempts,
  '20261128_010_bank_statements': bankStatements,
  '20261128_011_adjustments': adjustments,
  '20261128_012_catalog': catalog,
  '20261128_013_staff_admin': staffAdmin,
  '20261128_014_warehouse_claims': warehouseClaims,
  '20261128_015_account_profile': accountProfile,
  '20261128_016_unique_settings': uniqueSettings,
  '20261128_017_staff_temporary_password': staffTemporaryPassword,
  '20261128_018_reserved_extensions': reservedExtensions,
  '20261128_019_outbound_prohibited_by': outboundProhibitedBy,
  '20261128_020_sip_subscribers': sipSubscribers,
  '20261128_021_sip_routing': sipRouting,
  '20261128_022_authorize_plan': authorizePlan,
  '20261129_023_event_webhooks': eventWebhooks,
  '20261129_024_api_keys': apiKeys,
  '20261129_025_authorize_plan_cached': authorizePlanCached,
  '20261130_026_held_running_total': heldRunningTotal,
  '20261130_027_idempotency_location': idempotencyLocation,
  '20261201_028_pack_config_override': packConfigOverride,
  '20261201_029_refused_lines_overseas_orders': refusedLinesOverseasOrders,
  '20261201_030_call_charge_taxes': callChargeTaxes,
  '20261201_031_mail_outbox_pending': mailOutboxPending,
};
