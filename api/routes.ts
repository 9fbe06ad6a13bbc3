import { accountRoutes } from './accounts/account.routes';
import { authRoutes } from './accounts/auth.routes';
import { billingRoutes } from './billing/billing.routes';
import { callRoutes } from './billing/calls.routes';
import { circleRoutes } from './accounts/circles.routes';
import type { RouteDef } from './http/route';
import { orderRoutes } from './orders/orders.routes';
import { operatorRoutes } from './prepaid/operator.routes';
import { balanceRoutes } from './prepaid/balance.routes';
import { prepaidTopupRoutes } from './prepaid/prepaid.routes';
import { servicesRoutes } from './telephony';
import { healthRoutes } from './system/health.routes';
import { deviceRoutes } from './devices/devices.routes';
import { provisioningRoutes } from './devices/provisioning.routes';
import { warehouseRoutes } from './devices/warehouse.routes';

/** Every operation of the API; the OpenAPI document and the router both come from this list. */
export const allRoutes: RouteDef[] = [...healthRoutes, ...authRoutes, ...accountRoutes, ...circleRoutes, ...balanceRoutes, ...prepaidTopupRoutes, ...operatorRoutes, ...orderRoutes, ...billingRoutes, ...callRoutes, ...servicesRoutes, ...deviceRoutes, ...warehouseRoutes, ...provisioningRoutes];
