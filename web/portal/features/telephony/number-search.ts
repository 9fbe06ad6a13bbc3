import type { PhoneNumberOffer } from '../../../shared/api-client';
import { h, show } from '../../../shared/dom';
import { yen } from '../../../shared/i18n';
import type { PageContext } from '../../page';
import { clearFieldErrors, fieldSlot, showFieldErrors } from './field-errors';
import { numberKindWord, problemText, SEARCHABLE_NUMBER_KINDS } from './words';

/** The cart as the search sees it: what is in it, and putting a number in. */
export interface CartPort {
  has(numberId: string): boolean;
  add(offer: PhoneNumberOffer): Promise<void>;
}

/** "Search" lists the numbers on sale now by kind, area code and digits; each can go into the cart. */
export function numberSearch(ctx: PageContext, cart: CartPort): HTMLElement {
  const { t, lang } = ctx;
  const kind = h(
    'select',
    { id: 'buy-number-kind' },
    ...SEARCHABLE_NUMBER_KINDS.map((k) => h('option', { value: k, selected: k === 'local' }, numberKindWord(t, k))),
  );
  const areaCode = h('input', { id: 'buy-area-code', inputmode: 'numeric', autocomplete: 'off', maxlength: 5, class: 'short' });
  const contains = h('input', { id: 'buy-digits', inputmode: 'numeric', autocomplete: 'off', maxlength: 11, class: 'short' });
  const slots = [
    fieldSlot('kind', t('buyNumberKind'), kind),
    fieldSlot('areaCode', t('buyAreaCode'), areaCode, t('buyAreaCodeHint')),
    fieldSlot('contains', t('buyDigits'), contains, t('buyDigitsHint')),
  ];
  const status = h('p', { role: 'status', 'aria-live': 'polite', id: 'buy-search-status' });
  const results = h('div', { class: 'results' });
  const submit = h('button', { type: 'submit', id: 'buy-search' }, t('buySearch'));

  const addButton = (o: PhoneNumberOffer) => {
    // The number is part of the button's name (hidden from sight), so that each row's button says what it adds.
    const label = (text: string) => show(button, text, h('span', { class: 'visually-hidden' }, ` ${o.numberDisplay}`));
    const button = h('button', { type: 'button', disabled: !o.purchasable || cart.has(o.id) });
    label(!o.purchasable ? t('buyNotForSale') : cart.has(o.id) ? t('buyInCart') : t('buyAddToCart'));
    button.addEventListener('click', async () => {
      button.disabled = true;
      try {
        await cart.add(o);
        label(t('buyInCart'));
        status.className = 'ok';
        status.textContent = t('buyAdded', { number: o.numberDisplay });
      } catch (err) {
        button.disabled = false;
        status.className = 'error';
        status.textContent = problemText(err);
      }
    });
    return button;
  };

  const table = (items: PhoneNumberOffer[]) =>
    h(
      'table',
      { class: 'stack-on-phone', id: 'buy-search-results' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t('buyNumber')),
          h('th', { scope: 'col' }, t('buyKind')),
          h('th', { scope: 'col', class: 'num' }, t('buyMonthly')),
          h('th', { scope: 'col', class: 'num' }, t('buyInitial')),
          h('th', { scope: 'col' }, t('buyAction')),
        ),
      ),
      h(
        'tbody',
        {},
        ...items.map((o) =>
          h(
            'tr',
            { 'data-number': o.number },
            h('th', { scope: 'row', class: 'mono' }, o.numberDisplay),
            h('td', { 'data-label': t('buyKind') }, numberKindWord(t, o.kind)),
            h('td', { class: 'num', 'data-label': t('buyMonthly') }, o.monthlyFee === null ? '—' : yen(o.monthlyFee, lang())),
            h('td', { class: 'num', 'data-label': t('buyInitial') }, o.initialFee === null ? '—' : yen(o.initialFee, lang())),
            h('td', { class: 'actions' }, addButton(o)),
          ),
        ),
      ),
    );

  const onsubmit = async (e: Event) => {
    e.preventDefault();
    clearFieldErrors(slots);
    submit.disabled = true;
    status.className = '';
    status.textContent = t('buySearching');
    try {
      const items = await ctx.api.searchPhoneNumbers({
        kind: kind.value,
        areaCode: areaCode.value.trim(),
        contains: contains.value.trim(),
        limit: 20,
      });
      status.textContent = items.length ? t('buyFound', { count: items.length }) : t('buyNoneFound');
      show(results, items.length ? table(items) : null);
    } catch (err) {
      show(results);
      status.className = 'error';
      status.textContent = showFieldErrors(slots, err) ? '' : problemText(err);
    } finally {
      submit.disabled = false;
    }
  };

  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'buy-numbers-title' },
    h('h2', { id: 'buy-numbers-title' }, t('buyNumbersTitle')),
    h('form', { class: 'search-form', novalidate: true, onsubmit }, ...slots.map((s) => s.element), h('div', { class: 'field' }, submit)),
    status,
    results,
  );
}
