import { h } from '../../../shared/dom';
import type { StaffMessage } from '../../messages';
import type { PageContext } from '../../page';
import { pricesSection } from './prices-section';
import { ratesSection } from './rates-section';
import { stockSection } from './stock-section';

const SECTIONS: ReadonlyArray<{ name: string; label: StaffMessage; build: (ctx: PageContext) => HTMLElement }> = [
  { name: 'stock', label: 'catTabStock', build: stockSection },
  { name: 'prices', label: 'catTabPrices', build: pricesSection },
  { name: 'rates', label: 'catTabRates', build: ratesSection },
];

/** The catalog desk: device stock, service prices and call rates, one section per address (#/catalog/<section>). */
export function catalogPage(ctx: PageContext): HTMLElement {
  const current = SECTIONS.find((s) => s.name === ctx.path[0]) ?? SECTIONS[0]!;
  return h(
    'div',
    { class: 'catalog' },
    h('h1', {}, ctx.t('catTitle')),
    h(
      'nav',
      { class: 'catalog-tabs', 'aria-label': ctx.t('catSections') },
      ...SECTIONS.map((s) => h('a', { href: `#/catalog/${s.name}`, 'aria-current': s === current ? 'page' : false }, ctx.t(s.label))),
    ),
    h('p', { class: 'hint' }, ctx.t('catJstHint')),
    current.build(ctx),
  );
}
