import type { CustomerCircle, ServicesCatalog } from '../../../shared/api-client';
import { h, show } from '../../../shared/dom';
import type { PageContext } from '../../page';
import { numberCart } from './number-cart';
import { numberSearch } from './number-search';
import { orderQuote } from './order-quote';
import { overseasPurchase } from './overseas-purchase';
import { uniqueQuantities } from './unique-quantities';
import { problemText } from './words';

/** The circle the purchase is for: a circle login's own; an account login chooses one (the first by default). */
function circleChoice(ctx: PageContext, circles: CustomerCircle[], changed: () => void) {
  const select = h(
    'select',
    { id: 'buy-circle', onchange: changed },
    ...circles.map((c) => h('option', { value: c.id, selected: c.id === ctx.query.get('circle') }, c.name)),
  );
  return {
    element: h('div', { class: 'field' }, h('label', { for: 'buy-circle' }, ctx.t('buyCircle')), select),
    circleId: () => select.value,
  };
}

function purchaseForm(ctx: PageContext, catalog: ServicesCatalog, circles: CustomerCircle[] | null): HTMLElement[] {
  const { t } = ctx;
  const changed = () => quote.invalidate();
  const circle = circles ? circleChoice(ctx, circles, changed) : null;
  const uniques = uniqueQuantities(ctx, catalog, changed);
  const cart = numberCart(ctx, changed);
  const quote = orderQuote(ctx, () => {
    const chosen = uniques.quantities();
    if ('invalid' in chosen) {
      chosen.invalid.focus();
      return t('buyQuantityRange');
    }
    return { circleId: circleId(), uniques: chosen.uniques, numberIds: cart.numberIds() };
  });
  void cart.reload().catch((err: unknown) => {
    cart.element.append(h('p', { class: 'error', role: 'alert' }, problemText(err)));
  });
  const circleId = () => (circle ? circle.circleId() : ctx.session!.circleId!);
  return [
    circle ? h('section', { class: 'card' }, circle.element) : null,
    uniques.element,
    numberSearch(ctx, cart),
    cart.element,
    quote.element,
    overseasPurchase(ctx, circleId),
  ].filter((e): e is HTMLElement => e !== null);
}

/** Circle page → Purchase (§3): uniques by quantity, numbers by search into a held cart, the quote with tax, then purchase. */
export function purchasePage(ctx: PageContext): HTMLElement {
  const { t } = ctx;
  const page = h('div', { class: 'purchase stack' });
  const status = h('p', { role: 'status' }, t('loading'));
  show(page, h('h1', {}, t('buyTitle')), h('p', { class: 'hint' }, t('buyIntro')), status);
  const circles = ctx.session?.kind === 'account' ? ctx.api.listCircles().then((r) => r.items) : Promise.resolve(null);
  Promise.all([ctx.api.servicesCatalog(), circles]).then(
    ([catalog, list]) => {
      if (list && list.length === 0) {
        status.replaceWith(
          h(
            'p',
            { class: 'hint', id: 'buy-no-circle' },
            t('buyNoCircle'),
            ' ',
            h('a', { href: '/circles', onclick: (e: Event) => (e.preventDefault(), ctx.go('/circles')) }, t('buyToCircles')),
          ),
        );
        return;
      }
      status.replaceWith(...purchaseForm(ctx, catalog, list));
    },
    (err: unknown) => {
      status.className = 'error';
      status.textContent = problemText(err);
    },
  );
  return page;
}
