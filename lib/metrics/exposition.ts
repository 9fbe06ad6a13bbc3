import type { Registry } from 'prom-client';
import { safeEqual } from '../crypto';

/** The content type of the Prometheus text format the endpoints answer with. */
export const PROMETHEUS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

/** The registries' series in the text format, one after another, then any text a source adds (the Temporal SDK's). */
export async function renderMetrics(registries: Registry[], extra: Array<() => Promise<string>> = []): Promise<string> {
  const parts = await Promise.all([...registries.map((r) => r.metrics()), ...extra.map((source) => source())]);
  return parts.map((p) => (p.endsWith('\n') || p === '' ? p : `${p}\n`)).join('');
}

/** Whether a scrape may read the metrics: always when no token is configured, else only with `Bearer <token>`. */
export function metricsAllowed(token: string | undefined, authorization: string | undefined): boolean {
  if (!token) return true;
  return safeEqual(authorization ?? '', `Bearer ${token}`);
}
