import type { PriceKind, PriceLine, PriceVersion } from '../../../shared/api-client';
import { PRICE_KINDS } from '../../../shared/api/catalog';
import { h, show } from '../../../shared/dom';
import { jst, yen } from '../../../shared/i18n';
import type { StaffMessage } from '../../messages';
import type { PageContext } from '../../page';
import { failureText, fromJstInput, tomorrowJst } from './form-values';

const kindLabel = (kind: PriceKind): StaffMessage => `catKind_${kind}`;

/**
 * Service and overseas-number prices: the version in effect and the scheduled ones per key, the
 * form that schedules a new version, and the withdrawal of one not yet in effect.
 */
export function pricesSection(ctx: PageContext): HTMLElement {
  const { api, t, lang } = ctx;
  const status = h('p', { role: 'status', 'aria-live': 'polite', id: 'price-status' });
  const tbody = h('tbody');
  const kind = h('select', { id: 'price-kind', required: true });
  const country = h('input', {
    id: 'price-country',
    maxlength: 2,
    pattern: '[A-Z]{2}',
    autocomplete: 'off',
    'aria-describedby': 'price-country-hint',
  });
  const money = (id: string) => h('input', { id, type: 'number', min: 0, max: 10_000_000, step: 1, inputmode: 'numeric', required: true });
  const monthly = money('price-monthly');
  const initial = money('price-initial');
  const validFrom = h('input', { id: 'price-valid-from', type: 'datetime-local', required: true, value: tomorrowJst() });
  const note = h('input', { id: 'price-note', maxlength: 500 });
  const submit = h('button', { type: 'submit' }, t('priceSchedule'));
  let key = crypto.randomUUID();

  const fail = (err: unknown) => {
    status.textContent = failureText(err);
    status.className = 'error';
  };
  const label = (l: { kind: PriceKind; country: string }) => (l.country ? `${t(kindLabel(l.kind))} ${l.country}` : t(kindLabel(l.kind)));

  const syncCountry = () => {
    const overseas = kind.value === 'overseas';
    country.disabled = !overseas;
    country.required = overseas;
    if (!overseas) country.value = '';
  };

  const scheduledItem = (l: PriceLine, v: PriceVersion) => {
    const from = jst(v.validFrom, lang());
    return h(
      'li',
      { 'data-version-id': v.id },
      t('priceScheduledItem', {
        from,
        monthly: yen(v.monthly, lang()),
        initial: yen(v.initial, lang()),
        by: v.createdBy?.name ?? t('priceSeeded'),
      }),
      v.note ? ` — ${v.note}` : '',
      ' ',
      h(
        'button',
        {
          type: 'button',
          class: 'secondary',
          'aria-label': t('priceWithdrawFor', { kind: label(l), from }),
          onclick: async (e: Event) => {
            (e.currentTarget as HTMLButtonElement).disabled = true;
            try {
              await api.withdrawPrice(v.id);
              status.textContent = t('priceWithdrawn', { kind: label(l), from });
              status.className = 'ok';
              await load();
            } catch (err) {
              fail(err);
            }
          },
        },
        t('priceWithdraw'),
      ),
    );
  };

  const lineRow = (l: PriceLine) =>
    h(
      'tr',
      { 'data-price-key': `${l.kind}:${l.country}` },
      h('th', { scope: 'row' }, t(kindLabel(l.kind))),
      h('td', { class: 'mono' }, l.country || t('catNever')),
      h('td', { class: 'num' }, l.current ? yen(l.current.monthly, lang()) : t('catNever')),
      h('td', { class: 'num' }, l.current ? yen(l.current.initial, lang()) : t('catNever')),
      h('td', {}, l.current ? jst(l.current.validFrom, lang()) : t('catNever')),
      h(
        'td',
        {},
        l.scheduled.length ? h('ul', { class: 'plain' }, ...l.scheduled.map((v) => scheduledItem(l, v))) : t('priceNoneScheduled'),
      ),
    );

  async function load() {
    const board = await api.priceLines();
    show(tbody, ...board.items.map(lineRow));
    if (!kind.options.length) {
      show(kind, ...PRICE_KINDS.map((k) => h('option', { value: k }, t(kindLabel(k)))));
      syncCountry();
    }
  }

  const form = h(
    'form',
    {
      class: 'catalog-form',
      'aria-labelledby': 'price-form-title',
      onsubmit: async (e: Event) => {
        e.preventDefault();
        submit.disabled = true;
        try {
          const v = await api.schedulePrice(
            {
              kind: kind.value as PriceKind,
              ...(country.value ? { country: country.value.trim().toUpperCase() } : {}),
              monthly: Number(monthly.value),
              initial: Number(initial.value),
              validFrom: fromJstInput(validFrom.value),
              ...(note.value.trim() ? { note: note.value.trim() } : {}),
            },
            key,
          );
          status.textContent = t('priceScheduled', {
            kind: label(v),
            from: jst(v.validFrom, lang()),
            monthly: yen(v.monthly, lang()),
            initial: yen(v.initial, lang()),
          });
          status.className = 'ok';
          key = crypto.randomUUID();
          for (const input of [monthly, initial, note]) input.value = '';
          await load();
        } catch (err) {
          fail(err);
        } finally {
          submit.disabled = false;
        }
      },
    },
    h('h3', { id: 'price-form-title' }, t('priceFormTitle')),
    h('div', { class: 'field' }, h('label', { for: 'price-kind' }, t('priceKind')), kind),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'price-country' }, t('priceCountry')),
      country,
      h('span', { id: 'price-country-hint', class: 'visually-hidden' }, 'ISO 3166-1 alpha-2'),
    ),
    h('div', { class: 'field' }, h('label', { for: 'price-monthly' }, t('priceMonthly')), monthly),
    h('div', { class: 'field' }, h('label', { for: 'price-initial' }, t('priceInitial')), initial),
    h('div', { class: 'field' }, h('label', { for: 'price-valid-from' }, t('priceValidFrom')), validFrom),
    h('div', { class: 'field wide' }, h('label', { for: 'price-note' }, t('priceNote')), note),
    h('div', { class: 'field' }, submit),
  );
  kind.addEventListener('change', syncCountry);
  // A changed form is a new request with its own key; an unchanged retry keeps the first one's.
  for (const input of [kind, country, monthly, initial, validFrom, note])
    input.addEventListener('input', () => (key = crypto.randomUUID()));

  void load().catch(fail);
  return h(
    'section',
    { 'aria-labelledby': 'price-title' },
    h('h2', { id: 'price-title' }, t('priceTitle')),
    h('p', { class: 'hint' }, t('priceHint')),
    status,
    h(
      'table',
      {},
      h('caption', { class: 'visually-hidden' }, t('priceTitle')),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t('priceColKind')),
          h('th', { scope: 'col' }, t('priceColCountry')),
          h('th', { scope: 'col' }, t('priceColMonthly')),
          h('th', { scope: 'col' }, t('priceColInitial')),
          h('th', { scope: 'col' }, t('priceColSince')),
          h('th', { scope: 'col' }, t('priceColScheduled')),
        ),
      ),
      tbody,
    ),
    form,
  );
}
