import type { StockLevel, StockReceipt } from '../../../shared/api-client';
import { h, show } from '../../../shared/dom';
import { jst } from '../../../shared/i18n';
import type { PageContext } from '../../page';
import { failureText } from './form-values';

/**
 * Device stock: each model's stock, the form that receives a delivery, and a model's receipts.
 * The form keeps one Idempotency-Key until a receipt succeeds, so a double click adds once.
 */
export function stockSection(ctx: PageContext): HTMLElement {
  const { api, t, lang } = ctx;
  const status = h('p', { role: 'status', 'aria-live': 'polite', id: 'stock-status' });
  const tbody = h('tbody');
  const history = h('div', { class: 'catalog-history' });
  const model = h('select', { id: 'stock-model', required: true });
  const quantity = h('input', { id: 'stock-quantity', type: 'number', min: 1, max: 10_000, step: 1, inputmode: 'numeric', required: true });
  const note = h('input', { id: 'stock-note', maxlength: 500 });
  const submit = h('button', { type: 'submit' }, t('stockReceive'));
  let key = crypto.randomUUID();
  let levels: StockLevel[] = [];

  const fail = (err: unknown) => {
    status.textContent = failureText(err);
    status.className = 'error';
  };

  const receiptRow = (r: StockReceipt) =>
    h(
      'tr',
      { 'data-receipt-id': r.id },
      h('td', {}, jst(r.receivedAt, lang())),
      h('td', { class: 'num' }, r.quantity),
      h('td', { class: 'num' }, r.stockAfter),
      h('td', {}, r.receivedBy.name),
      h('td', {}, r.note || t('catNever')),
    );

  async function showHistory(code: string) {
    const items = await api.stockReceipts(code);
    show(
      history,
      h(
        'section',
        { 'aria-labelledby': 'stock-history-title' },
        h('h3', { id: 'stock-history-title' }, t('stockHistoryTitle', { model: code })),
        h(
          'table',
          {},
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col' }, t('stockColAt')),
              h('th', { scope: 'col' }, t('stockColQuantity')),
              h('th', { scope: 'col' }, t('stockColAfter')),
              h('th', { scope: 'col' }, t('stockColBy')),
              h('th', { scope: 'col' }, t('stockColNote')),
            ),
          ),
          h('tbody', {}, ...(items.length ? items.map(receiptRow) : [h('tr', {}, h('td', { colspan: 5 }, t('stockHistoryNone')))])),
        ),
      ),
    );
  }

  const levelRow = (l: StockLevel) =>
    h(
      'tr',
      { 'data-model': l.code },
      h('th', { scope: 'row' }, h('span', { class: 'mono' }, l.code), l.name !== l.code ? ` ${l.name}` : ''),
      h('td', {}, l.maker),
      h('td', { class: 'num' }, t('stockUnits', { count: l.stock.toLocaleString(lang() === 'ja' ? 'ja-JP' : 'en-US') })),
      h('td', {}, l.lastReceivedAt ? jst(l.lastReceivedAt, lang()) : t('catNever')),
      h('td', {}, t(l.active ? 'catYes' : 'catNo')),
      h(
        'td',
        {},
        h(
          'button',
          {
            type: 'button',
            class: 'secondary',
            'aria-label': t('stockShowHistoryOf', { model: l.code }),
            onclick: () => showHistory(l.code).catch(fail),
          },
          t('stockShowHistory'),
        ),
      ),
    );

  async function load(selected = model.value) {
    levels = await api.stockLevels();
    show(tbody, ...levels.map(levelRow));
    show(model, ...levels.map((l) => h('option', { value: l.code, selected: l.code === selected }, `${l.code} (${l.maker})`)));
  }

  const form = h(
    'form',
    {
      class: 'catalog-form',
      'aria-labelledby': 'stock-receive-title',
      onsubmit: async (e: Event) => {
        e.preventDefault();
        submit.disabled = true;
        try {
          const r = await api.receiveStock(model.value, Number(quantity.value), note.value, key);
          const words = t('stockReceived', { model: r.modelCode, quantity: r.quantity, stock: r.stockAfter });
          status.textContent = r.duplicate ? `${words} ${t('stockDuplicate')}` : words;
          status.className = 'ok';
          key = crypto.randomUUID();
          quantity.value = '';
          note.value = '';
          await load(r.modelCode);
          await showHistory(r.modelCode);
        } catch (err) {
          fail(err);
        } finally {
          submit.disabled = false;
        }
      },
    },
    h('h3', { id: 'stock-receive-title' }, t('stockReceiveTitle')),
    h('div', { class: 'field' }, h('label', { for: 'stock-model' }, t('stockModel')), model),
    h('div', { class: 'field' }, h('label', { for: 'stock-quantity' }, t('stockQuantity')), quantity),
    h('div', { class: 'field wide' }, h('label', { for: 'stock-note' }, t('stockNote')), note),
    h('div', { class: 'field' }, submit),
  );
  // Editing the delivery after a failure makes it a new request, with its own key.
  for (const input of [model, quantity, note]) input.addEventListener('input', () => (key = crypto.randomUUID()));

  void load().catch(fail);
  return h(
    'section',
    { 'aria-labelledby': 'stock-title' },
    h('h2', { id: 'stock-title' }, t('stockTitle')),
    h('p', { class: 'hint' }, t('stockHint')),
    status,
    h(
      'table',
      {},
      h('caption', { class: 'visually-hidden' }, t('stockTitle')),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t('stockColModel')),
          h('th', { scope: 'col' }, t('stockColMaker')),
          h('th', { scope: 'col' }, t('stockColStock')),
          h('th', { scope: 'col' }, t('stockColLast')),
          h('th', { scope: 'col' }, t('stockColOnSale')),
          h('th', { scope: 'col' }, t('stockColHistory')),
        ),
      ),
      tbody,
    ),
    form,
    history,
  );
}
