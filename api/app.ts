import type { IncomingMessage, ServerResponse } from 'node:http';
import Koa from 'koa';
import type { Knex } from 'knex';
import { Registry } from 'prom-client';
import { registerBusinessMetrics } from '../lib/metrics/business';
import { processMetrics } from '../lib/metrics/process';
import { DOMAIN_MODULES } from '../modules';
import type { DomainModule } from '../modules/domain-module';
import type { FastPath } from './billing/authorize.fast-path';
import type { ApiDeps, ApiInfra } from './deps';
import { docsMiddleware } from './http/docs';
import { installMessages } from './http/messages';
import { cors, requestLog, resolvePrincipal, securityHeaders } from './http/middleware';
import { mountRoutes } from './http/mount';
import { buildOpenApi } from './http/openapi';
import { ProblemError, errorMiddleware } from './http/problem';
import { screens } from './http/web';
import { operationsEndpoints } from './system/operations';
import { requestMetrics } from './system/request-metrics';

/** The route handlers' dependencies: the process's resources and the domains' login tabs and circle checks. */
export function composeApiDeps(infra: ApiInfra, modules: DomainModule[] = DOMAIN_MODULES): ApiDeps {
  return {
    ...infra,
    loginKinds: Object.assign({}, ...modules.map((m) => m.loginKinds ?? {})),
    circleServiceChecks: modules.flatMap((m) => m.circleServiceChecks ?? []),
  };
}

/**
 * A known path asked with a method it does not have: 405 with the Allow header the router set
 * (RFC 9110), as a problem that names the methods too. The router answers an unknown method 501.
 */
function methodNotAllowed(): Koa.Middleware {
  return async function allowHeader(ctx, next) {
    await next();
    if ((ctx.status === 405 || ctx.status === 501) && ctx.body == null) {
      const allowed = ctx.response.get('Allow');
      throw new ProblemError(405, 'method_not_allowed', { allowed });
    }
  };
}

/** Builds the Koa application from the domains: one error mapper on top, then logging, policy, auth and routes. */
export function createApp(infra: ApiInfra, modules: DomainModule[] = DOMAIN_MODULES): Koa {
  const deps = composeApiDeps(infra, modules);
  const routes = modules.flatMap((m) => m.routes ?? []);
  installMessages(modules.flatMap((m) => (m.messages ? [m.messages] : [])));
  const app = new Koa({ proxy: deps.config.http.trustProxy });
  const openapi = buildOpenApi(routes, { version: '1.0.0', serverUrl: deps.config.publicBaseUrl });
  const router = mountRoutes(routes, deps);

  // Probes and scrapes first: they skip the request log, the session lookup and the latency histogram.
  app.use(operationsEndpoints(deps, [processMetrics().registry, businessMetrics(deps.db)]));
  app.use(requestMetrics());
  app.use(requestLog(deps.log));
  app.use(securityHeaders());
  app.use(errorMiddleware(deps.config.publicBaseUrl));
  app.use(cors(deps.config.http.corsOrigins));
  app.use(docsMiddleware(deps.config.publicBaseUrl));
  app.use(screens({ cardEntryOrigin: new URL(deps.config.parties.processor.url).origin }));
  app.use(async function serveOpenApi(ctx, next) {
    if (ctx.method === 'GET' && ctx.path === '/openapi.json') ctx.body = openapi;
    else await next();
  });
  app.use(resolvePrincipal(deps.stores.sessions, deps.config.secret));
  app.use(async function notFound(ctx, next) {
    await next();
    if (ctx.status === 404 && ctx.body == null) throw new ProblemError(404, 'route_not_found');
  });
  app.use(methodNotAllowed());
  app.use(router.allowedMethods());
  app.use(router.routes());
  return withFastPaths(
    app,
    modules.flatMap((m) => (m.fastPaths ?? []).map((make) => make(deps))),
  );
}

/** The app's own registry of the gauges read from its database at scrape time (one per app: tests run several). */
function businessMetrics(db: Knex): Registry {
  const registry = new Registry();
  registerBusinessMetrics(registry, db);
  return registry;
}

/** Lets the modules' fast paths (see api/billing/authorize.fast-path.ts) see each request before Koa does. */
function withFastPaths(app: Koa, fastPaths: FastPath[]): Koa {
  if (fastPaths.length === 0) return app;
  const koaCallback = app.callback.bind(app);
  app.callback = () => {
    const handle = koaCallback();
    // The API serves HTTP/1.1 only (app.listen), so every request is a node:http one.
    return (req, res) =>
      fastPaths.some((take) => take(req as IncomingMessage, res as ServerResponse)) ? Promise.resolve() : handle(req, res);
  };
  return app;
}
