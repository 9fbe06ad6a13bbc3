import { randomUUID } from 'node:crypto';
import type Koa from 'koa';
import type { SandboxParty } from '../server';
import { newEvent } from '../webhook-sender';

type Shipment = {
  id: string;
  reference: string;
  carrier: string;
  trackingNumber: string;
  status: 'in_transit' | 'delivered';
  deliveredAt: string | null;
};

const CARRIERS = new Set(['yamato', 'sagawa', 'japanpost']);

const requireKey = (ctx: Koa.Context): boolean => {
  if (/^Bearer \S+$/.test(ctx.get('authorization'))) return true;
  ctx.status = 401;
  ctx.body = { error: 'missing api key' };
  return false;
};

/**
 * A fake parcel service: a registered parcel stays in transit until someone delivers it with
 * POST /parcel/_control/deliver { trackingNumber } (the test's or demo's hand), which sends the
 * signed `parcel.delivered` webhook like the real service does when the driver scans it.
 */
export const parcelParty: SandboxParty = ({ router, sendWebhook, store }) => {
  // Parcels stay in transit across restarts, as they would at the real service.
  const byTracking = store.map<Shipment>('shipments');
  const key = (carrier: string, trackingNumber: string) => `${carrier}:${trackingNumber}`;

  router.post('/v1/shipments', async (ctx) => {
    if (!requireKey(ctx)) return;
    const { reference, carrier, trackingNumber } = (ctx.request.body ?? {}) as Partial<Shipment>;
    if (!reference || !carrier || !trackingNumber) {
      ctx.status = 400;
      ctx.body = { error: 'reference, carrier and trackingNumber are required' };
      return;
    }
    if (!CARRIERS.has(carrier)) {
      ctx.status = 422;
      ctx.body = { error: `unknown carrier ${carrier}` };
      return;
    }
    const known = byTracking.get(key(carrier, trackingNumber));
    if (known) {
      if (known.reference !== reference) {
        ctx.status = 409;
        ctx.body = { error: 'tracking number registered for another parcel' };
        return;
      }
      ctx.body = known;
      return;
    }
    const s: Shipment = {
      id: `shp_${randomUUID().replace(/-/g, '')}`,
      reference,
      carrier,
      trackingNumber,
      status: 'in_transit',
      deliveredAt: null,
    };
    byTracking.set(key(carrier, trackingNumber), s);
    ctx.status = 201;
    ctx.body = s;
  });

  router.get('/v1/shipments/:carrier/:trackingNumber', async (ctx) => {
    const s = byTracking.get(key(ctx.params.carrier!, ctx.params.trackingNumber!));
    ctx.status = s ? 200 : 404;
    ctx.body = s ?? { error: 'no such shipment' };
  });

  router.post('/_control/deliver', async (ctx) => {
    const { carrier, trackingNumber } = (ctx.request.body ?? {}) as { carrier?: string; trackingNumber?: string };
    const s = [...byTracking.values()].find((x) => x.trackingNumber === trackingNumber && (!carrier || x.carrier === carrier));
    if (!s) {
      ctx.status = 404;
      ctx.body = { error: 'no such shipment' };
      return;
    }
    s.status = 'delivered';
    s.deliveredAt ??= new Date().toISOString();
    byTracking.set(key(s.carrier, s.trackingNumber), s);
    ctx.status = 202;
    ctx.body = s;
    void sendWebhook(
      newEvent('parcel.delivered', {
        shipmentId: s.id,
        reference: s.reference,
        carrier: s.carrier,
        trackingNumber: s.trackingNumber,
        deliveredAt: s.deliveredAt,
      }),
    );
  });
};
