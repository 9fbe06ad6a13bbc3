import type { PageContext } from '../../page';
import { uniqueList } from './unique-list';
import { uniqueSettingsPage } from './unique-settings-page';

/** `/uniques` lists the uniques (a unique login: itself); `/uniques/<id>` is its settings screen (§4). */
export function uniquesPage(ctx: PageContext): HTMLElement {
  return ctx.path[0] ? uniqueSettingsPage(ctx, ctx.path[0]) : uniqueList(ctx);
}
