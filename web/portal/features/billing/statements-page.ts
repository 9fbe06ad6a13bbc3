import type { StatementMonth } from '../../../shared/api-client';
import { h, show } from '../../../shared/dom';
import { yen } from '../../../shared/i18n';
import type { PageContext } from '../../page';
import { currentJstMonth, isMonth, monthLabel, problemText } from './billing-format';
import { statementSheet } from './statement-sheet';

/** `/statements` lists the months with a statement; `/statements/<YYYY-MM>` shows one, printable and as PDF. */
export function statementsPage(ctx: PageContext): HTMLElement {
  const month = ctx.path[0];
  return month ? statementPage(ctx, month) : statementListPage(ctx);
}

const monthHref = (month: string) => `/statements/${month}`;

/** A link that moves inside the portal without a reload. */
const portalLink = (ctx: PageContext, to: string, text: string, attrs: Record<string, string> = {}) =>
  h(
    'a',
    {
      href: to,
      ...attrs,
      onclick: (e: Event) => {
        e.preventDefault();
        ctx.go(to);
      },
    },
    text,
  );

function statementListPage(ctx: PageContext): HTMLElement {
  const { t, lang } = ctx;
  const status = h('p', { role: 'status', 'aria-live': 'polite' });
  const holder = h('div', {}, h('p', {}, t('loading')));
  const picker = h('input', { id: 'stmt-month', type: 'month', required: true, value: currentJstMonth() });
  const open = h(
    'form',
    {
      class: 'stmt-open',
      onsubmit: (e: Event) => {
        e.preventDefault();
        if (isMonth(picker.value)) ctx.go(monthHref(picker.value));
        else {
          status.textContent = t('stmtMonthInvalid');
          status.className = 'error';
        }
      },
    },
    h('label', { for: 'stmt-month' }, t('stmtOtherMonth')),
    picker,
    h('button', { type: 'submit' }, t('stmtOpen')),
  );
  const table = (items: StatementMonth[]) =>
    h(
      'table',
      { class: 'stmt-list', id: 'stmt-list' },
      h('caption', { class: 'visually-hidden' }, t('stmtListCaption')),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t('stmtMonth')),
          h('th', { scope: 'col', class: 'num' }, t('stmtSubtotal')),
          h('th', { scope: 'col', class: 'num' }, t('stmtTaxTotal')),
          h('th', { scope: 'col', class: 'num' }, t('stmtTotal')),
        ),
      ),
      h(
        'tbody',
        {},
        ...items.map((m) =>
          h(
            'tr',
            { 'data-month': m.month },
            h(
              'th',
              { scope: 'row', 'data-label': t('stmtMonth') },
              portalLink(ctx, monthHref(m.month), monthLabel(m.month, lang()), {
                'aria-label': t('stmtOpenOf', { month: monthLabel(m.month, lang()) }),
              }),
            ),
            h('td', { class: 'num', 'data-label': t('stmtSubtotal') }, yen(m.subtotal, lang())),
            h('td', { class: 'num', 'data-label': t('stmtTaxTotal') }, yen(m.tax, lang())),
            h('td', { class: 'num', 'data-label': t('stmtTotal') }, yen(m.total, lang())),
          ),
        ),
      ),
    );
  ctx.api
    .listStatements()
    .then((r) => show(holder, r.items.length ? table(r.items) : h('p', {}, t('stmtNone'))))
    .catch((err) => {
      show(holder);
      status.textContent = problemText(err);
      status.className = 'error';
    });
  return h(
    'section',
    { 'aria-labelledby': 'stmt-title' },
    h('h1', { id: 'stmt-title' }, t('stmtTitle')),
    h('p', { class: 'hint' }, t('stmtHint')),
    holder,
    open,
    status,
  );
}

function statementPage(ctx: PageContext, month: string): HTMLElement {
  const { t } = ctx;
  const status = h('p', { role: 'status', 'aria-live': 'polite' });
  const holder = h('div', {}, h('p', {}, t('loading')));
  const back = h('p', { class: 'stmt-actions' }, portalLink(ctx, '/statements', t('stmtBack')));
  const actions = h(
    'div',
    { class: 'stmt-actions' },
    h('button', { type: 'button', id: 'stmt-print', onclick: () => window.print() }, t('stmtPrint')),
    h(
      'a',
      { class: 'button-link', id: 'stmt-pdf', href: ctx.api.statementPdfUrl(month, ctx.lang()), download: `statement-${month}.pdf` },
      t('stmtPdf'),
    ),
  );
  if (!isMonth(month)) {
    status.textContent = t('stmtMonthInvalid');
    status.className = 'error';
    return h('section', {}, h('h1', {}, t('stmtTitle')), status, back);
  }
  ctx.api
    .getStatement(month)
    .then((s) => show(holder, statementSheet(ctx, s)))
    .catch((err) => {
      show(holder);
      status.textContent = problemText(err);
      status.className = 'error';
    });
  return h('section', { class: 'stmt-page', 'aria-label': t('stmtTitle') }, back, actions, status, holder);
}
