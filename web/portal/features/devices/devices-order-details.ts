import type { DeviceOrderView } from '../../../shared/api-client';
import { h, show } from '../../../shared/dom';
import { jst } from '../../../shared/i18n';
import type { PageContext } from '../../page';
import { konbiniSlip, threeDs } from '../prepaid/topup-order-details';
import { connectionCell, macText, problemText, uniquesText, unitStatus } from './device-words';

// Before the parcel leaves the warehouse the customer may still cancel; the API has the last word.
const CANCELLABLE = new Set(['accepted', 'awaiting_payment', 'paid', 'picking', 'scanning', 'packing', 'ready_to_ship']);

/**
 * What the order page shows for a devices order beyond its status timeline: while a direct
 * payment is awaited, its 3-D Secure step or konbini slip (as a top-up's page shows them); the
 * parcel with the carrier's tracking link, and the phones.
 */
export function devicesOrderDetails(
  ctx: PageContext,
  order: { id: string; type?: string; kind?: string; status: string },
): HTMLElement | null {
  if ((order.kind ?? order.type) !== 'devices') return null;
  const holder = h('div', { class: 'dev-order', id: 'dev-order-details' }, h('p', {}, ctx.t('loading')));
  const status = h('p', { role: 'status', 'aria-live': 'polite' });
  const load = () =>
    ctx.api
      .getDeviceOrder(order.id)
      .then((o) => show(holder, ...view(ctx, o, status, load)))
      .catch((err) => show(holder, h('p', { class: 'error' }, problemText(err))));
  void load();
  return h('div', {}, status, holder);
}

function view(ctx: PageContext, o: DeviceOrderView, status: HTMLElement, reload: () => Promise<unknown>): HTMLElement[] {
  const { t, lang } = ctx;
  const s = o.shipment;
  const parcel = h(
    'section',
    { class: 'dev-parcel', 'aria-labelledby': 'dev-parcel-title' },
    h('h2', { id: 'dev-parcel-title' }, t('devParcelTitle')),
    s
      ? h(
          'dl',
          { class: 'dev-facts' },
          h('div', {}, h('dt', {}, t('devCarrier')), h('dd', { id: 'dev-carrier' }, s.carrierName)),
          h('div', {}, h('dt', {}, t('devTracking')), h('dd', { id: 'dev-tracking', class: 'mono' }, s.trackingNumber)),
          s.shippedAt ? h('div', {}, h('dt', {}, t('devShippedAt')), h('dd', {}, jst(s.shippedAt, lang()))) : null,
          s.deliveredAt ? h('div', {}, h('dt', {}, t('devDeliveredAt')), h('dd', {}, jst(s.deliveredAt, lang()))) : null,
        )
      : h('p', {}, t('devParcelNotYet')),
    s?.trackingUrl
      ? h(
          'p',
          {},
          h(
            'a',
            { href: s.trackingUrl, id: 'dev-tracking-link', target: '_blank', rel: 'noopener noreferrer' },
            t('devTrackingLink', { carrier: s.carrierName }),
          ),
        )
      : null,
  );
  const units = h(
    'section',
    { class: 'dev-units', 'aria-labelledby': 'dev-units-title' },
    h('h2', { id: 'dev-units-title' }, t('devUnitsTitle')),
    h(
      'table',
      { class: 'dev-table cards-on-phone' },
      h('caption', { class: 'visually-hidden' }, t('devUnitsCaption')),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...(['devPosition', 'devModel', 'devMac', 'devSerial', 'devUniques', 'devShipping', 'devConnection'] as const).map((k) =>
            h('th', { scope: 'col' }, t(k)),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        ...o.devices.map((d) =>
          h(
            'tr',
            { 'data-device-id': d.id },
            h('th', { scope: 'row', 'data-label': t('devPosition') }, String(d.position)),
            h('td', { 'data-label': t('devModel') }, d.model),
            h('td', { class: 'mono', 'data-label': t('devMac') }, d.mac ? macText(d.mac) : '—'),
            h('td', { class: 'mono', 'data-label': t('devSerial') }, d.serial ?? '—'),
            h('td', { class: 'mono', 'data-label': t('devUniques') }, uniquesText(d)),
            h('td', { 'data-label': t('devShipping') }, unitStatus(ctx, d.status)),
            h('td', { 'data-label': t('devConnection') }, connectionCell(ctx, d)),
          ),
        ),
      ),
    ),
  );
  return [...paymentStep(ctx, o), parcel, units, ...(CANCELLABLE.has(o.status) ? [cancelBlock(ctx, o.id, status, reload)] : [])];
}

/** The payment the order waits for: what it is and what to do. */
function paymentStep(ctx: PageContext, o: DeviceOrderView): HTMLElement[] {
  const a = o.status === 'awaiting_payment' ? o.nextAction : null;
  if (a?.type === 'three_d_secure') return [h('p', { id: 'dev-payment-note' }, ctx.t('devPaymentThreeDs')), threeDs(ctx, a)];
  if (a?.type === 'konbini') return [h('p', { id: 'dev-payment-note' }, ctx.t('devPaymentKonbini')), konbiniSlip(ctx, a)];
  return [];
}

/** Cancelling before shipment, confirmed in place. */
function cancelBlock(ctx: PageContext, orderId: string, status: HTMLElement, reload: () => Promise<unknown>): HTMLElement {
  const { t } = ctx;
  const box = h('div', { class: 'dev-cancel' });
  const ask = () =>
    show(
      box,
      h('p', { id: 'dev-cancel-question' }, t('devCancelConfirm')),
      h(
        'button',
        {
          type: 'button',
          class: 'danger',
          id: 'dev-cancel-yes',
          onclick: async () => {
            try {
              await ctx.api.cancelDeviceOrder(orderId);
              status.textContent = t('devCancelled');
              status.className = 'ok';
              await reload();
            } catch (err) {
              status.textContent = problemText(err);
              status.className = 'error';
            }
          },
        },
        t('devCancelYes'),
      ),
      h('button', { type: 'button', class: 'secondary', onclick: start }, t('devBack')),
    );
  const start = () => show(box, h('button', { type: 'button', class: 'secondary', id: 'dev-cancel', onclick: ask }, t('devCancel')));
  start();
  return box;
}
