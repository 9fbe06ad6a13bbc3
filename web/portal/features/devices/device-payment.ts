import type { DevicePayment, RegisteredCard, TopupOptions } from '../../../shared/api-client';
import { h, show } from '../../../shared/dom';
import { yen } from '../../../shared/i18n';
import type { PortalMessage } from '../../messages';
import type { PageContext } from '../../page';
import { cardEntryFrame, type TokenisedCard } from '../prepaid/card-entry';

/** The ways a device order can be paid directly: as a top-up of the total would be. */
const DIRECT = ['card', 'registered_card', 'konbini'] as const;

/** The payment choice on the confirmation screen, and what it asks of the API. */
export interface PaymentChoice {
  element: HTMLElement;
  /** The chosen payment, or why it cannot be sent yet (a card not entered). */
  payment(): DevicePayment | { problem: string };
  /** Whether the purchase button may be pressed. */
  ready(): boolean;
}

/**
 * How the customer pays a device order (manual §0, §5: a customer who only buys devices need not
 * top up first): the prepaid balance, or directly by card (3-D Secure), registered card or
 * convenience store, each within the range a top-up of that method allows. A circle login pays
 * from the balance only, since payment methods belong to the account.
 */
export function paymentChoice(ctx: PageContext, total: number, sufficient: boolean, onChange: () => void): PaymentChoice {
  const { t } = ctx;
  const money = (n: number) => yen(n, ctx.lang());
  let method: DevicePayment['method'] = 'balance';
  let card: TokenisedCard | undefined;
  let cards: RegisteredCard[] = [];
  const fieldset = h('fieldset', { class: 'stack dev-payment', id: 'dev-payment' }, h('legend', {}, t('devPayment')));
  const extra = h('div', { class: 'stack', id: 'dev-payment-extra' });
  const cardSelect = h('select', { id: 'dev-payment-card' });
  const cardReady = h('p', { class: 'ok', role: 'status', id: 'dev-payment-card-ready' });

  const radio = (m: DevicePayment['method'], label: string, hint: string, disabled = false) => {
    const input = h('input', { type: 'radio', name: 'dev-payment', id: `dev-pay-${m}`, value: m, checked: m === method, disabled });
    input.addEventListener('change', () => {
      method = m;
      drawExtra();
      onChange();
    });
    return h('div', { class: 'method-choice' }, input, h('label', { for: `dev-pay-${m}` }, label), h('span', { class: 'hint' }, hint));
  };

  function drawExtra(options?: TopupOptions) {
    card = undefined;
    cardReady.textContent = '';
    if (method === 'card' && options)
      return show(
        extra,
        cardEntryFrame(ctx, options.cardEntry, (c) => {
          card = c;
          cardReady.textContent = t('topupCardReady', { brand: c.brand.toUpperCase(), last4: c.last4 });
          onChange();
        }),
        cardReady,
      );
    if (method === 'registered_card') return show(extra, h('label', { for: 'dev-payment-card' }, t('topupRegisteredCard')), cardSelect);
    show(extra);
  }

  let options: TopupOptions | undefined;
  const draw = () => {
    const direct = options
      ? DIRECT.flatMap((m) => {
          const range = options!.methods.find((r) => r.method === m);
          if (!range || (m === 'registered_card' && !cards.length)) return [];
          const hint = fits(m)
            ? t(`methodHint_${m}` as PortalMessage)
            : t('devPaymentOutOfRange', { min: money(range.min), max: money(range.max) });
          return [radio(m, t(`method_${m}` as PortalMessage), hint, !fits(m))];
        })
      : [];
    show(
      fieldset,
      h('legend', {}, t('devPayment')),
      radio('balance', t('devPayBalance'), sufficient ? t('devPayBalanceHint') : t('devShort')),
      ...direct,
      extra,
    );
    drawExtra(options);
  };
  const fits = (m: DevicePayment['method']) => {
    const range = options?.methods.find((r) => r.method === m);
    return !!range && total >= range.min && total <= range.max && (m !== 'registered_card' || cards.length > 0);
  };
  draw();

  if (ctx.session?.kind === 'account')
    void Promise.all([ctx.api.topupOptions(), ctx.api.registeredCards()])
      .then(([o, c]) => {
        options = o;
        cards = c.items;
        show(
          cardSelect,
          ...cards.map((x) =>
            h('option', { value: x.id }, `${x.brand.toUpperCase()} •••• ${x.last4} (${String(x.expMonth).padStart(2, '0')}/${x.expYear})`),
          ),
        );
        // A customer whose balance cannot pay is offered the first direct way that can.
        if (!sufficient) method = DIRECT.find(fits) ?? 'balance';
        draw();
        onChange();
      })
      .catch(() => undefined);

  return {
    element: fieldset,
    payment: () => {
      switch (method) {
        case 'balance':
          return { method };
        case 'card':
          return card ? { method, cardToken: card.token } : { problem: t('topupCardMissing') };
        case 'registered_card':
          return { method, cardId: cardSelect.value };
        case 'konbini':
          return { method };
      }
    },
    ready: () => method !== 'balance' || sufficient,
  };
}
