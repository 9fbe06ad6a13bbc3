import { randomUUID } from 'node:crypto';
import type Koa from 'koa';
import type { SandboxParty } from '../server';
import { newEvent } from '../webhook-sender';

type Activation = { id: string; number: string; reference: string; status: 'pending' | 'active' | 'failed'; reason: string | null };

const requireKey = (ctx: Koa.Context): boolean => {
  if (/^Bearer \S+$/.test(ctx.get('authorization'))) return true;
  ctx.status = 401;
  ctx.body = { error: 'missing api key' };
  return false;
};

/**
 * A fake carrier: activation is asynchronous (pending, then a signed webhook saying active or
 * failed a moment later). POST /carrier/_control/fail { number, reason } makes a number fail.
 */
export const carrierParty: SandboxParty = ({ router, sendWebhook }) => {
  const byReference = new Map<string, Activation>();
  const routed = new Set<string>();
  const failing = new Map<string, string>();

  router.post('/v1/activations', async (ctx) => {
    if (!requireKey(ctx)) return;
    const { number, reference } = (ctx.request.body ?? {}) as { number?: string; reference?: string };
    if (!number || !reference) {
      ctx.status = 400;
      ctx.body = { error: 'number and reference are required' };
      return;
    }
    const known = byReference.get(reference);
    if (known) {
      ctx.body = known;
      return;
    }
    const a: Activation = { id: `act_${randomUUID().replace(/-/g, '')}`, number, reference, status: 'pending', reason: null };
    byReference.set(reference, a);
    ctx.status = 202;
    ctx.body = a;
    setTimeout(() => {
      const reason = failing.get(number);
      a.status = reason ? 'failed' : 'active';
      a.reason = reason ?? null;
      if (!reason) routed.add(number);
      const type = reason ? 'number.activation_failed' : 'number.activated';
      void sendWebhook(newEvent(type, { activationId: a.id, number, reference, reason: a.reason }));
    }, 300).unref();
  });

  router.post('/v1/deactivations', async (ctx) => {
    if (!requireKey(ctx)) return;
    const { number } = (ctx.request.body ?? {}) as { number?: string };
    if (!number || !routed.delete(number)) {
      ctx.status = 404;
      ctx.body = { error: 'number not routed' };
      return;
    }
    ctx.body = { number, status: 'deactivated' };
  });

  router.get('/v1/numbers/:number', async (ctx) => {
    ctx.body = { number: ctx.params.number, routed: routed.has(ctx.params.number!) };
  });

  router.post('/_control/fail', async (ctx) => {
    const { number, reason } = (ctx.request.body ?? {}) as { number?: string; reason?: string };
    if (!number) {
      ctx.status = 400;
      return;
    }
    failing.set(number, reason ?? 'number_unavailable_at_carrier');
    ctx.status = 204;
  });
};
