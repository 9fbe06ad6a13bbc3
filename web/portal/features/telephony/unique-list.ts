import type { CustomerCircle, UniqueSummary } from '../../../shared/api-client';
import { h, show } from '../../../shared/dom';
import type { PageContext } from '../../page';
import { problemText, uniqueKindWord } from './words';

function table(ctx: PageContext, items: UniqueSummary[], circles: Map<string, string> | null): HTMLElement {
  const { t } = ctx;
  const open = (u: UniqueSummary) => (e: Event) => (e.preventDefault(), ctx.go(`/uniques/${u.id}`));
  return h(
    'table',
    { class: 'stack-on-phone', id: 'uq-list' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t('uqCode')),
        h('th', { scope: 'col' }, t('uqKind')),
        h('th', { scope: 'col' }, t('uqName')),
        circles ? h('th', { scope: 'col' }, t('uqCircle')) : null,
        h('th', { scope: 'col' }, t('uqExtension')),
        h('th', { scope: 'col' }, t('uqStatus')),
        h('th', { scope: 'col' }, t('buyAction')),
      ),
    ),
    h(
      'tbody',
      {},
      ...items.map((u) =>
        h(
          'tr',
          { 'data-unique-id': u.id },
          h('th', { scope: 'row', class: 'mono' }, u.code),
          h('td', { 'data-label': t('uqKind') }, uniqueKindWord(t, u.kind)),
          h('td', { 'data-label': t('uqName') }, u.name ?? t('uqNotSet')),
          circles ? h('td', { 'data-label': t('uqCircle') }, circles.get(u.circleId) ?? '') : null,
          h('td', { class: 'mono', 'data-label': t('uqExtension') }, u.incomingExtension ?? ''),
          h(
            'td',
            {},
            u.status === 'active' ? t('uqStatusActive') : t('uqStatusCancelled', { month: u.feeEndMonth ?? '' }),
            u.canLogIn ? h('span', { class: 'badge' }, t('uqCanLogIn')) : null,
          ),
          h(
            'td',
            { class: 'actions' },
            h('a', { href: `/uniques/${u.id}`, 'aria-label': t('uqDetailsOf', { code: u.code }), onclick: open(u) }, t('uqDetails')),
          ),
        ),
      ),
    ),
  );
}

/** Circle page → unique list: the bought uniques, each with "details" to its settings screen. */
export function uniqueList(ctx: PageContext): HTMLElement {
  const { t } = ctx;
  const status = h('p', { role: 'status' }, t('loading'));
  const page = h('div', { class: 'uniques stack' }, h('h1', {}, t('uqListTitle')), status);
  const circles: Promise<CustomerCircle[] | null> =
    ctx.session?.kind === 'account' ? ctx.api.listCircles().then((r) => r.items) : Promise.resolve(null);
  Promise.all([ctx.api.listUniques(), circles]).then(
    ([items, list]) => {
      const names = list ? new Map(list.map((c) => [c.id, c.name])) : null;
      const buy =
        ctx.session?.kind === 'unique'
          ? null
          : h('a', { href: '/purchase', onclick: (e: Event) => (e.preventDefault(), ctx.go('/purchase')) }, t('uqBuy'));
      show(page, h('h1', {}, t('uqListTitle')), items.length ? table(ctx, items, names) : h('p', { class: 'hint' }, t('uqListEmpty')), buy);
    },
    (err: unknown) => {
      status.className = 'error';
      status.textContent = problemText(err);
    },
  );
  return page;
}
