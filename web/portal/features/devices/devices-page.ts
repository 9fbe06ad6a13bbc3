import { h } from '../../../shared/dom';
import type { PageContext } from '../../page';

/** (placeholder: filled by the feature that owns it) */
export function devicesPage(_ctx: PageContext): HTMLElement {
  return h('p', {}, '…');
}
