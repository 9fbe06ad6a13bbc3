import { ApiProblem, type CustomerOrder, type CustomerOrderEvent } from '../../../shared/api-client';
import { h, show } from '../../../shared/dom';
import { jst, yen } from '../../../shared/i18n';
import type { PageContext } from '../../page';
import { devicesOrderDetails } from '../devices/devices-order-details';
import { topupOrderDetails } from '../prepaid/topup-order-details';
import { overseasOrderDetails } from '../telephony/overseas-purchase';
import { servicesOrderDetails } from '../telephony/services-order-details';
import { kindText, nextActionText, portalLink, reasonText, statusText } from './order-words';

/** How often an open order is read again. */
const POLL_MS = 2000;

type OrderView = CustomerOrder & { events: CustomerOrderEvent[] };

/** What each order kind adds below the timeline; every one takes the order document as it is. */
const DETAILS: Record<string, (ctx: PageContext, order: OrderView & { type: string }) => HTMLElement | null> = {
  topup: topupOrderDetails,
  services: servicesOrderDetails,
  devices: devicesOrderDetails,
  overseas_number: overseasOrderDetails,
};

/**
 * One order, followed live: its status, its history, why it failed, what to do next, and what its
 * kind adds (payment slip, credentials, shipment). It reads the order every two seconds until the
 * order is closed, and stops when the page is left.
 */
export function orderPage(ctx: PageContext, orderId: string): HTMLElement {
  const { t } = ctx;
  const body = h('div', { class: 'stack' }, h('p', { role: 'status' }, t('loading')));
  const live = h('p', { class: 'hint', role: 'status', 'aria-live': 'polite', id: 'order-live' });
  const section = h(
    'section',
    { class: 'card order-page', 'aria-labelledby': 'order-title' },
    h('h1', { id: 'order-title' }, t('orderTitle')),
    live,
    body,
    h('p', {}, h('a', { href: '/orders', onclick: portalLink(ctx, '/orders') }, t('orderBackToList'))),
  );
  let shownStatus = '';
  let detailsShown: HTMLElement | null = null;
  let detailsKey = '';

  const draw = (o: OrderView) => {
    const summary = h(
      'dl',
      { class: 'order-summary' },
      h('dt', {}, t('orderNumber')),
      h('dd', { class: 'mono' }, o.id),
      h('dt', {}, t('orderKindLabel')),
      h('dd', {}, kindText(ctx, o.kind)),
      h('dt', {}, t('orderOrderedAt')),
      h('dd', {}, jst(o.createdAt, ctx.lang())),
      o.total ? h('dt', {}, t('orderTotal')) : null,
      o.total ? h('dd', {}, yen(o.total, ctx.lang())) : null,
      o.refunded ? h('dt', {}, t('orderRefunded')) : null,
      o.refunded ? h('dd', { id: 'order-refunded-amount' }, yen(o.refunded, ctx.lang())) : null,
      h('dt', {}, t('orderStatusNow')),
      h(
        'dd',
        {
          id: 'order-status',
          'data-status': o.status,
          class: `order-status status-${o.closedAt ? (o.failureReason ? 'bad' : 'done') : 'open'}`,
        },
        statusText(ctx, o.status),
      ),
    );
    const failure = o.failureReason
      ? h('p', { class: 'error', id: 'order-failure' }, t('orderFailed', { reason: reasonText(ctx, o.failureReason) }))
      : null;
    const next = !o.closedAt && o.nextAction ? h('p', { class: 'order-next', id: 'order-next' }, nextActionText(ctx, o.nextAction)) : null;
    const timeline = h(
      'ol',
      { class: 'order-timeline', 'aria-label': t('orderTimeline') },
      ...o.events.map((e, i) =>
        h(
          'li',
          { class: i === o.events.length - 1 ? 'current' : '' },
          h('span', { class: 'when' }, jst(e.at, ctx.lang())),
          ' ',
          h('span', { class: 'what' }, statusText(ctx, e.status)),
        ),
      ),
    );
    // The kind's own part keeps its element (and any form the customer is typing in) until the status moves.
    const key = `${o.status}|${JSON.stringify(o.nextAction)}`;
    if (key !== detailsKey) {
      detailsKey = key;
      detailsShown = DETAILS[o.kind]?.(ctx, { ...o, type: o.kind }) ?? null;
    }
    show(body, summary, failure, next, detailsShown, h('h2', {}, t('orderTimeline')), timeline);
    if (o.status !== shownStatus) {
      shownStatus = o.status;
      live.textContent = o.closedAt ? t('orderFinal', { status: statusText(ctx, o.status) }) : t('orderLive');
    }
  };

  // The page is in the document once the first answer arrives; from then on, leaving it ends the polling.
  const left = () => !section.isConnected;
  const poll = async (first = false) => {
    if (!first && left()) return;
    try {
      const o = await ctx.api.customerOrder(orderId);
      if (left()) return;
      draw(o);
      if (o.closedAt) return;
    } catch (err) {
      if (left()) return;
      if (err instanceof ApiProblem && (err.problem.status === 404 || err.problem.status === 422)) {
        show(body, h('p', { class: 'error', role: 'alert' }, t('orderNotFound')));
        return;
      }
      live.textContent = t('orderLoadFailed');
    }
    setTimeout(() => void poll(), POLL_MS);
  };
  void poll(true);
  return section;
}
