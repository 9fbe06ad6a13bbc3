import { h } from '../../../shared/dom';
import type { PageContext } from '../../page';

/** Home: the balance, open orders with their next action, and the set-up path. */
export function homePage(ctx: PageContext): HTMLElement {
  return h('section', { class: 'card' }, h('h1', {}, ctx.t('navHome')));
}
