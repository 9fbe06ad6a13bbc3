import type { Session } from '../shared/api-client';
import { homePage } from './features/home/home-page';
import { loginPage } from './features/login/login-page';
import { passwordReminderPage } from './features/login/password-reminder-page';
import { passwordResetPage } from './features/login/password-reset-page';
import type { PortalMessage } from './messages';
import type { Page } from './page';

type Kind = 'account' | 'circle' | 'unique';

/** One portal page: its path, the logins that see it (none: reachable logged out), its menu label if any. */
export interface PageEntry {
  path: string;
  kinds: readonly Kind[] | 'public';
  label?: PortalMessage;
  page: Page;
}

/** Every page; the menu shows, in this order, the labelled ones a login may open. */
export const PAGES: readonly PageEntry[] = [
  { path: '/password-reminder', kinds: 'public', page: passwordReminderPage },
  { path: '/reset-password', kinds: 'public', page: passwordResetPage },
  { path: '/', kinds: ['account', 'circle', 'unique'], label: 'navHome', page: homePage },
];

const kindOf = (s: Session | null): Kind | undefined => (s && s.kind !== 'staff' ? s.kind : undefined);

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
