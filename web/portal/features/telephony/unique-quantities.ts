import type { ServicesCatalog, UniqueKindCode } from '../../../shared/api-client';
import { h } from '../../../shared/dom';
import { yen } from '../../../shared/i18n';
import type { PageContext } from '../../page';
import { uniqueKindWord } from './words';

/** The unique kinds with their prices and a quantity of each (0-50). */
export function uniqueQuantities(ctx: PageContext, catalog: ServicesCatalog, changed: () => void) {
  const { t, lang } = ctx;
  const inputs = new Map<UniqueKindCode, HTMLInputElement>();
  const uniques = catalog.items.filter((p): p is typeof p & { kind: UniqueKindCode } => p.itemType === 'unique');
  const rows = uniques.map((p) => {
    const id = `buy-qty-${p.kind}`;
    const input = h('input', {
      id,
      type: 'number',
      min: 0,
      max: 50,
      step: 1,
      value: 0,
      inputmode: 'numeric',
      class: 'qty',
      oninput: changed,
    });
    inputs.set(p.kind, input);
    const kind = uniqueKindWord(t, p.kind);
    return h(
      'tr',
      {},
      h('th', { scope: 'row' }, kind),
      h('td', { class: 'num', 'data-label': t('buyMonthly') }, yen(p.monthlyFee, lang())),
      h('td', { class: 'num', 'data-label': t('buyInitial') }, yen(p.initialFee, lang())),
      h('td', { 'data-label': t('buyQuantity') }, h('label', { for: id, class: 'visually-hidden' }, t('buyQuantityOf', { kind })), input),
    );
  });
  const element = h(
    'section',
    { class: 'card', 'aria-labelledby': 'buy-uniques-title' },
    h('h2', { id: 'buy-uniques-title' }, t('buyUniquesTitle')),
    h(
      'table',
      { class: 'stack-on-phone' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t('buyKind')),
          h('th', { scope: 'col', class: 'num' }, t('buyMonthly')),
          h('th', { scope: 'col', class: 'num' }, t('buyInitial')),
          h('th', { scope: 'col' }, t('buyQuantity')),
        ),
      ),
      h('tbody', {}, ...rows),
    ),
  );
  return {
    element,
    /** The quantities chosen, or a message when one is not a whole number from 0 to 50. */
    quantities(): { uniques: Partial<Record<UniqueKindCode, number>> } | { invalid: HTMLInputElement } {
      const uniques: Partial<Record<UniqueKindCode, number>> = {};
      for (const [kind, input] of inputs) {
        const n = input.value.trim() === '' ? 0 : Number(input.value);
        if (!Number.isInteger(n) || n < 0 || n > 50) return { invalid: input };
        if (n > 0) uniques[kind] = n;
      }
      return { uniques };
    },
  };
}
