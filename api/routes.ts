import { accountRoutes } from './account/account.routes';
import { authRoutes } from './auth/auth.routes';
import { circleRoutes } from './circles/circles.routes';
import type { RouteDef } from './http/route';
import { orderRoutes } from './orders/orders.routes';
import { balanceRoutes } from './prepaid/balance.routes';
import { healthRoutes } from './system/health.routes';

/** Every operation of the API; the OpenAPI document and the router both come from this list. */
export const allRoutes: RouteDef[] = [...healthRoutes, ...authRoutes, ...accountRoutes, ...circleRoutes, ...balanceRoutes, ...orderRoutes];
