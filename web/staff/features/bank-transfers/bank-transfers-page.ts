import { ApiProblem, type ApiClient, type ConfirmResult, type PendingTransfer } from '../../../shared/api-client';
import { h, show } from '../../../shared/dom';
import { jst, yen, type Lang } from '../../../shared/i18n';
import type { StaffMessage } from '../../messages';

type T = (k: StaffMessage, p?: Record<string, string | number>) => string;

/** Whether a transfer matches the operator's search: reference, account, name or amount. */
function matches(x: PendingTransfer, query: string): boolean {
  const q = query
    .trim()
    .toLowerCase()
    .replace(/[,¥円\s]/g, '');
  if (!q) return true;
  return [x.reference ?? '', x.accountLoginId, x.accountName, x.accountId, String(x.amount)].some((f) =>
    f.toLowerCase().replace(/[,\s]/g, '').includes(q),
  );
}

/** Today in Tokyo, YYYY-MM-DD: the bank's calendar, whatever the operator's clock says. */
export const tokyoToday = (at = new Date()) => at.toLocaleDateString('sv-SE', { timeZone: 'Asia/Tokyo' });

/** The outcome of a confirmation, in words. */
function outcomeText(r: ConfirmResult, x: PendingTransfer, amount: number, t: T, lang: Lang): string {
  const reference = x.reference ?? x.id;
  const words =
    r.outcome === 'credit'
      ? t('outcomeCredit', { reference, amount: yen(amount, lang) })
      : r.outcome === 'scheduled'
        ? t('outcomeScheduled', { reference, at: r.applyAt ? jst(r.applyAt, lang) : '' })
        : r.outcome === 'review'
          ? t('outcomeReview', { reference })
          : t('outcomeLate', { reference });
  return r.duplicate ? `${words} ${t('outcomeDuplicate')}` : words;
}

/**
 * The bank-transfer desk: the queue oldest first, a search, and a confirmation per transfer with
 * the amount received and the day it arrived (which decides whether it was on time). Each row's
 * form keeps one Idempotency-Key, so a double click counts once.
 */
export function bankTransfersPage(api: ApiClient, t: T, lang: () => Lang): HTMLElement {
  const status = h('p', { role: 'status', 'aria-live': 'polite', id: 'outcome' });
  const tbody = h('tbody');
  let items: PendingTransfer[] = [];
  const search = h('input', { id: 'transfer-search', type: 'search', oninput: () => render() });

  const row = (x: PendingTransfer) => {
    const inputId = `received-${x.id}`;
    const key = crypto.randomUUID();
    const amount = h('input', { id: inputId, type: 'number', min: 1, step: 1, inputmode: 'numeric', value: x.amount, required: true });
    const dateId = `arrived-${x.id}`;
    const today = tokyoToday();
    const arrived = h('input', {
      id: dateId,
      type: 'date',
      value: today,
      max: today,
      min: tokyoToday(new Date(x.orderedAt)),
      required: true,
      'aria-describedby': 'arrival-hint',
    });
    const button = h('button', { type: 'submit' }, t('confirm'));
    const form = h(
      'form',
      {
        class: 'inline',
        onsubmit: async (e: Event) => {
          e.preventDefault();
          if (!arrived.value) {
            status.textContent = t('arrivalRequired');
            status.className = 'error';
            arrived.focus();
            return;
          }
          button.disabled = true;
          const received = Number(amount.value);
          try {
            const r = await api.confirmTransfer(x.id, received, arrived.value, key);
            status.textContent = outcomeText(r, x, received, t, lang());
            status.className = 'ok';
            // Confirmed: it leaves this queue now, before its order's status row catches up.
            items = items.filter((i) => i.id !== x.id);
            render();
          } catch (err) {
            status.textContent = err instanceof ApiProblem ? err.problem.detail : (err as Error).message;
            status.className = 'error';
            button.disabled = false;
          }
        },
      },
      h('label', { for: inputId, class: 'visually-hidden' }, t('amountFor', { reference: x.reference ?? x.id })),
      amount,
      h('label', { for: dateId, class: 'visually-hidden' }, t('arrivedFor', { reference: x.reference ?? x.id })),
      arrived,
      button,
    );
    return h(
      'tr',
      { 'data-order-id': x.id },
      h('td', {}, x.deadlineAt ? jst(x.deadlineAt, lang()) : '—'),
      h('td', { class: 'mono' }, x.reference ?? '—'),
      h('td', { class: 'num' }, yen(x.amount, lang())),
      h('td', {}, h('span', { class: 'mono' }, x.accountLoginId), h('br'), x.accountName),
      h('td', {}, form),
    );
  };

  function render() {
    const shown = items.filter((x) => matches(x, search.value));
    show(tbody, ...(shown.length ? shown.map(row) : [h('tr', {}, h('td', { colspan: 5 }, t('none')))]));
  }

  async function load() {
    items = await api.pendingTransfers();
    render();
  }

  void load();
  return h(
    'section',
    { 'aria-labelledby': 'transfers-title' },
    h('h1', { id: 'transfers-title' }, t('transfersTitle')),
    h('p', { class: 'hint' }, t('transfersHint')),
    h('p', { class: 'hint', id: 'arrival-hint' }, t('arrivalHint')),
    h('label', { for: 'transfer-search' }, t('search')),
    search,
    status,
    h(
      'table',
      {},
      h('caption', { class: 'visually-hidden' }, t('transfersTitle')),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t('colDeadline')),
          h('th', { scope: 'col' }, t('colReference')),
          h('th', { scope: 'col' }, t('colExpected')),
          h('th', { scope: 'col' }, t('colAccount')),
          h('th', { scope: 'col' }, t('colConfirm')),
        ),
      ),
      tbody,
    ),
  );
}
