import type { Adjustment, CustomerHit } from '../../../shared/api-client';
import { h, show } from '../../../shared/dom';
import { yen } from '../../../shared/i18n';
import type { StaffMessage } from '../../messages';
import type { PageContext } from '../../page';
import { adjustmentsTable } from './adjustments-table';
import { MATCH_LABEL, problemText } from './words';

// Kept in memory only, so that coming back from a customer page shows the same results.
let lastQuery = '';

/** The search results: one row per account, with what matched; the account opens its page. */
function resultsTable(ctx: PageContext, hits: CustomerHit[]): HTMLElement {
  const { t, lang } = ctx;
  const col = (k: StaffMessage) => h('th', { scope: 'col' }, t(k));
  return h(
    'table',
    { class: 'results' },
    h('caption', { class: 'visually-hidden' }, t('custResultsCaption')),
    h('thead', {}, h('tr', {}, col('colCustAccount'), col('colCustEmail'), col('colCustBalance'), col('colCustMatched'))),
    h(
      'tbody',
      {},
      ...hits.map((c) =>
        h(
          'tr',
          { 'data-account-id': c.id },
          h('td', {}, h('a', { href: `#/customers/${c.id}` }, h('span', { class: 'mono' }, c.loginId)), h('br'), c.name),
          h('td', {}, c.email),
          h('td', { class: 'num' }, yen(c.balance, lang())),
          h(
            'td',
            {},
            h(
              'ul',
              { class: 'matches' },
              ...c.matches.map((m) => h('li', {}, `${t(MATCH_LABEL[m.field])}: `, h('span', { class: 'mono' }, m.value))),
            ),
          ),
        ),
      ),
    ),
  );
}

/** The approval queue of the whole desk. */
function pendingSection(ctx: PageContext): HTMLElement {
  const status = h('p', { role: 'status', 'aria-live': 'polite' });
  const holder = h('div', {}, h('p', {}, ctx.t('loading')));
  let items: Adjustment[] = [];
  const render = () =>
    show(
      holder,
      adjustmentsTable(ctx, items, {
        caption: 'pendingTitle',
        withCustomer: true,
        empty: 'pendingNone',
        hooks: {
          status,
          onDecided: (a) => {
            items = items.filter((i) => i.id !== a.id);
            render();
          },
        },
      }),
    );
  ctx.api
    .pendingAdjustments()
    .then((loaded) => {
      items = loaded;
      render();
    })
    .catch((err) => show(holder, h('p', { class: 'error' }, problemText(err))));
  return h(
    'section',
    { 'aria-labelledby': 'pending-title', class: 'block' },
    h('h2', { id: 'pending-title' }, ctx.t('pendingTitle')),
    h('p', { class: 'hint' }, ctx.t('pendingHint')),
    status,
    holder,
  );
}

/** The desk's front: the search box, its results, and the adjustments awaiting approval. */
export function customerSearch(ctx: PageContext): HTMLElement {
  const { t } = ctx;
  const status = h('p', { role: 'status', 'aria-live': 'polite', id: 'search-status' });
  const results = h('div', {});
  const input = h('input', { id: 'customer-q', type: 'search', value: lastQuery, autocomplete: 'off', maxlength: 200, required: true });
  const button = h('button', { type: 'submit' }, t('custSearchButton'));

  async function search(q: string) {
    lastQuery = q;
    status.className = '';
    status.textContent = t('custSearching');
    try {
      const hits = await ctx.api.findCustomers(q);
      status.textContent = hits.length ? t('custHits', { count: hits.length }) : t('custNoHits', { q });
      show(results, hits.length ? resultsTable(ctx, hits) : null);
    } catch (err) {
      status.textContent = problemText(err);
      status.className = 'error';
      show(results);
    }
  }

  const form = h(
    'form',
    {
      role: 'search',
      class: 'search',
      onsubmit: (e: Event) => {
        e.preventDefault();
        const q = input.value.trim();
        if (q) void search(q);
      },
    },
    h('label', { for: 'customer-q' }, t('custSearchLabel')),
    h('div', { class: 'search-row' }, input, button),
    h('p', { class: 'hint' }, t('custSearchHint')),
  );
  if (lastQuery) void search(lastQuery);
  return h(
    'section',
    { 'aria-labelledby': 'customers-title', class: 'customer-desk' },
    h('h1', { id: 'customers-title' }, t('custTitle')),
    form,
    status,
    results,
    pendingSection(ctx),
  );
}
