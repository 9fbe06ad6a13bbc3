import type { CustomerPage } from '../../../shared/api-client';
import { h, show } from '../../../shared/dom';
import { jst, yen } from '../../../shared/i18n';
import type { StaffMessage } from '../../messages';
import type { PageContext } from '../../page';
import { adjustmentForm } from './adjustment-form';
import { adjustmentsTable } from './adjustments-table';
import { devicesSection, ledgerSection, numbersSection, ordersSection, uniquesSection } from './customer-tables';
import { problemText } from './words';

/** The account's contract data, balance and circles. */
function summary(ctx: PageContext, page: CustomerPage): HTMLElement {
  const { t, lang } = ctx;
  const a = page.account;
  const item = (label: StaffMessage, ...value: Array<string | Node>) => [h('dt', {}, t(label)), h('dd', {}, ...value)];
  return h(
    'section',
    { 'aria-labelledby': 'summary-title', class: 'block card summary' },
    h('h2', { id: 'summary-title' }, t('custSummary')),
    h(
      'dl',
      {},
      ...item('custBalance', h('span', { class: 'total', id: 'customer-balance' }, yen(a.balance, lang()))),
      ...item('custLoginId', h('span', { class: 'mono' }, a.loginId)),
      ...item('custAccountId', h('span', { class: 'mono' }, a.id)),
      ...item('custEmail', a.email),
      ...item('custLanguage', a.language === 'ja' ? '日本語' : 'English'),
      ...item('custLowBalance', a.lowBalanceThreshold === null ? '—' : yen(a.lowBalanceThreshold, lang())),
      ...item('custSince', jst(a.createdAt, lang())),
      ...item(
        'custCircles',
        page.circles.length
          ? h(
              'ul',
              { class: 'plain' },
              ...page.circles.map((c) =>
                h('li', {}, c.name, ' ', h('span', { class: 'mono' }, `(${c.loginId})`), c.removedAt ? ` — ${t('custRemoved')}` : ''),
              ),
            )
          : '—',
      ),
    ),
  );
}

/**
 * The customer page: who they are, their balance, a manual adjustment, its history with the
 * four-eyes decisions, the ledger, orders with their timelines, uniques, numbers and devices.
 * After an adjustment or a decision everything but the form is read again from the API.
 */
export function customerDetail(ctx: PageContext, accountId: string): HTMLElement {
  const { t } = ctx;
  const title = h('h1', { id: 'customer-title' }, t('loading'));
  const loadStatus = h('p', { role: 'status', 'aria-live': 'polite' });
  const decisionStatus = h('p', { role: 'status', 'aria-live': 'polite' });
  const head = h('div', {});
  const form = h('div', {});
  const history = h('div', {});
  const rest = h('div', {});

  async function load(first: boolean) {
    try {
      const page = await ctx.api.customerPage(accountId);
      title.textContent = page.account.name;
      show(head, summary(ctx, page));
      if (first)
        show(
          form,
          adjustmentForm(ctx, page, () => void load(false)),
        );
      show(
        history,
        h(
          'section',
          { 'aria-labelledby': 'adjustments-title', class: 'block' },
          h('h2', { id: 'adjustments-title' }, t('adjHistory')),
          decisionStatus,
          adjustmentsTable(ctx, page.adjustments, {
            caption: 'adjHistory',
            withCustomer: false,
            empty: 'custNone',
            hooks: { status: decisionStatus, onDecided: () => void load(false) },
          }),
        ),
      );
      show(
        rest,
        ledgerSection(ctx, page),
        ordersSection(ctx, page),
        uniquesSection(ctx, page),
        numbersSection(ctx, page),
        devicesSection(ctx, page),
      );
    } catch (err) {
      title.textContent = t('custTitle');
      loadStatus.textContent = t('custLoadFailed', { detail: problemText(err) });
      loadStatus.className = 'error';
    }
  }

  void load(true);
  return h(
    'section',
    { 'aria-labelledby': 'customer-title', class: 'customer' },
    h('p', {}, h('a', { href: '#/customers' }, t('custBack'))),
    title,
    loadStatus,
    head,
    form,
    history,
    rest,
  );
}
