import type Koa from 'koa';
import type { Registry } from 'prom-client';
import { metricsAllowed, PROMETHEUS_CONTENT_TYPE, renderMetrics } from '../../lib/metrics/exposition';
import type { ApiDeps } from '../deps';
import { checkDependencies } from './health.routes';
import { isShuttingDown } from './lifecycle';

/** Readiness gives each dependency this long: probes time out after a second by default (Kubernetes). */
const READY_TIMEOUT_MS = 900;

/**
 * The endpoints an orchestrator and Prometheus call, outside the API's documented surface (no
 * session lookup, no request log line per probe):
 * - `GET /health/live`: 200 while the process answers at all.
 * - `GET /health/ready`: 200 when PostgreSQL and Temporal answer; 503 naming what does not, or
 *   `shutting_down` once SIGTERM has arrived.
 * - `GET /metrics`: the Prometheus text format; with METRICS_TOKEN set, only for `Bearer <token>`.
 */
export function operationsEndpoints(deps: Pick<ApiDeps, 'db' | 'temporal' | 'config'>, registries: Registry[]): Koa.Middleware {
  const token = deps.config.metrics.token;
  return async function operations(ctx, next) {
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return next();
    switch (ctx.path) {
      case '/health/live':
        ctx.set('Cache-Control', 'no-store');
        ctx.body = { status: 'live' };
        return;
      case '/health/ready': {
        ctx.set('Cache-Control', 'no-store');
        const answer = await readiness(deps);
        ctx.status = answer.status === 'ready' ? 200 : 503;
        ctx.body = answer;
        return;
      }
      case '/metrics':
        ctx.set('Cache-Control', 'no-store');
        if (!metricsAllowed(token, ctx.get('authorization'))) {
          ctx.status = 401;
          ctx.set('WWW-Authenticate', 'Bearer realm="metrics"');
          ctx.body = { status: 'unauthorized', detail: 'GET /metrics wants Authorization: Bearer <METRICS_TOKEN>' };
          return;
        }
        ctx.type = PROMETHEUS_CONTENT_TYPE;
        ctx.body = await renderMetrics(registries);
        return;
      default:
        return next();
    }
  };
}

/** The readiness answer: which dependency is down, or that the process is stopping. */
export type Readiness =
  | { status: 'ready'; database: 'up'; temporal: 'up' }
  | { status: 'not_ready'; database: 'up' | 'down'; temporal: 'up' | 'down'; down: string[] }
  | { status: 'shutting_down' };

async function readiness(deps: Pick<ApiDeps, 'db' | 'temporal'>): Promise<Readiness> {
  if (isShuttingDown()) return { status: 'shutting_down' };
  const state = await checkDependencies(deps, READY_TIMEOUT_MS);
  // Asked again after the checks: SIGTERM may have come while they ran.
  if (isShuttingDown()) return { status: 'shutting_down' };
  const down = Object.entries(state)
    .filter(([, v]) => v === 'down')
    .map(([k]) => k);
  return down.length === 0 ? { status: 'ready', database: 'up', temporal: 'up' } : { status: 'not_ready', ...state, down };
}
