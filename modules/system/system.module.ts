import { healthRoutes } from '../../api/system/health.routes';
import type { DomainModule } from '../domain-module';

/** System: health of the API and its dependencies. */
export const systemModule: DomainModule = { name: 'system', routes: healthRoutes };
