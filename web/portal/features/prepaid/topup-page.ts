import { ApiProblem, type RegisteredCard, type TopupMethodCode, type TopupOptions, type TopupOrderBody } from '../../../shared/api-client';
import { h, show } from '../../../shared/dom';
import { yen } from '../../../shared/i18n';
import type { PortalMessage } from '../../messages';
import type { PageContext } from '../../page';
import { cardEntryFrame, type TokenisedCard } from './card-entry';

/**
 * The top-up: the method first, then the amount from the select box or typed in (the typed one
 * wins), only within the method's range; a new card is typed into the processor's frame.
 */
export function topupPage(ctx: PageContext): HTMLElement {
  const section = h('section', { class: 'card stack topup-page', 'aria-labelledby': 'topup-title' });
  show(section, h('h1', { id: 'topup-title' }, ctx.t('topupTitle')), h('p', { role: 'status' }, ctx.t('loading')));
  void Promise.all([ctx.api.topupOptions(), ctx.api.registeredCards()])
    .then(([options, cards]) => show(section, h('h1', { id: 'topup-title' }, ctx.t('topupTitle')), topupForm(ctx, options, cards.items)))
    .catch((err: unknown) => show(section, h('p', { class: 'error', role: 'alert' }, (err as Error).message)));
  return section;
}

function topupForm(ctx: PageContext, options: TopupOptions, cards: RegisteredCard[]): HTMLElement {
  const { t } = ctx;
  const money = (n: number) => yen(n, ctx.lang());
  const requested = options.methods.find((m) => m.method === ctx.query.get('method'))?.method;
  let method: TopupMethodCode = requested ?? options.methods[0]!.method;
  let card: TokenisedCard | undefined;
  let idempotencyKey = crypto.randomUUID();
  const range = () => options.methods.find((m) => m.method === method)!;

  const methodRadios = options.methods.map((m) => {
    const input = h('input', { type: 'radio', name: 'method', id: `method-${m.method}`, value: m.method, checked: m.method === method });
    input.addEventListener('change', () => {
      method = m.method;
      changed();
    });
    return h(
      'div',
      { class: 'method-choice' },
      input,
      h('label', { for: `method-${m.method}` }, t(`method_${m.method}` as PortalMessage)),
      h('span', { class: 'hint' }, t(`methodHint_${m.method}` as PortalMessage)),
    );
  });

  const rangeHint = h('p', { class: 'hint', id: 'topup-range' });
  const preset = h('select', { id: 'topup-preset', 'aria-describedby': 'topup-range' });
  const typed = h('input', { id: 'topup-amount', type: 'number', inputmode: 'numeric', step: 1, 'aria-describedby': 'topup-range' });
  const cardPart = h('fieldset', { class: 'stack' });
  const error = h('p', { class: 'error', role: 'alert', id: 'topup-error' });
  const submit = h('button', { type: 'submit', id: 'topup-submit' });

  const amount = (): number | undefined => (typed.value !== '' ? Number(typed.value) : preset.value ? Number(preset.value) : undefined);
  const refreshSubmit = () => {
    const a = amount();
    submit.textContent = a && Number.isSafeInteger(a) ? t('topupSubmit', { amount: money(a) }) : t('topupSubmitNoAmount');
  };
  const drawAmount = () => {
    const { min, max } = range();
    rangeHint.textContent = t('topupRange', { min: money(min), max: money(max) });
    const kept = preset.value;
    const offered = options.presets.filter((p) => p >= min && p <= max);
    show(
      preset,
      h('option', { value: '' }, t('topupPresetNone')),
      ...offered.map((p) => h('option', { value: p, selected: String(p) === kept }, money(p))),
    );
    typed.min = String(min);
    typed.max = String(max);
  };
  const cardSelect = h(
    'select',
    { id: 'topup-card' },
    ...cards.map((c) =>
      h('option', { value: c.id }, `${c.brand.toUpperCase()} •••• ${c.last4} (${String(c.expMonth).padStart(2, '0')}/${c.expYear})`),
    ),
  );
  const cardReady = h('p', { class: 'ok', role: 'status', id: 'topup-card-ready' });
  const drawCard = () => {
    card = undefined;
    cardReady.textContent = '';
    if (method === 'card') {
      show(
        cardPart,
        h('legend', {}, t('topupCardLegend')),
        cardEntryFrame(ctx, options.cardEntry, (c) => {
          card = c;
          cardReady.textContent = t('topupCardReady', { brand: c.brand.toUpperCase(), last4: c.last4 });
          error.textContent = '';
        }),
        cardReady,
      );
    } else if (method === 'registered_card') {
      show(
        cardPart,
        h('legend', {}, t('topupCardLegend')),
        cards.length
          ? h('div', { class: 'stack' }, h('label', { for: 'topup-card' }, t('topupRegisteredCard')), cardSelect)
          : h('p', { class: 'hint' }, t('topupNoRegisteredCard')),
      );
    }
    cardPart.hidden = method !== 'card' && method !== 'registered_card';
  };
  const changed = () => {
    idempotencyKey = crypto.randomUUID();
    error.textContent = '';
    drawAmount();
    drawCard();
    refreshSubmit();
  };
  for (const el of [preset, typed]) {
    el.addEventListener('input', () => {
      idempotencyKey = crypto.randomUUID();
      refreshSubmit();
    });
  }

  const check = (): string | undefined => {
    const a = amount();
    const { min, max } = range();
    if (a === undefined) return t('topupAmountMissing');
    if (!Number.isSafeInteger(a) || a < min || a > max) return t('topupAmountOutOfRange', { min: money(min), max: money(max) });
    if (method === 'card' && !card) return t('topupCardMissing');
    if (method === 'registered_card' && !cards.length) return t('topupNoRegisteredCard');
    return undefined;
  };

  const form = h('form', { class: 'stack', novalidate: true });
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const problem = check();
    if (problem) {
      error.textContent = problem;
      return;
    }
    const body: TopupOrderBody = { method };
    if (typed.value !== '') body.amount = Number(typed.value);
    else body.presetAmount = Number(preset.value);
    if (method === 'card') body.cardToken = card!.token;
    if (method === 'registered_card') body.cardId = cardSelect.value;
    submit.disabled = true;
    error.textContent = '';
    const label = submit.textContent;
    submit.textContent = t('topupSending');
    try {
      const order = await ctx.api.orderTopup(body, idempotencyKey);
      ctx.go(`/orders/${order.id}`);
    } catch (err) {
      error.textContent = err instanceof ApiProblem ? err.problem.detail : (err as Error).message;
      submit.textContent = label;
      submit.disabled = false;
    }
  });

  show(
    form,
    h('fieldset', { class: 'stack methods' }, h('legend', {}, t('topupMethodLegend')), ...methodRadios),
    h(
      'fieldset',
      { class: 'stack' },
      h('legend', {}, t('topupAmountLegend')),
      rangeHint,
      h('label', { for: 'topup-preset' }, t('topupPreset')),
      preset,
      h('label', { for: 'topup-amount' }, t('topupTyped')),
      typed,
    ),
    cardPart,
    submit,
    error,
  );
  changed();
  return form;
}
