import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';
import { metricsAllowed, PROMETHEUS_CONTENT_TYPE, renderMetrics } from '../lib/metrics/exposition';

/** Whether the worker can take tasks: each dependency up or down, or that it is stopping. */
export type WorkerReadiness =
  | { status: 'ready'; database: 'up'; temporal: 'up' }
  | { status: 'not_ready'; database: 'up' | 'down'; temporal: 'up' | 'down'; down: string[] }
  | { status: 'shutting_down' };

/** What the worker's operations server answers from. */
export interface WorkerHttpOptions {
  port: number;
  /** METRICS_TOKEN: when set, /metrics wants `Authorization: Bearer <token>`. */
  token: string | undefined;
  registry: Registry;
  temporalMetrics: () => Promise<string>;
  readiness: () => Promise<WorkerReadiness>;
}

/**
 * The worker's small HTTP server for Prometheus and the orchestrator, on WORKER_METRICS_PORT:
 * `/metrics` (this process's pbx_ series, then the SDK's temporal_ ones), `/health/live`,
 * `/health/ready` (the same answers as the API's). Resolves once it listens.
 */
export async function startWorkerHttp(o: WorkerHttpOptions): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => {
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(JSON.stringify(body));
    };
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET') return json(405, { status: 'method_not_allowed', allowed: 'GET' });
    if (path === '/health/live') return json(200, { status: 'live' });
    if (path === '/health/ready')
      return void o.readiness().then(
        (r) => json(r.status === 'ready' ? 200 : 503, r),
        (err: Error) => json(503, { status: 'not_ready', detail: err.message }),
      );
    if (path === '/metrics') {
      if (!metricsAllowed(o.token, req.headers.authorization)) {
        res.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
        return json(401, { status: 'unauthorized', detail: 'GET /metrics wants Authorization: Bearer <METRICS_TOKEN>' });
      }
      return void renderMetrics([o.registry], [o.temporalMetrics]).then(
        (text) => {
          res.writeHead(200, { 'Content-Type': PROMETHEUS_CONTENT_TYPE, 'Cache-Control': 'no-store' });
          res.end(text);
        },
        (err: Error) => json(500, { status: 'error', detail: err.message }),
      );
    }
    return json(404, { status: 'not_found', paths: ['/metrics', '/health/live', '/health/ready'] });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, () => resolve());
  });
  return { server, port: (server.address() as AddressInfo).port };
}
