import type { PageContext } from '../../page';
import { orderPage } from './order-page';
import { orderListPage } from './order-list-page';

/** `/orders` lists the orders; `/orders/<id>` follows one of them live. */
export function ordersPage(ctx: PageContext): HTMLElement {
  return ctx.path[0] ? orderPage(ctx, ctx.path[0]) : orderListPage(ctx);
}
