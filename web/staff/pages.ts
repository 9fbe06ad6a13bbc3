import type { Session } from '../shared/api-client';
import { bankStatementsPage } from './features/bank-statements/bank-statements-page';
import { bankTransfersPage } from './features/bank-transfers/bank-transfers-page';
import { catalogPage } from './features/catalog/catalog-page';
import { customersPage } from './features/customers/customers-page';
import { reviewsPage } from './features/reviews/reviews-page';
import { auditLogPage } from './features/staff-admin/audit-log-page';
import { staffAdminPage } from './features/staff-admin/staff-admin-page';
import { warehousePage } from './features/warehouse/warehouse-page';
import { unusedBalancePage } from './features/unused-balance/unused-balance-page';
import type { StaffMessage } from './messages';
import type { Page } from './page';

type Role = NonNullable<Session['role']>;

/** One screen of the console: its address, its menu label and the roles that see it. */
export interface PageEntry {
  hash: string;
  label: StaffMessage;
  roles: readonly Role[];
  page: Page;
}

/** Every screen, in menu order; each role's first one is its home. */
export const PAGES: readonly PageEntry[] = [
  { hash: '#/bank-transfers', label: 'navTransfers', roles: ['operator'], page: (c) => bankTransfersPage(c.api, c.t, c.lang) },
  { hash: '#/bank-statements', label: 'navStatements', roles: ['operator'], page: bankStatementsPage },
  { hash: '#/reviews', label: 'navReviews', roles: ['operator'], page: (c) => reviewsPage(c.api, c.t, c.lang) },
  { hash: '#/customers', label: 'navCustomers', roles: ['operator'], page: customersPage },
  { hash: '#/catalog', label: 'navCatalog', roles: ['operator'], page: catalogPage },
  { hash: '#/warehouse', label: 'navWarehouse', roles: ['warehouse'], page: warehousePage },
  { hash: '#/staff', label: 'navStaff', roles: ['admin'], page: staffAdminPage },
  { hash: '#/audit', label: 'navAudit', roles: ['admin'], page: auditLogPage },
  { hash: '#/unused-balance', label: 'navUnusedBalance', roles: ['operator', 'admin'], page: unusedBalancePage },
];

/** The screens a role may open. */
export const pagesFor = (role: Role | undefined) => PAGES.filter((p) => role !== undefined && p.roles.includes(role));

/** The page an address opens for a role, and the rest of the address; the role's home otherwise. */
export function route(role: Role | undefined, hash: string): { entry: PageEntry | undefined; path: string[] } {
  const mine = pagesFor(role);
  const [first = '', ...rest] = hash.replace(/^#\/?/, '').split('/');
  const entry = mine.find((p) => p.hash === `#/${first}`);
  return entry ? { entry, path: rest.filter(Boolean).map(decodeURIComponent) } : { entry: mine[0], path: [] };
}
