import { healthRoutes } from '../../api/system/health.routes';
import { indexRoutes } from '../../api/system/index.routes';
import type { DomainModule } from '../domain-module';

/** System: the API root and the health of the API and its dependencies. */
export const systemModule: DomainModule = { name: 'system', routes: [...indexRoutes, ...healthRoutes] };
