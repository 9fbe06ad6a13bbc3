import { h } from '../../../shared/dom';
import type { PageContext } from '../../page';

/** (placeholder: filled by the feature that owns it) */
export function orderPage(_ctx: PageContext, _orderId: string): HTMLElement {
  return h('p', {}, '…');
}
