import type { CustomerLedgerEntry, CustomerPage } from '../../../shared/api-client';
import { h, type Child } from '../../../shared/dom';
import { jst, yen } from '../../../shared/i18n';
import type { StaffMessage } from '../../messages';
import type { PageContext } from '../../page';
import { kindWord, macWord, problemText } from './words';

/** A titled section with a table of rows, or "none". */
function tableSection(ctx: PageContext, id: string, title: StaffMessage, columns: StaffMessage[], rows: HTMLElement[]): HTMLElement {
  const { t } = ctx;
  return h(
    'section',
    { 'aria-labelledby': id, class: 'block' },
    h('h2', { id }, t(title)),
    rows.length
      ? h(
          'table',
          {},
          h('caption', { class: 'visually-hidden' }, t(title)),
          h('thead', {}, h('tr', {}, ...columns.map((c) => h('th', { scope: 'col' }, t(c))))),
          h('tbody', {}, ...rows),
        )
      : h('p', { class: 'hint' }, t('custNone')),
  );
}

const cell = (...children: Child[]) => h('td', {}, ...children);
const mono = (text: string | null) => (text ? h('span', { class: 'mono' }, text) : '—');
const signedYen = (amount: number, lang: 'ja' | 'en') => (amount > 0 ? '+' : '−') + yen(Math.abs(amount), lang);

/** The ledger, newest first, with a button that loads older entries. */
export function ledgerSection(ctx: PageContext, page: CustomerPage): HTMLElement {
  const { t, lang } = ctx;
  const row = (e: CustomerLedgerEntry) =>
    h(
      'tr',
      { 'data-entry-id': e.id },
      cell(jst(e.createdAt, lang())),
      cell(mono(e.kind)),
      h('td', { class: 'num' }, signedYen(e.amount, lang())),
      h('td', { class: 'num' }, yen(e.balanceAfter, lang())),
      cell(e.description ?? mono(e.reference)),
    );
  const section = tableSection(
    ctx,
    'ledger-title',
    'ledgerTitle',
    ['colLedgerAt', 'colLedgerKind', 'colLedgerAmount', 'colLedgerAfter', 'colLedgerNote'],
    page.ledger.items.map(row),
  );
  let cursor = page.ledger.nextCursor;
  if (cursor === null) return section;
  const error = h('p', { class: 'error', role: 'status' });
  const more = h('button', { type: 'button', class: 'secondary' }, t('ledgerMore'));
  more.addEventListener('click', async () => {
    more.disabled = true;
    try {
      const next = await ctx.api.customerLedger(page.account.id, cursor!);
      section.querySelector('tbody')!.append(...next.items.map(row));
      cursor = next.nextCursor;
      if (cursor === null) more.remove();
    } catch (err) {
      error.textContent = problemText(err);
    } finally {
      more.disabled = false;
    }
  });
  section.append(more, error);
  return section;
}

/** Orders, newest first, each with its status changes in order. */
export function ordersSection(ctx: PageContext, page: CustomerPage): HTMLElement {
  const { lang, t } = ctx;
  const rows = page.orders.map((o) =>
    h(
      'tr',
      { 'data-order-id': o.id },
      cell(jst(o.createdAt, lang())),
      cell(h('span', { class: 'mono', title: o.id }, o.id.slice(0, 8))),
      cell(kindWord(t, 'orderKind', o.kind)),
      h('td', { class: 'num' }, yen(o.total, lang())),
      cell(mono(o.status), o.failureReason ? h('br') : null, o.failureReason),
      cell(
        h(
          'ol',
          { class: 'timeline' },
          ...o.timeline.map((e) =>
            h('li', {}, h('span', { class: 'mono' }, e.status), ` ${jst(e.at, lang())}`, e.note ? ` — ${e.note}` : ''),
          ),
        ),
      ),
    ),
  );
  return tableSection(
    ctx,
    'orders-title',
    'ordersTitle',
    ['colOrderAt', 'colOrderId', 'colOrderKind', 'colOrderTotal', 'colOrderStatus', 'colOrderTimeline'],
    rows,
  );
}

/** The account's uniques. */
export function uniquesSection(ctx: PageContext, page: CustomerPage): HTMLElement {
  const rows = page.uniques.map((u) =>
    h(
      'tr',
      { 'data-unique-id': u.id },
      cell(mono(u.code)),
      cell(kindWord(ctx.t, 'catKind', u.kind)),
      cell(u.circleName ?? '—'),
      cell(u.name ?? '—'),
      cell(mono(u.incomingExtension)),
      cell(mono(u.status)),
      h('td', { class: 'num' }, yen(u.monthlyFee, ctx.lang())),
    ),
  );
  return tableSection(
    ctx,
    'uniques-title',
    'uniquesTitle',
    ['colUniqueCode', 'colUniqueKind', 'colUniqueCircle', 'colUniqueName', 'colUniqueExtension', 'colUniqueStatus', 'colUniqueFee'],
    rows,
  );
}

/** The account's phone numbers, in any state. */
export function numbersSection(ctx: PageContext, page: CustomerPage): HTMLElement {
  const rows = page.numbers.map((n) =>
    h(
      'tr',
      { 'data-number-id': n.id },
      cell(mono(n.numberDisplay)),
      cell(`${kindWord(ctx.t, 'catKind', n.kind)} (${n.country})`),
      cell(mono(n.status)),
      cell(n.activatedAt ? jst(n.activatedAt, ctx.lang()) : '—'),
    ),
  );
  return tableSection(ctx, 'numbers-title', 'numbersTitle', ['colNumber', 'colNumberKind', 'colNumberStatus', 'colNumberSince'], rows);
}

/** The phones of the account's device orders. */
export function devicesSection(ctx: PageContext, page: CustomerPage): HTMLElement {
  const rows = page.devices.map((d) =>
    h(
      'tr',
      { 'data-device-id': d.id },
      cell(d.modelCode),
      cell(mono(d.mac ? macWord(d.mac) : null)),
      cell(mono(d.serial)),
      cell(d.uniqueCodes.length ? mono(d.uniqueCodes.join(', ')) : '—'),
      cell(mono(d.status)),
      cell(d.configFetchedAt ? jst(d.configFetchedAt, ctx.lang()) : '—'),
    ),
  );
  return tableSection(
    ctx,
    'devices-title',
    'devicesTitle',
    ['colDeviceModel', 'colDeviceMac', 'colDeviceSerial', 'colDeviceUniques', 'colDeviceStatus', 'colDeviceFetched'],
    rows,
  );
}
