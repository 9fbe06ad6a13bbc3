import type { Session } from '../shared/api-client';
import { accountInfoPage } from './features/accounts/account-info-page';
import { circlesPage } from './features/accounts/circles-page';
import { loginIdReminderPage } from './features/accounts/login-id-reminder-page';
import { signupPage } from './features/accounts/signup-page';
import { callsPage } from './features/billing/calls-page';
import { statementsPage } from './features/billing/statements-page';
import { devicesPage } from './features/devices/devices-page';
import { homePage } from './features/home/home-page';
import { loginPage } from './features/login/login-page';
import { passwordReminderPage } from './features/login/password-reminder-page';
import { passwordResetPage } from './features/login/password-reset-page';
import { ordersPage } from './features/orders/orders-page';
import { prepaidPage } from './features/prepaid/prepaid-page';
import { topupPage } from './features/prepaid/topup-page';
import { phonebookPage } from './features/telephony/phonebook-page';
import { purchasePage } from './features/telephony/purchase-page';
import { uniquesPage } from './features/telephony/uniques-page';
import type { PortalMessage } from './messages';
import type { Page } from './page';

/** The three customer logins of the manual's login tabs. */
export type LoginKind = 'account' | 'circle' | 'unique';

/** One portal page: its path, the logins that see it ('public': reachable logged out), its menu label if it is in the menu. */
export interface PageEntry {
  path: string;
  kinds: readonly LoginKind[] | 'public';
  label?: PortalMessage;
  page: Page;
}

const ALL: readonly LoginKind[] = ['account', 'circle', 'unique'];

/**
 * Every page. The menu shows, in this order, the labelled pages a login may open: the manual's
 * account menu (circles, purchase, call history, prepaid, account info) and circle menu
 * (settings, purchase, call history, phone book, circle info).
 */
export const PAGES: readonly PageEntry[] = [
  { path: '/signup', kinds: 'public', page: signupPage },
  { path: '/password-reminder', kinds: 'public', page: passwordReminderPage },
  { path: '/reset-password', kinds: 'public', page: passwordResetPage },
  { path: '/login-id-reminder', kinds: 'public', page: loginIdReminderPage },
  { path: '/', kinds: ALL, label: 'navHome', page: homePage },
  { path: '/circles', kinds: ['account', 'circle'], label: 'navCircles', page: circlesPage },
  { path: '/uniques', kinds: ALL, label: 'navUniques', page: uniquesPage },
  { path: '/purchase', kinds: ['account', 'circle'], label: 'navPurchase', page: purchasePage },
  { path: '/devices', kinds: ['account', 'circle'], label: 'navDevices', page: devicesPage },
  { path: '/orders', kinds: ['account', 'circle'], label: 'navOrders', page: ordersPage },
  { path: '/calls', kinds: ALL, label: 'navCalls', page: callsPage },
  { path: '/phonebook', kinds: ['account', 'circle'], label: 'navPhonebook', page: phonebookPage },
  { path: '/prepaid', kinds: ['account'], label: 'navPrepaid', page: prepaidPage },
  { path: '/topup', kinds: ['account'], page: topupPage },
  { path: '/statements', kinds: ['account'], label: 'navStatements', page: statementsPage },
  { path: '/account', kinds: ['account'], label: 'navAccount', page: accountInfoPage },
];

const kindOf = (s: Session | null): LoginKind | undefined => (s && s.kind !== 'staff' ? s.kind : undefined);

/** The menu of a login. */
export const menuFor = (s: Session | null) => {
  const kind = kindOf(s);
  return PAGES.filter((p) => p.label && kind && p.kinds !== 'public' && p.kinds.includes(kind));
};

/** The page a path opens for a login (the login page when it needs one), and the rest of the path. */
export function route(s: Session | null, pathname: string): { page: Page | undefined; path: string[] } {
  const [first = '', ...rest] = pathname.replace(/^\//, '').split('/');
  const entry = PAGES.find((p) => p.path === `/${first}`);
  const path = rest.filter(Boolean).map(decodeURIComponent);
  if (entry?.kinds === 'public') return { page: entry.page, path };
  const kind = kindOf(s);
  if (!kind) return { page: loginPage, path: [] };
  return { page: entry && entry.kinds.includes(kind) ? entry.page : undefined, path };
}
