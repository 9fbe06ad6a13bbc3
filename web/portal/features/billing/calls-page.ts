import type { CallEntry, CallFilter, CallTotal, CustomerCircle, DeviceUniqueChoice } from '../../../shared/api-client';
import { h, show } from '../../../shared/dom';
import { jst, yen } from '../../../shared/i18n';
import type { PortalMessage } from '../../messages';
import type { PageContext } from '../../page';
import { currentJstMonth, duration, isMonth, monthLabel, monthRange, problemText } from './billing-format';

const PAGE_SIZE = 50;

/** A call's destination kind in words; unknown kinds show as they are. */
const classLabel = (ctx: PageContext, c: string | null) => (c ? ctx.t(`callClass_${c}` as PortalMessage) : '—');

/**
 * Call history (通話履歴): per month, the day-by-day totals (calls, talk time, rated charge) and
 * the calls themselves, newest first. The account sees every circle's, a circle its own, a unique its own.
 */
export function callsPage(ctx: PageContext): HTMLElement {
  const { t } = ctx;
  const kind = ctx.session?.kind;
  const status = h('p', { role: 'status', 'aria-live': 'polite', id: 'calls-status' });
  const month = h('input', { id: 'calls-month', type: 'month', required: true, value: ctx.query.get('month') ?? currentJstMonth() });
  const circle = h('select', { id: 'calls-circle' }, h('option', { value: '' }, t('callsAll')));
  const unique = h('select', { id: 'calls-unique' }, h('option', { value: '' }, t('callsAll')));
  const totals = h('section', { 'aria-labelledby': 'calls-totals-title', class: 'calls-block' });
  const list = h('section', { 'aria-labelledby': 'calls-list-title', class: 'calls-block' });
  let uniques: DeviceUniqueChoice[] = [];

  const fillUniques = () => {
    const chosen = unique.value;
    const shown = uniques.filter((u) => !circle.value || u.circleId === circle.value);
    show(
      unique,
      h('option', { value: '' }, t('callsAll')),
      ...shown.map((u) => h('option', { value: u.id, selected: u.id === chosen }, [u.code, u.name].filter(Boolean).join(' '))),
    );
  };
  circle.addEventListener('change', fillUniques);

  const filterOf = (): CallFilter => ({
    ...monthRange(month.value),
    circleId: circle.value || undefined,
    uniqueId: unique.value || undefined,
  });

  const load = async () => {
    status.textContent = '';
    status.className = '';
    if (!isMonth(month.value)) {
      status.textContent = t('stmtMonthInvalid');
      status.className = 'error';
      return;
    }
    const filter = filterOf();
    show(totals, h('p', {}, t('loading')));
    show(list, h('p', {}, t('loading')));
    try {
      const [days, page] = await Promise.all([
        ctx.api.callTotals({ ...filter, period: 'day' }),
        ctx.api.listCalls({ ...filter, limit: PAGE_SIZE }),
      ]);
      show(totals, ...totalsView(ctx, month.value, days.items));
      show(list, ...callsView(ctx, filter, page.items, page.nextCursor));
    } catch (err) {
      show(totals);
      show(list);
      status.textContent = problemText(err);
      status.className = 'error';
    }
  };

  const filters: HTMLElement[] = [h('div', { class: 'field' }, h('label', { for: 'calls-month' }, t('callsMonth')), month)];
  if (kind === 'account') filters.push(h('div', { class: 'field' }, h('label', { for: 'calls-circle' }, t('callsCircle')), circle));
  if (kind === 'account' || kind === 'circle')
    filters.push(h('div', { class: 'field' }, h('label', { for: 'calls-unique' }, t('callsUnique')), unique));
  const form = h(
    'form',
    {
      class: 'calls-filter',
      'aria-label': t('callsFilter'),
      onsubmit: (e: Event) => {
        e.preventDefault();
        void load();
      },
    },
    ...filters,
    h('button', { type: 'submit' }, t('callsShow')),
  );

  if (kind === 'account')
    ctx.api
      .listCircles()
      .then((r) => circle.append(...r.items.map((c: CustomerCircle) => h('option', { value: c.id }, c.name))))
      .catch(() => undefined);
  if (kind === 'account' || kind === 'circle')
    ctx.api
      .uniquesForPicker()
      .then((r) => {
        uniques = r.items;
        fillUniques();
      })
      .catch(() => undefined);
  void load();

  return h(
    'section',
    { class: 'calls-page', 'aria-labelledby': 'calls-title' },
    h('h1', { id: 'calls-title' }, t('callsTitle')),
    h('p', { class: 'hint' }, t('callsHint')),
    form,
    status,
    totals,
    list,
  );
}

/** The month's totals per day, with the month's sum in the footer. */
function totalsView(ctx: PageContext, month: string, days: CallTotal[]): HTMLElement[] {
  const { t, lang } = ctx;
  const sum = days.reduce(
    (s, d) => ({ calls: s.calls + d.calls, seconds: s.seconds + d.seconds, cost: s.cost + d.cost, unrated: s.unrated + d.unrated }),
    {
      calls: 0,
      seconds: 0,
      cost: 0,
      unrated: 0,
    },
  );
  const heading = h('h2', { id: 'calls-totals-title' }, t('callsTotalsTitle', { month: monthLabel(month, lang()) }));
  if (days.length === 0) return [heading, h('p', {}, t('callsNone'))];
  const col = (k: PortalMessage, cls?: string) => h('th', { scope: 'col', class: cls }, t(k));
  const table = h(
    'table',
    { class: 'calls-table', id: 'calls-totals' },
    h('caption', { class: 'visually-hidden' }, t('callsTotalsCaption')),
    h('thead', {}, h('tr', {}, col('callsDay'), col('callsCount', 'num'), col('callsDuration', 'num'), col('callsCost', 'num'))),
    h(
      'tbody',
      {},
      ...days.map((d) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row', 'data-label': t('callsDay') }, d.period),
          h('td', { class: 'num', 'data-label': t('callsCount') }, d.calls.toLocaleString()),
          h('td', { class: 'num', 'data-label': t('callsDuration') }, duration(d.seconds)),
          h('td', { class: 'num', 'data-label': t('callsCost') }, yen(d.cost, lang())),
        ),
      ),
    ),
    h(
      'tfoot',
      {},
      h(
        'tr',
        { class: 'calls-sum' },
        h('th', { scope: 'row', 'data-label': t('callsDay') }, t('callsMonthTotal')),
        h('td', { class: 'num', id: 'calls-sum-count', 'data-label': t('callsCount') }, sum.calls.toLocaleString()),
        h('td', { class: 'num', id: 'calls-sum-duration', 'data-label': t('callsDuration') }, duration(sum.seconds)),
        h('td', { class: 'num', id: 'calls-sum-cost', 'data-label': t('callsCost') }, yen(sum.cost, lang())),
      ),
    ),
  );
  const unrated = sum.unrated ? [h('p', { class: 'hint', id: 'calls-unrated' }, t('callsUnratedCount', { count: sum.unrated }))] : [];
  return [heading, table, ...unrated];
}

/** The calls, newest first, with "show more" while the API has further pages. */
function callsView(ctx: PageContext, filter: CallFilter, first: CallEntry[], firstCursor: string | null): HTMLElement[] {
  const { t, lang } = ctx;
  const heading = h('h2', { id: 'calls-list-title' }, t('callsListTitle'));
  if (first.length === 0) return [heading, h('p', {}, t('callsNone'))];
  const col = (k: PortalMessage, cls?: string) => h('th', { scope: 'col', class: cls }, t(k));
  const body = h('tbody', {});
  const shown = h('p', { class: 'hint', role: 'status', 'aria-live': 'polite' });
  let count = 0;
  const add = (calls: CallEntry[]) => {
    for (const c of calls)
      body.append(
        h(
          'tr',
          { 'data-call-id': c.id },
          h('th', { scope: 'row', 'data-label': t('callsWhen') }, jst(c.startedAt, lang())),
          h('td', { 'data-label': t('callsDirection') }, t(c.direction === 'outbound' ? 'callsOutbound' : 'callsInbound')),
          h('td', { class: 'mono', 'data-label': t('callsNumber') }, c.destinationDisplay),
          h('td', { 'data-label': t('callsClass') }, classLabel(ctx, c.destinationClass)),
          h('td', { class: 'num', 'data-label': t('callsDuration') }, duration(c.durationSeconds)),
          h('td', { class: 'num', 'data-label': t('callsCost') }, c.rated && c.cost !== null ? yen(c.cost, lang()) : t('callsUnrated')),
        ),
      );
    count += calls.length;
    shown.textContent = t('callsShown', { count });
  };
  let cursor = firstCursor;
  const more = h('button', { type: 'button', class: 'secondary', id: 'calls-more' }, t('callsMore'));
  more.hidden = !cursor;
  more.addEventListener('click', async () => {
    if (!cursor) return;
    more.disabled = true;
    try {
      const page = await ctx.api.listCalls({ ...filter, limit: PAGE_SIZE, cursor });
      add(page.items);
      cursor = page.nextCursor;
      more.hidden = !cursor;
    } catch (err) {
      shown.textContent = problemText(err);
    } finally {
      more.disabled = false;
    }
  });
  add(first);
  const table = h(
    'table',
    { class: 'calls-table', id: 'calls-list' },
    h('caption', { class: 'visually-hidden' }, t('callsListCaption')),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        col('callsWhen'),
        col('callsDirection'),
        col('callsNumber'),
        col('callsClass'),
        col('callsDuration', 'num'),
        col('callsCost', 'num'),
      ),
    ),
    body,
  );
  return [heading, table, shown, more];
}
