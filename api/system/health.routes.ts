import { z } from 'zod';
import { AppError } from '../../domain/errors';
import { defineRoute } from '../http/route';
import type { ApiDeps } from '../deps';
import { sipOptionsPing } from '../../lib/telephony/sip-ping';

const withTimeout = <T>(p: Promise<T>, ms: number) =>
  Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref())]);

/** Asks PostgreSQL and Temporal in parallel; each has two seconds (or `timeoutMs`) to answer. */
export async function checkDependencies(
  deps: Pick<ApiDeps, 'db' | 'temporal'>,
  timeoutMs = 2000,
): Promise<{ database: 'up' | 'down'; temporal: 'up' | 'down' }> {
  const [database, temporal] = await Promise.allSettled([
    withTimeout(deps.db.raw('select 1'), timeoutMs),
    // A deadline, not only a race: the client would otherwise keep retrying after the answer is given.
    deps.temporal.connection.withDeadline(Date.now() + timeoutMs, () => deps.temporal.connection.workflowService.getSystemInfo({})),
  ]);
  return { database: database.status === 'fulfilled' ? 'up' : 'down', temporal: temporal.status === 'fulfilled' ? 'up' : 'down' };
}

/** Which PBX this system provisions and routes through; our own Kamailio is asked one SIP OPTIONS. */
export async function checkPbx(deps: ApiDeps): Promise<{ mode: 'sandbox' } | { mode: 'kamailio'; address: string; sip: 'up' | 'down' }> {
  const { mode } = deps.config.services.pbx;
  if (mode === 'sandbox') return { mode };
  const { host, port } = deps.config.services.sip;
  return { mode, address: `udp:${host}:${port}`, sip: (await sipOptionsPing(host, port, 1000)) ? 'up' : 'down' };
}

const pbxSchema = z.union([
  z.object({ mode: z.literal('sandbox') }).describe('The sandbox PBX: provisioning over HTTP, no calls'),
  z
    .object({ mode: z.literal('kamailio'), address: z.string(), sip: z.enum(['up', 'down']) })
    .describe('Our Kamailio, asked one SIP OPTIONS'),
]);

/** Liveness of the system as a whole. */
export const healthRoutes = [
  defineRoute({
    method: 'get',
    path: '/health',
    operationId: 'health',
    tag: 'system',
    summary:
      '200 when Temporal, PostgreSQL and (in kamailio mode) the SIP server answer, else 503 naming what is down; says which PBX is in use',
    access: 'public',
    responses: {
      200: {
        description: 'Everything answers',
        schema: z.object({ status: z.literal('ok'), database: z.literal('up'), temporal: z.literal('up'), pbx: pbxSchema }),
        example: { status: 'ok', database: 'up', temporal: 'up', pbx: { mode: 'kamailio', address: 'udp:10.0.0.5:5060', sip: 'up' } },
      },
      503: { description: 'Something is down: a problem whose `params.down` names it (database, temporal, sip)' },
    },
    handler: async ({ deps }) => {
      const [state, pbx] = await Promise.all([checkDependencies(deps), checkPbx(deps)]);
      const down = Object.entries(state)
        .filter(([, v]) => v === 'down')
        .map(([k]) => k);
      const sipDown = pbx.mode === 'kamailio' && pbx.sip === 'down';
      if (sipDown) down.push('sip');
      if (down.length === 0) return { body: { status: 'ok', ...state, pbx } };
      throw new AppError(503, 'service_unavailable', { down: down.join(', '), ...(sipDown ? { sipAddress: pbx.address } : {}) });
    },
  }),
];
