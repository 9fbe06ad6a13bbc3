import type { PageContext } from '../../page';
import { customerDetail } from './customer-detail';
import { customerSearch } from './customer-search';

/** The customer desk: `#/customers` searches and lists approvals; `#/customers/<accountId>` is one customer's page. */
export function customersPage(ctx: PageContext): HTMLElement {
  const [accountId] = ctx.path;
  return accountId ? customerDetail(ctx, accountId) : customerSearch(ctx);
}
