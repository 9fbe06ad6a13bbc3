import { ApiProblem, type ServicesOrderRequestBody, type ServicesQuote, type ServicesQuoteLine } from '../../../shared/api-client';
import { h, show } from '../../../shared/dom';
import { yen } from '../../../shared/i18n';
import type { PageContext } from '../../page';
import { numberKindWord, problemText, uniqueKindWord } from './words';

/**
 * The confirmation step: the API's quote (lines, subtotal, 10% tax, total, balance), then
 * "Purchase". The order keeps one Idempotency-Key per quote, so a double click or a retried
 * request buys once; any change to the order withdraws the quote.
 */
export function orderQuote(ctx: PageContext, request: () => ServicesOrderRequestBody | string) {
  const { t, lang } = ctx;
  const status = h('p', { role: 'status', 'aria-live': 'polite', id: 'buy-quote-status' });
  const body = h('div', { id: 'buy-quote' });
  const review = h('button', { type: 'button', id: 'buy-review' }, t('buyQuoteButton'));
  let shown = false;

  const say = (text: string, cls = '') => {
    status.className = cls;
    status.textContent = text;
  };

  const lineText = (l: ServicesQuoteLine) =>
    l.type === 'unique'
      ? t('buyLineUnique', { kind: uniqueKindWord(t, l.kind), quantity: l.quantity ?? 1 })
      : t('buyLineNumber', { kind: numberKindWord(t, l.kind), number: l.numberDisplay ?? '' });

  const money = (n: number) => yen(n, lang());

  function confirmButton(req: ServicesOrderRequestBody): HTMLButtonElement {
    let key = crypto.randomUUID();
    const button = h('button', { type: 'button', id: 'buy-confirm' }, t('buyConfirm'));
    button.addEventListener('click', async () => {
      button.disabled = true;
      review.disabled = true;
      say(t('buyPlacing'));
      try {
        const order = await ctx.api.placeServicesOrder(req, key);
        ctx.go(`/orders/${order.id}`);
      } catch (err) {
        // A refusal is this key's answer for good; only a lost answer is retried with the same key.
        if (err instanceof ApiProblem) key = crypto.randomUUID();
        say(problemText(err), 'error');
        button.disabled = false;
        review.disabled = false;
      }
    });
    return button;
  }

  function draw(q: ServicesQuote, req: ServicesOrderRequestBody) {
    const rate = q.taxByRate[0]?.rate ?? 10;
    const totalRow = (label: string, amount: number, cls = '') =>
      h('tr', { class: cls }, h('th', { scope: 'row', colspan: 3 }, label), h('td', { class: 'num' }, money(amount)));
    show(
      body,
      h(
        'table',
        { class: 'stack-on-phone quote' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, t('buyItem')),
            h('th', { scope: 'col', class: 'num' }, t('buyMonthly')),
            h('th', { scope: 'col', class: 'num' }, t('buyInitial')),
            h('th', { scope: 'col', class: 'num' }, t('buyAmount')),
          ),
        ),
        h(
          'tbody',
          {},
          ...q.lines.map((l) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, lineText(l)),
              h('td', { class: 'num', 'data-label': t('buyMonthly') }, money(l.monthlyFee)),
              h('td', { class: 'num', 'data-label': t('buyInitial') }, money(l.initialFee)),
              h('td', { class: 'num', 'data-label': t('buyAmount') }, money(l.amount)),
            ),
          ),
        ),
        h(
          'tfoot',
          {},
          totalRow(t('buySubtotal'), q.subtotal),
          totalRow(t('buyTax', { rate }), q.tax),
          totalRow(t('buyTotal'), q.total, 'total'),
          totalRow(t('buyBalance'), q.balance),
        ),
      ),
      h('p', { class: 'hint' }, t('buyAmountHint')),
      q.sufficient
        ? confirmButton(req)
        : h(
            'p',
            { class: 'error', id: 'buy-insufficient' },
            t('buyInsufficient', { short: money(q.total - q.balance) }),
            ' ',
            ctx.session?.kind === 'account'
              ? h('a', { href: '/topup', onclick: (e: Event) => (e.preventDefault(), ctx.go('/topup')) }, t('buyTopUp'))
              : null,
          ),
    );
    shown = true;
  }

  review.addEventListener('click', async () => {
    const req = request();
    if (typeof req === 'string') return say(req, 'error');
    review.disabled = true;
    say('');
    try {
      draw(await ctx.api.quoteServicesOrder(req), req);
    } catch (err) {
      show(body);
      say(problemText(err), 'error');
    } finally {
      review.disabled = false;
    }
  });

  const element = h(
    'section',
    { class: 'card', 'aria-labelledby': 'buy-quote-title' },
    h('h2', { id: 'buy-quote-title' }, t('buyQuoteTitle')),
    review,
    status,
    body,
  );
  return {
    element,
    /** Withdraws a shown quote: the order it priced has changed. */
    invalidate() {
      if (!shown) return;
      shown = false;
      show(body);
      say(t('buyQuoteStale'));
    },
  };
}
