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

/** How long the carrier takes to answer an activation. */
const ACTIVATION_DELAY_MS = 300;

/**
 * A fake carrier: activation is asynchronous (pending, then a signed webhook saying active or
 * failed a moment later, or at the request's due date `readyBy` for numbers with a lead time,
 * also when the sandbox restarted in between).
 * POST /carrier/_control/fail { number, reason } makes a number fail.
 */
export const carrierParty: SandboxParty = ({ router, sendWebhook, store, timers }) => {
  const byReference = store.map<Activation>('activations');
  const routed = store.map<true>('routed');
  const failing = store.map<string>('failing');

  timers.define('answer-activation', ({ reference }) => {
    const a = byReference.get(String(reference));
    // Already answered: the process ended after answering but before the timer was cleared.
    if (!a || a.status !== 'pending') return;
    const reason = failing.get(a.number);
    a.status = reason ? 'failed' : 'active';
    a.reason = reason ?? null;
    byReference.set(a.reference, a);
    if (!reason) routed.set(a.number, true);
    const type = reason ? 'number.activation_failed' : 'number.activated';
    void sendWebhook(newEvent(type, { activationId: a.id, number: a.number, reference: a.reference, reason: a.reason }));
  });

  router.post('/v1/activations', async (ctx) => {
    if (!requireKey(ctx)) return;
    const { number, reference, readyBy } = (ctx.request.body ?? {}) as { number?: string; reference?: string; readyBy?: string };
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
    const due = readyBy ? Date.parse(readyBy) - Date.now() : 0;
    timers.start('answer-activation', Number.isFinite(due) ? Math.max(due, ACTIVATION_DELAY_MS) : ACTIVATION_DELAY_MS, { reference });
    ctx.status = 202;
    ctx.body = { ...a };
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
