import type { ApiClient, Session } from '../shared/api-client';
import type { Lang } from '../shared/i18n';
import type { T } from './messages';

/** What every portal page receives. */
export interface PageContext {
  api: ApiClient;
  t: T;
  lang: () => Lang;
  /** The login, or null on the pages reachable without one (login, reminder, reset). */
  session: Session | null;
  /** The path segments after the page's own: `/orders/<id>` gives the orders page ['<id>']. */
  path: string[];
  /** The query string of the address, e.g. the reset link's token. */
  query: URLSearchParams;
  /** Moves to another portal address without reloading. */
  go: (to: string) => void;
  /** Called after a login or logout changed the session. */
  sessionChanged: (s: Session | null) => void;
}

/** A page: builds its element and loads its data itself. */
export type Page = (ctx: PageContext) => HTMLElement;
