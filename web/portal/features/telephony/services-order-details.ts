import type { PageContext } from '../../page';

/** What the order page shows for a services order beyond its status timeline. (placeholder: filled by the feature that owns it) */
export function servicesOrderDetails(_ctx: PageContext, _order: { id: string; type: string; status: string }): HTMLElement | null {
  return null;
}
