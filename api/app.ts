import Koa from 'koa';
import type { ApiDeps } from './deps';
import { docsMiddleware } from './http/docs';
import { cors, requestLog, resolvePrincipal, securityHeaders } from './http/middleware';
import { mountRoutes } from './http/mount';
import { buildOpenApi } from './http/openapi';
import { ProblemError, errorMiddleware } from './http/problem';
import { allRoutes } from './routes';
import type { RouteDef } from './http/route';

/** Builds the Koa application: one error mapper on top, then logging, policy, auth and routes. */
export function createApp(deps: ApiDeps, routes: RouteDef[] = allRoutes): Koa {
  const app = new Koa({ proxy: deps.config.http.trustProxy });
  const openapi = buildOpenApi(routes, { version: '1.0.0', serverUrl: deps.config.publicBaseUrl });
  const router = mountRoutes(routes, deps);

  app.use(requestLog(deps.log));
  app.use(securityHeaders());
  app.use(errorMiddleware());
  app.use(cors(deps.config.http.corsOrigins));
  app.use(docsMiddleware());
  app.use(async function serveOpenApi(ctx, next) {
    if (ctx.method === 'GET' && ctx.path === '/openapi.json') ctx.body = openapi;
    else await next();
  });
  app.use(resolvePrincipal(deps.stores.sessions));
  app.use(async function notFound(ctx, next) {
    await next();
    if (ctx.status === 404 && ctx.body == null) throw new ProblemError(404, 'route_not_found');
  });
  app.use(
    router.allowedMethods({
      throw: true,
      methodNotAllowed: () => new ProblemError(405, 'method_not_allowed', { allowed: 'see Allow header' }),
      notImplemented: () => new ProblemError(405, 'method_not_allowed', { allowed: 'see Allow header' }),
    }),
  );
  app.use(router.routes());
  return app;
}
