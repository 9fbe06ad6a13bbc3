import type Koa from 'koa';
import type { SandboxParty } from '../server';

type Endpoint = { uniqueId: string; kind: string; sipUser: string; sipPassword: string; loginServer: string; status: 'active' };

const requireKey = (ctx: Koa.Context): boolean => {
  if (/^Bearer \S+$/.test(ctx.get('authorization'))) return true;
  ctx.status = 401;
  ctx.body = { error: 'missing api key' };
  return false;
};

/** A fake PBX provisioning API: SIP endpoints by unique ID, created or replaced by PUT. */
export const pbxParty: SandboxParty = ({ router, store }) => {
  // Endpoints outlive a restart, as a phone's registration must.
  const endpoints = store.map<Endpoint>('endpoints');

  router.put('/v1/endpoints/:uniqueId', async (ctx) => {
    if (!requireKey(ctx)) return;
    const b = (ctx.request.body ?? {}) as Partial<Endpoint>;
    if (!b.sipUser || !b.sipPassword || !b.loginServer || !b.kind) {
      ctx.status = 400;
      ctx.body = { error: 'kind, sipUser, sipPassword and loginServer are required' };
      return;
    }
    const e: Endpoint = {
      uniqueId: ctx.params.uniqueId!,
      kind: b.kind,
      sipUser: b.sipUser,
      sipPassword: b.sipPassword,
      loginServer: b.loginServer,
      status: 'active',
    };
    endpoints.set(e.uniqueId, e);
    ctx.body = { uniqueId: e.uniqueId, status: e.status };
  });

  router.delete('/v1/endpoints/:uniqueId', async (ctx) => {
    if (!requireKey(ctx)) return;
    if (!endpoints.delete(ctx.params.uniqueId!)) {
      ctx.status = 404;
      ctx.body = { error: 'no such endpoint' };
      return;
    }
    ctx.status = 204;
  });

  // Lets tests see what a phone would register with.
  router.get('/v1/endpoints/:uniqueId', async (ctx) => {
    const e = endpoints.get(ctx.params.uniqueId!);
    if (!e) {
      ctx.status = 404;
      ctx.body = { error: 'no such endpoint' };
      return;
    }
    ctx.body = e;
  });
};
