import type { WarehouseTaskStatus, WarehouseTaskSummary } from '../../../shared/api-client';
import { h, show } from '../../../shared/dom';
import { jst } from '../../../shared/i18n';
import type { PageContext } from '../../page';
import { STATUSES, problemText, shortOrder } from './words';

// The filter outlives the page, so that coming back from a task shows the list one left.
let shownStatus: WarehouseTaskStatus = 'open';

/** Who holds a task and since when, in words. */
function holder(ctx: PageContext, task: WarehouseTaskSummary): string {
  const { t, lang } = ctx;
  if (!task.claim) return task.status === 'open' ? t('whFree') : '—';
  const since = jst(task.claim.claimedAt, lang());
  return task.claim.staffId === ctx.session.staffId ? t('whHeldByMe', { since }) : t('whHeldBy', { name: task.claim.staffName, since });
}

/**
 * The warehouse's task list, oldest first, filtered by status. A free task (or one's own) has a
 * claim button; a task someone else holds says who and since when, and can still be opened to look.
 */
export function taskList(ctx: PageContext): HTMLElement {
  const { api, t, lang } = ctx;
  const status = h('p', { role: 'status', 'aria-live': 'polite', id: 'wh-status' });
  const tbody = h('tbody');
  const filter = h(
    'select',
    {
      id: 'wh-filter',
      onchange: () => {
        shownStatus = filter.value as WarehouseTaskStatus;
        void load();
      },
    },
    ...STATUSES.map((s) => h('option', { value: s, selected: s === shownStatus }, t(`whStatus_${s}`))),
  );

  async function claim(task: WarehouseTaskSummary, button: HTMLButtonElement) {
    button.disabled = true;
    try {
      await api.claimTask(task.id);
      ctx.go(`#/warehouse/${task.id}`);
    } catch (err) {
      status.textContent = problemText(err);
      status.className = 'error';
      await load();
    }
  }

  function action(task: WarehouseTaskSummary): HTMLElement {
    const order = shortOrder(task.orderId);
    const heldByOther = task.claim !== null && task.claim.staffId !== ctx.session.staffId;
    if (task.status !== 'open' || heldByOther)
      return h(
        'a',
        { class: 'button-link secondary', href: `#/warehouse/${task.id}` },
        t('whOpen'),
        h('span', { class: 'visually-hidden' }, ` ${order}`),
      );
    const button: HTMLButtonElement = h(
      'button',
      { type: 'button', onclick: () => claim(task, button) },
      t(task.claim ? 'whContinue' : 'whClaim'),
      h('span', { class: 'visually-hidden' }, ` ${order}`),
    );
    return button;
  }

  const row = (task: WarehouseTaskSummary) =>
    h(
      'tr',
      { 'data-task-id': task.id },
      h('td', { class: 'keep' }, jst(task.createdAt, lang())),
      h('th', { scope: 'row', class: 'mono' }, shortOrder(task.orderId)),
      h('td', { class: 'wrap' }, task.shipToName),
      h(
        'td',
        {},
        t('whUnitsOf', { model: task.modelName || task.model, quantity: task.quantity }),
        task.preconfigured ? h('span', { class: 'tag' }, t('whPreconfigured')) : null,
      ),
      h('td', { class: 'keep' }, task.step === 'none' ? t(`whStatus_${task.status}`) : t(`whStep_${task.step}`)),
      h('td', { class: 'wrap' }, holder(ctx, task)),
      h('td', { class: 'actions' }, action(task)),
    );

  async function load() {
    try {
      const tasks = await api.warehouseTasks(shownStatus);
      show(tbody, ...(tasks.length ? tasks.map(row) : [h('tr', {}, h('td', { colspan: 7 }, t('whNoTasks')))]));
    } catch (err) {
      status.textContent = problemText(err);
      status.className = 'error';
    }
  }

  void load();
  return h(
    'section',
    { class: 'warehouse', 'aria-labelledby': 'wh-title' },
    h('h1', { id: 'wh-title' }, t('whListTitle')),
    h('p', { class: 'hint' }, t('whListHint')),
    h('div', { class: 'wh-filter' }, h('label', { for: 'wh-filter' }, t('whStatusFilter')), filter),
    status,
    h(
      'table',
      { class: 'wh-tasks' },
      h('caption', { class: 'visually-hidden' }, t('whListTitle')),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...(['whColReceived', 'whColOrder', 'whColShipTo', 'whColUnits', 'whColNext', 'whColHolder', 'whColAction'] as const).map((k) =>
            h('th', { scope: 'col' }, t(k)),
          ),
        ),
      ),
      tbody,
    ),
  );
}
