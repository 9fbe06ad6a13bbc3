import { h, show } from '../../../shared/dom';
import { yen } from '../../../shared/i18n';
import type { PageContext } from '../../page';
import { autoTopupSection } from './auto-topup-section';
import { cardsSection } from './cards-section';
import { ledgerSection } from './ledger-section';

/** Prepaid: the balance, its history with filters, the registered cards and the automatic top-up. */
export function prepaidPage(ctx: PageContext): HTMLElement {
  const { t } = ctx;
  const balance = h('p', { class: 'balance', id: 'prepaid-balance' }, t('loading'));
  const rest = h('div', { class: 'stack' });
  const page = h(
    'div',
    { class: 'stack prepaid-page' },
    h(
      'section',
      { class: 'card stack', 'aria-labelledby': 'prepaid-title' },
      h('h1', { id: 'prepaid-title' }, t('prepaidTitle')),
      h('h2', { class: 'label' }, t('prepaidBalance')),
      balance,
      h('a', { class: 'button', href: '/topup', onclick: (e: Event) => (e.preventDefault(), ctx.go('/topup')) }, t('prepaidTopupLink')),
    ),
    ledgerSection(ctx),
    rest,
  );
  void Promise.all([ctx.api.prepaidBalance(), ctx.api.topupOptions(), ctx.api.registeredCards(), ctx.api.prepaidSettings()])
    .then(([b, options, cards, settings]) => {
      balance.textContent = yen(b.balance, ctx.lang());
      const auto = autoTopupSection(ctx, settings, cards.items);
      show(rest, cardsSection(ctx, options.cardEntry, cards.items, auto.cardsChanged), auto.element);
    })
    .catch((err: unknown) => show(rest, h('p', { class: 'error', role: 'alert' }, (err as Error).message)));
  return page;
}
