import { codecEndpoint } from '../../api/system/codec';
import { codecMessages } from '../../api/system/codec-messages';
import { healthRoutes } from '../../api/system/health.routes';
import { indexRoutes } from '../../api/system/index.routes';
import type { DomainModule } from '../domain-module';

/** System: the API root, the health of the API and its dependencies, and the Temporal codec endpoint (/codec). */
export const systemModule: DomainModule = {
  name: 'system',
  routes: [...indexRoutes, ...healthRoutes],
  fastPaths: [codecEndpoint],
  messages: codecMessages,
};
