import type { CustomerOrder, CustomerOrderKind } from '../../../shared/api-client';
import { ApiProblem } from '../../../shared/api-client';
import { h, show } from '../../../shared/dom';
import { jst, yen } from '../../../shared/i18n';
import type { PageContext } from '../../page';
import { kindText, nextActionText, portalLink, statusText } from './order-words';

const PAGE = 20;
const KINDS: readonly CustomerOrderKind[] = ['topup', 'services', 'devices', 'overseas_number'];

/** The orders of every kind, newest first, by kind, with each one's status and next step. */
export function orderListPage(ctx: PageContext): HTMLElement {
  const { t } = ctx;
  const chosen = KINDS.find((k) => k === ctx.query.get('kind'));
  const kind = h(
    'select',
    { id: 'orders-kind' },
    h('option', { value: '' }, t('ordersKindAll')),
    ...KINDS.map((k) => h('option', { value: k, selected: k === chosen }, kindText(ctx, k))),
  );
  const status = h('p', { role: 'status', class: 'hint' }, t('loading'));
  const rows = h('tbody');
  const table = h(
    'table',
    { class: 'orders-table' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t('ordersColDate')),
        h('th', { scope: 'col' }, t('ordersColKind')),
        h('th', { scope: 'col', class: 'num' }, t('ordersColTotal')),
        h('th', { scope: 'col' }, t('ordersColStatus')),
        h('th', { scope: 'col' }, t('ordersColNext')),
      ),
    ),
    rows,
  );
  const more = h('button', { type: 'button', class: 'link', hidden: true }, t('ordersMore'));
  let cursor: string | undefined;

  const row = (o: CustomerOrder) => {
    const when = jst(o.createdAt, ctx.lang());
    return h(
      'tr',
      { 'data-order-id': o.id },
      h(
        'td',
        {},
        h(
          'a',
          { href: `/orders/${o.id}`, onclick: portalLink(ctx, `/orders/${o.id}`), 'aria-label': t('ordersOpenOne', { date: when }) },
          when,
        ),
      ),
      h('td', {}, kindText(ctx, o.kind)),
      h('td', { class: 'num' }, o.total ? yen(o.total, ctx.lang()) : '—'),
      h('td', {}, statusText(ctx, o.status)),
      h('td', {}, o.closedAt ? '—' : nextActionText(ctx, o.nextAction)),
    );
  };

  const load = async (reset: boolean) => {
    if (reset) {
      cursor = undefined;
      rows.replaceChildren();
    }
    more.disabled = true;
    try {
      const page = await ctx.api.customerOrders({ kind: (kind.value || undefined) as CustomerOrderKind | undefined, cursor, limit: PAGE });
      rows.append(...page.items.map(row));
      cursor = page.nextCursor ?? undefined;
      more.hidden = page.nextCursor === null;
      status.textContent = rows.children.length ? '' : t('ordersEmpty');
    } catch (err) {
      status.textContent = err instanceof ApiProblem ? err.problem.detail : (err as Error).message;
    } finally {
      more.disabled = false;
    }
  };
  kind.addEventListener('change', () => {
    history.replaceState(null, '', kind.value ? `/orders?kind=${kind.value}` : '/orders');
    void load(true);
  });
  more.addEventListener('click', () => void load(false));
  void load(true);

  const section = h('section', { class: 'card stack', 'aria-labelledby': 'orders-title' });
  show(
    section,
    h('h1', { id: 'orders-title' }, t('ordersTitle')),
    h('div', { class: 'filters' }, h('label', { for: 'orders-kind' }, t('ordersKindFilter')), kind),
    h('div', { class: 'table-scroll' }, table),
    status,
    more,
  );
  return section;
}
