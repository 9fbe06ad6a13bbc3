import type Koa from 'koa';
import { processMetrics } from '../../lib/metrics/process';

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** Answers no route matched, grouped by what served them (the documents and screens), never by raw path. */
function unroutedLabel(path: string, status: number): string {
  if (status === 404) return 'unmatched';
  if (path === '/openapi.json') return path;
  const top = /^\/(docs|staff|sandbox|provisioning)(\/|$)/.exec(path);
  return top ? `/${top[1]}/*` : '/*';
}

/**
 * Times every request the Koa pipeline answers into pbx_http_request_duration_seconds, labelled
 * by the router's template (`/v1/orders/:id`) so that IDs never become series. Outermost, so that
 * error answers are timed with the status they went out with.
 */
export function requestMetrics(): Koa.Middleware {
  const histogram = processMetrics().httpRequestDuration;
  return async function timeRequest(ctx, next) {
    const started = process.hrtime.bigint();
    try {
      await next();
    } finally {
      const matched = (ctx as { _matchedRoute?: string | RegExp })._matchedRoute;
      const route = typeof matched === 'string' ? matched : unroutedLabel(ctx.path, ctx.status);
      // Any other method is a client's invention: one label for all of them keeps the series bounded.
      const method = METHODS.has(ctx.method) ? ctx.method : 'other';
      histogram.observe({ route, method, status: String(ctx.status) }, Number(process.hrtime.bigint() - started) / 1e9);
    }
  };
}
