import type { PageContext } from '../../page';
import { packSlip } from './pack-slip';
import { taskList } from './task-list';
import { taskView } from './task-view';

/** The warehouse desk: `#/warehouse` lists tasks, `#/warehouse/<taskId>` works one, `…/slip` prints its pack slip. */
export function warehousePage(ctx: PageContext): HTMLElement {
  const [taskId, sub] = ctx.path;
  if (!taskId) return taskList(ctx);
  return sub === 'slip' ? packSlip(ctx, taskId) : taskView(ctx, taskId);
}
