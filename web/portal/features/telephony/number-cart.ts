import type { PhoneNumberHold, PhoneNumberOffer } from '../../../shared/api-client';
import { h, show } from '../../../shared/dom';
import { yen } from '../../../shared/i18n';
import type { PageContext } from '../../page';
import { everySecond, numberKindWord, problemText, timeLeft } from './words';

/**
 * The cart: the numbers held for the account, each with its hold's countdown (redrawn each
 * second), an Extend and a Remove button. A hold that ran out is said so and leaves the order.
 */
export function numberCart(ctx: PageContext, changed: () => void) {
  const { t, lang } = ctx;
  let holds: PhoneNumberHold[] = [];
  const expired = new Set<string>();
  const status = h('p', { role: 'status', 'aria-live': 'polite', id: 'buy-cart-status' });
  const body = h('div', {});
  const countdowns = new Map<string, HTMLElement>();

  const say = (text: string, ok: boolean) => {
    status.className = ok ? 'ok' : 'error';
    status.textContent = text;
  };

  const act = async (run: () => Promise<string>) => {
    try {
      say(await run(), true);
    } catch (err) {
      say(problemText(err), false);
      await reload();
    }
  };

  const row = (hold: PhoneNumberHold) => {
    const countdown = h('td', { class: 'countdown num', 'data-expires-at': hold.expiresAt, 'data-label': t('buyTimeLeft') });
    countdowns.set(hold.id, countdown);
    const extend = h(
      'button',
      {
        type: 'button',
        class: 'secondary',
        'aria-label': t('buyExtendNumber', { number: hold.numberDisplay }),
        onclick: () =>
          act(async () => {
            const extended = await ctx.api.extendPhoneNumberHold(hold.id);
            holds = holds.map((x) => (x.id === hold.id ? extended : x));
            draw();
            return t('buyExtended', { number: hold.numberDisplay });
          }),
      },
      t('buyExtend'),
    );
    const remove = h(
      'button',
      {
        type: 'button',
        class: 'secondary',
        'aria-label': t('buyRemoveNumber', { number: hold.numberDisplay }),
        onclick: () =>
          act(async () => {
            await ctx.api.releasePhoneNumberHold(hold.id);
            holds = holds.filter((x) => x.id !== hold.id);
            draw();
            changed();
            return t('buyRemoved', { number: hold.numberDisplay });
          }),
      },
      t('buyRemove'),
    );
    return h(
      'tr',
      { 'data-hold-id': hold.id, 'data-number': hold.number },
      h('th', { scope: 'row', class: 'mono' }, hold.numberDisplay),
      h('td', { 'data-label': t('buyKind') }, numberKindWord(t, hold.kind)),
      h('td', { class: 'num', 'data-label': t('buyMonthly') }, yen(hold.monthlyFee ?? 0, lang())),
      h('td', { class: 'num', 'data-label': t('buyInitial') }, yen(hold.initialFee ?? 0, lang())),
      countdown,
      h('td', { class: 'actions' }, extend, remove),
    );
  };

  const tick = () => {
    let ran = false;
    for (const hold of holds) {
      const cell = countdowns.get(hold.id);
      const left = timeLeft(hold.expiresAt);
      if (cell) cell.textContent = left.seconds > 0 ? t('buyCountdown', { time: left.text }) : t('buyExpired');
      if (left.seconds === 0 && !expired.has(hold.id)) {
        expired.add(hold.id);
        say(t('buyExpiredNotice', { number: hold.numberDisplay }), false);
        ran = true;
      }
    }
    if (ran) {
      holds = holds.filter((x) => !expired.has(x.id));
      draw();
      changed();
    }
  };

  function draw() {
    countdowns.clear();
    show(
      body,
      holds.length
        ? h(
            'table',
            { class: 'stack-on-phone', id: 'buy-cart' },
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
                h('th', { scope: 'col', class: 'num' }, t('buyTimeLeft')),
                h('th', { scope: 'col' }, t('buyAction')),
              ),
            ),
            h('tbody', {}, ...holds.map(row)),
          )
        : h('p', { class: 'hint' }, t('buyCartEmpty')),
    );
    for (const hold of holds) {
      const left = timeLeft(hold.expiresAt);
      countdowns.get(hold.id)!.textContent = t('buyCountdown', { time: left.text });
    }
  }

  async function reload() {
    holds = await ctx.api.phoneNumberHolds();
    draw();
    changed();
  }

  const element = h(
    'section',
    { class: 'card', 'aria-labelledby': 'buy-cart-title' },
    h('h2', { id: 'buy-cart-title' }, t('buyCartTitle')),
    h('p', { class: 'hint' }, t('buyCartHint')),
    body,
    status,
  );
  everySecond(element, tick);

  return {
    element,
    reload,
    /** The numbers in the cart whose holds are still running. */
    numberIds: () => holds.filter((x) => timeLeft(x.expiresAt).seconds > 0).map((x) => x.numberId),
    has: (numberId: string) => holds.some((x) => x.numberId === numberId),
    async add(offer: PhoneNumberOffer) {
      const held = await ctx.api.holdPhoneNumber(offer.id);
      holds = [...holds.filter((x) => x.numberId !== held.numberId), held];
      draw();
      changed();
    },
  };
}
