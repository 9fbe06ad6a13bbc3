import type { ApiClient, Session } from '../shared/api-client';
import type { Lang } from '../shared/i18n';
import type { T } from './messages';

/** What every page of the console receives. */
export interface PageContext {
  api: ApiClient;
  t: T;
  lang: () => Lang;
  session: Session;
  /** The address after the page's own: `#/customers/<id>` gives the customers page ['<id>']. */
  path: string[];
  /** Moves to another address of the console (e.g. `#/customers/<id>`). */
  go: (hash: string) => void;
}

/** A page: builds its element and loads its data itself. */
export type Page = (ctx: PageContext) => HTMLElement;
