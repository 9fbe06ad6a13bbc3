import { z } from 'zod';
import { AppError } from '../../domain/errors';
import { defineRoute } from '../http/route';
import type { ApiDeps } from '../deps';

const withTimeout = <T>(p: Promise<T>, ms: number) =>
  Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref())]);

/** Asks PostgreSQL and Temporal in parallel; each has two seconds to answer. */
export async function checkDependencies(deps: ApiDeps): Promise<{ database: 'up' | 'down'; temporal: 'up' | 'down' }> {
  const [database, temporal] = await Promise.allSettled([
    withTimeout(deps.db.raw('select 1'), 2000),
    // A deadline, not only a race: the client would otherwise keep retrying after the answer is given.
    deps.temporal.connection.withDeadline(Date.now() + 2000, () => deps.temporal.connection.workflowService.getSystemInfo({})),
  ]);
  return { database: database.status === 'fulfilled' ? 'up' : 'down', temporal: temporal.status === 'fulfilled' ? 'up' : 'down' };
}

/** Liveness of the system as a whole. */
export const healthRoutes = [
  defineRoute({
    method: 'get',
    path: '/health',
    operationId: 'health',
    tag: 'system',
    summary: '200 when Temporal and PostgreSQL both answer, else 503 naming what is down',
    access: 'public',
    responses: {
      200: {
        description: 'Everything answers',
        schema: z.object({ status: z.literal('ok'), database: z.literal('up'), temporal: z.literal('up') }),
      },
      503: { description: 'Something is down' },
    },
    handler: async ({ deps }) => {
      const state = await checkDependencies(deps);
      const down = Object.entries(state)
        .filter(([, v]) => v === 'down')
        .map(([k]) => k);
      if (down.length === 0) return { body: { status: 'ok', ...state } };
      throw new AppError(503, 'service_unavailable', { down: down.join(', ') });
    },
  }),
];
