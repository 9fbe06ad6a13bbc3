import { ApiProblem, type LedgerEntryKind, type LedgerLine } from '../../../shared/api-client';
import { h, show } from '../../../shared/dom';
import { jst, yen } from '../../../shared/i18n';
import type { PortalMessage } from '../../messages';
import type { PageContext } from '../../page';

const KINDS: readonly LedgerEntryKind[] = [
  'topup',
  'topup_refund',
  'purchase',
  'refund',
  'monthly_fee',
  'call_charge',
  'adjustment',
  'manual_adjustment',
];
const PAGE = 30;

/** The balance history: every movement, newest first, by kind and period, a page at a time. */
export function ledgerSection(ctx: PageContext): HTMLElement {
  const { t } = ctx;
  const kindName = (k: string) => t(`ledgerKind_${k}` as PortalMessage);
  const kind = h(
    'select',
    { id: 'ledger-kind' },
    h('option', { value: '' }, t('prepaidFilterAll')),
    ...KINDS.map((k) => h('option', { value: k }, kindName(k))),
  );
  const from = h('input', { id: 'ledger-from', type: 'date' });
  const to = h('input', { id: 'ledger-to', type: 'date' });
  const status = h('p', { role: 'status', class: 'hint', id: 'ledger-status' });
  const rows = h('tbody');
  const more = h('button', { type: 'button', class: 'link', hidden: true }, t('prepaidMore'));
  let cursor: string | undefined;

  const row = (e: LedgerLine) =>
    h(
      'tr',
      {},
      h('td', {}, jst(e.createdAt, ctx.lang())),
      h('td', {}, kindName(e.kind)),
      h('td', { class: `num ${e.amount < 0 ? 'minus' : 'plus'}` }, `${e.amount > 0 ? '+' : ''}${yen(e.amount, ctx.lang())}`),
      h('td', { class: 'num' }, yen(e.balanceAfter, ctx.lang())),
      h('td', { class: 'note' }, e.description ?? ''),
    );

  const load = async (reset: boolean) => {
    if (reset) {
      cursor = undefined;
      rows.replaceChildren();
    }
    more.disabled = true;
    status.textContent = t('loading');
    try {
      const page = await ctx.api.prepaidLedger({
        kind: (kind.value || undefined) as LedgerEntryKind | undefined,
        from: from.value || undefined,
        to: to.value || undefined,
        cursor,
        limit: PAGE,
      });
      rows.append(...page.items.map(row));
      cursor = page.nextCursor ?? undefined;
      more.hidden = page.nextCursor === null;
      status.textContent = rows.children.length ? '' : t('prepaidHistoryEmpty');
    } catch (err) {
      status.textContent = err instanceof ApiProblem ? err.problem.detail : (err as Error).message;
    } finally {
      more.disabled = false;
    }
  };
  more.addEventListener('click', () => void load(false));
  const filters = h(
    'form',
    { class: 'filters', 'aria-label': t('prepaidHistory') },
    h('div', {}, h('label', { for: 'ledger-kind' }, t('prepaidFilterKind')), kind),
    h('div', {}, h('label', { for: 'ledger-from' }, t('prepaidFilterFrom')), from),
    h('div', {}, h('label', { for: 'ledger-to' }, t('prepaidFilterTo')), to),
    h('button', { type: 'submit' }, t('prepaidFilterApply')),
  );
  filters.addEventListener('submit', (e) => {
    e.preventDefault();
    void load(true);
  });
  void load(true);

  const section = h('section', { class: 'card stack', 'aria-labelledby': 'ledger-title' });
  show(
    section,
    h('h2', { id: 'ledger-title' }, t('prepaidHistory')),
    filters,
    h(
      'div',
      { class: 'table-scroll' },
      h(
        'table',
        { class: 'ledger-table' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, t('prepaidColDate')),
            h('th', { scope: 'col' }, t('prepaidColKind')),
            h('th', { scope: 'col', class: 'num' }, t('prepaidColAmount')),
            h('th', { scope: 'col', class: 'num' }, t('prepaidColBalance')),
            h('th', { scope: 'col' }, t('prepaidColNote')),
          ),
        ),
        rows,
      ),
    ),
    status,
    more,
  );
  return section;
}
