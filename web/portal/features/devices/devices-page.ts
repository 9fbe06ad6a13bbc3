import type { DeviceModelEntry, OwnedDevice } from '../../../shared/api-client';
import { h, show } from '../../../shared/dom';
import { jst, yen } from '../../../shared/i18n';
import type { PageContext } from '../../page';
import { deviceOrderForm } from './device-order-form';
import { connectionCell, macText, portalLink, problemText, uniquesText, unitStatus } from './device-words';

/**
 * Devices (機器, manual §5): the customer's phones with what we know of their connection, and the
 * catalog with the order form ("device settings": none, or pre-configured with a unique).
 */
export function devicesPage(ctx: PageContext): HTMLElement {
  const { t } = ctx;
  const owned = h('div', { id: 'dev-owned' }, h('p', {}, t('loading')));
  const catalog = h('div', { id: 'dev-catalog' }, h('p', {}, t('loading')));
  const status = h('p', { role: 'status', 'aria-live': 'polite' });

  ctx.api
    .listOwnedDevices()
    .then(({ items }) => show(owned, items.length ? ownedTable(ctx, items) : h('p', {}, t('devOwnedNone'))))
    .catch((err) => show(owned, h('p', { class: 'error' }, problemText(err))));
  ctx.api
    .deviceCatalog()
    .then(({ items }) => show(catalog, ...items.map((m) => modelCard(ctx, m)), deviceOrderForm(ctx, items)))
    .catch((err) => show(catalog, h('p', { class: 'error' }, problemText(err))));

  return h(
    'div',
    { class: 'dev-page' },
    h('h1', {}, t('devTitle')),
    status,
    h('section', { 'aria-labelledby': 'dev-owned-title' }, h('h2', { id: 'dev-owned-title' }, t('devOwnedTitle')), owned),
    h(
      'section',
      { 'aria-labelledby': 'dev-catalog-title' },
      h('h2', { id: 'dev-catalog-title' }, t('devCatalogTitle')),
      h('p', { class: 'hint' }, t('devCatalogHint')),
      catalog,
    ),
  );
}

/** One model of the catalog: features, price with and without tax, stock. */
function modelCard(ctx: PageContext, m: DeviceModelEntry): HTMLElement {
  const { t, lang } = ctx;
  return h(
    'article',
    { class: 'card dev-model', 'aria-labelledby': `dev-model-${m.code}` },
    h('h3', { id: `dev-model-${m.code}` }, `${m.maker} ${m.name}`),
    h('ul', { 'aria-label': t('devFeatures', { name: m.name }) }, ...m.features.map((f) => h('li', {}, f))),
    h('p', { class: 'dev-price' }, t('devPrice', { price: yen(m.price, lang()), withTax: yen(m.priceWithTax, lang()) })),
    h('p', { class: m.inStock ? 'hint' : 'error' }, m.inStock ? t('devStock', { count: m.stock }) : t('devNoStock')),
  );
}

/** The customer's phones, newest order first. */
function ownedTable(ctx: PageContext, items: OwnedDevice[]): HTMLElement {
  const { t, lang } = ctx;
  return h(
    'table',
    { class: 'dev-table cards-on-phone', id: 'dev-owned-table' },
    h('caption', { class: 'visually-hidden' }, t('devOwnedCaption')),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ...(['devModel', 'devOrder', 'devMac', 'devUniques', 'devShipping', 'devConnection'] as const).map((k) =>
          h('th', { scope: 'col' }, t(k)),
        ),
      ),
    ),
    h(
      'tbody',
      {},
      ...items.map((d) =>
        h(
          'tr',
          { 'data-device-id': d.id },
          h('th', { scope: 'row', 'data-label': t('devModel') }, `${d.model} #${d.position}`),
          h(
            'td',
            { 'data-label': t('devOrder') },
            portalLink(ctx, `/orders/${d.orderId}`, t('devOrderOf', { date: jst(d.orderedAt, lang()) })),
          ),
          h('td', { class: 'mono', 'data-label': t('devMac') }, d.mac ? macText(d.mac) : t('devNotYetScanned')),
          h('td', { class: 'mono', 'data-label': t('devUniques') }, uniquesText(d)),
          h('td', { 'data-label': t('devShipping') }, unitStatus(ctx, d.status)),
          h('td', { 'data-label': t('devConnection') }, connectionCell(ctx, d)),
        ),
      ),
    ),
  );
}
