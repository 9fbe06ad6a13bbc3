import type { MonthlyStatement } from '../../../shared/api-client';
import { h } from '../../../shared/dom';
import { yen } from '../../../shared/i18n';
import type { PageContext } from '../../page';
import { jstDay, monthLabel } from './billing-format';

/** The statement as an A4 sheet: the qualified invoice's parts in the order the law lists them. */
export function statementSheet(ctx: PageContext, s: MonthlyStatement): HTMLElement {
  const { t, lang } = ctx;
  const money = (n: number) => yen(n, lang());
  const rate = (r: number) => (r === 0 ? t('stmtExempt') : `${r}%`);
  const lastDay = jstDay(new Date(new Date(s.period.to).getTime() - 1).toISOString());
  const meta = (label: string, value: string, id: string) => h('div', {}, h('dt', {}, label), h('dd', { id }, value));

  const lines = s.lines.length
    ? h(
        'table',
        { class: 'stmt-lines', id: 'stmt-lines' },
        h('caption', {}, t('stmtLinesCaption')),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, t('prepaidColDate')),
            h('th', { scope: 'col' }, t('stmtItem')),
            h('th', { scope: 'col', class: 'num' }, t('stmtQuantity')),
            h('th', { scope: 'col', class: 'num' }, t('stmtTaxRate')),
            h('th', { scope: 'col', class: 'num' }, t('stmtAmount')),
          ),
        ),
        h(
          'tbody',
          {},
          ...s.lines.map((l) =>
            h(
              'tr',
              { 'data-line': l.id, 'data-kind': l.kind },
              h('td', { 'data-label': t('prepaidColDate') }, h('time', { datetime: l.date }, jstDay(l.date))),
              h('th', { scope: 'row', 'data-label': t('stmtItem') }, l.description),
              h('td', { class: 'num', 'data-label': t('stmtQuantity') }, l.quantity.toLocaleString()),
              h('td', { class: 'num', 'data-label': t('stmtTaxRate') }, rate(l.taxRate)),
              h('td', { class: 'num', 'data-label': t('stmtAmount') }, money(l.amount)),
            ),
          ),
        ),
      )
    : h('p', {}, t('stmtNoLines'));

  const byRate = h(
    'table',
    { class: 'stmt-tax', id: 'stmt-tax' },
    h('caption', {}, t('stmtTaxCaption')),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t('stmtTaxRate')),
        h('th', { scope: 'col', class: 'num' }, t('stmtTaxable')),
        h('th', { scope: 'col', class: 'num' }, t('stmtTax')),
      ),
    ),
    h(
      'tbody',
      {},
      ...s.taxByRate.map((b) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row', 'data-label': t('stmtTaxRate') }, rate(b.rate)),
          h('td', { class: 'num', 'data-label': t('stmtTaxable') }, money(b.taxable)),
          h('td', { class: 'num', 'data-label': t('stmtTax') }, money(b.tax)),
        ),
      ),
    ),
    h(
      'tfoot',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'row', colspan: 2 }, t('stmtSubtotal')),
        h('td', { class: 'num', id: 'stmt-subtotal' }, money(s.subtotal)),
      ),
      h('tr', {}, h('th', { scope: 'row', colspan: 2 }, t('stmtTaxTotal')), h('td', { class: 'num', id: 'stmt-tax-total' }, money(s.tax))),
      h(
        'tr',
        { class: 'stmt-grand' },
        h('th', { scope: 'row', colspan: 2 }, t('stmtTotal')),
        h('td', { class: 'num', id: 'stmt-total' }, money(s.total)),
      ),
    ),
  );

  return h(
    'article',
    { class: 'statement-sheet', 'aria-labelledby': 'stmt-heading' },
    h('h1', { id: 'stmt-heading' }, `${t('stmtHeading')} ${monthLabel(s.month, lang())}`),
    h(
      'div',
      { class: 'stmt-parties' },
      h('p', { class: 'stmt-recipient', id: 'stmt-recipient' }, t('stmtRecipient', { name: s.recipient.name })),
      h(
        'dl',
        { class: 'stmt-meta' },
        meta(t('stmtNumber'), s.invoiceNumber, 'stmt-number'),
        meta(t('stmtPeriod'), `${jstDay(s.period.from)} – ${lastDay}`, 'stmt-period'),
        meta(t('stmtIssuer'), s.issuer.name, 'stmt-issuer'),
        meta(t('stmtRegistration'), s.issuer.registrationNumber, 'stmt-registration'),
      ),
    ),
    h('p', { class: 'stmt-amount' }, h('span', {}, t('stmtTotal')), ' ', h('strong', {}, money(s.total))),
    lines,
    byRate,
    h('p', { class: 'hint stmt-note' }, t('stmtNote')),
  );
}
