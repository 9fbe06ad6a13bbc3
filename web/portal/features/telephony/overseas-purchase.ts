import { ApiProblem, type OverseasCountryOffer } from '../../../shared/api-client';
import { h, show } from '../../../shared/dom';
import { jst, yen } from '../../../shared/i18n';
import type { PageContext } from '../../page';
import { problemText } from './words';

/**
 * Purchase → "Overseas number purchase" (§3): a separate purchase, not part of the cart. The
 * customer picks a country (and area), sees its price with tax and the lead time, and buys; the
 * order page then follows the carrier until the number is ready. One Idempotency-Key per choice.
 */
export function overseasPurchase(ctx: PageContext, circleId: () => string): HTMLElement {
  const { t, lang } = ctx;
  const body = h('div', { class: 'stack' }, h('p', { role: 'status' }, t('loading')));
  const section = h(
    'section',
    { class: 'card', 'aria-labelledby': 'os-title', id: 'overseas-purchase' },
    h('h2', { id: 'os-title' }, t('osTitle')),
    h('p', { class: 'hint' }, t('osIntro')),
    body,
  );
  ctx.api.overseasCountries().then(
    (offers) =>
      show(
        body,
        ...(offers.some((o) => o.available > 0) ? form(offers.filter((o) => o.available > 0)) : [h('p', { class: 'hint' }, t('osNone'))]),
      ),
    (err: unknown) => show(body, h('p', { class: 'error', role: 'alert' }, problemText(err))),
  );

  function form(offers: OverseasCountryOffer[]): HTMLElement[] {
    const country = h('select', { id: 'os-country' }, ...offers.map((o) => h('option', { value: o.country }, o.country)));
    const area = h('select', { id: 'os-area' });
    const price = h('p', { id: 'os-price' });
    const lead = h('p', { class: 'hint', id: 'os-lead-time' });
    const status = h('p', { role: 'status', 'aria-live': 'polite', id: 'os-status' });
    const buy = h('button', { type: 'button', id: 'os-buy' }, t('osBuy'));
    let key = crypto.randomUUID();
    const money = (n: number) => yen(n, lang());
    const chosen = () => offers.find((o) => o.country === country.value) ?? offers[0]!;
    const drawChoice = () => {
      const o = chosen();
      key = crypto.randomUUID();
      show(area, h('option', { value: '' }, t('osAnyArea')), ...o.areaCodes.map((a) => h('option', { value: a }, a)));
      price.textContent = t('osPrice', {
        monthly: money(o.monthlyFee),
        initial: money(o.initialFee),
        total: money(o.total),
        tax: money(o.tax),
      });
      lead.textContent = t('osLeadTime', { days: String(Math.max(1, Math.round(o.leadTimeDays))) });
      status.textContent = '';
    };
    country.addEventListener('change', drawChoice);
    area.addEventListener('change', () => (key = crypto.randomUUID()));
    buy.addEventListener('click', async () => {
      buy.disabled = true;
      status.className = '';
      status.textContent = t('buyPlacing');
      try {
        const order = await ctx.api.placeOverseasNumberOrder(
          { circleId: circleId(), country: country.value, ...(area.value ? { areaCode: area.value } : {}) },
          key,
        );
        ctx.go(`/orders/${order.id}`);
      } catch (err) {
        // A refusal is this key's answer for good; only a lost answer is retried with the same key.
        if (err instanceof ApiProblem) key = crypto.randomUUID();
        status.className = 'error';
        status.textContent = problemText(err);
        buy.disabled = false;
      }
    });
    drawChoice();
    return [
      h('div', { class: 'field' }, h('label', { for: 'os-country' }, t('osCountry')), country),
      h('div', { class: 'field' }, h('label', { for: 'os-area' }, t('osArea')), area),
      price,
      lead,
      buy,
      status,
    ];
  }
  return section;
}

/** What the order page shows for an overseas number order: the number, the country and when the carrier has it ready. */
export function overseasOrderDetails(ctx: PageContext, order: { detail: Record<string, unknown> }): HTMLElement | null {
  const d = order.detail as { country?: string; number?: string; readyBy?: string };
  if (!d.country) return null;
  const { t } = ctx;
  return h(
    'dl',
    { class: 'order-summary', id: 'overseas-order-details' },
    h('dt', {}, t('osCountry')),
    h('dd', {}, d.country),
    d.number ? h('dt', {}, t('osNumber')) : null,
    d.number ? h('dd', { class: 'mono' }, d.number) : null,
    d.readyBy ? h('dt', {}, t('osReadyBy')) : null,
    d.readyBy ? h('dd', {}, jst(d.readyBy, ctx.lang())) : null,
  );
}
