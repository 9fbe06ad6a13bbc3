import type { DeviceModelEntry, DeviceOrderQuote, DeviceOrderRequest, DeviceUniqueChoice } from '../../../shared/api-client';
import { h, show } from '../../../shared/dom';
import { yen } from '../../../shared/i18n';
import type { PageContext } from '../../page';
import { paymentChoice } from './device-payment';
import { portalLink, problemText } from './device-words';

const MAX_QUANTITY = 50;

/**
 * The device order (manual §5): model, quantity, "device settings" (none, or a circle and an
 * active unique per phone), the delivery address; then the confirmation screen, "purchase", thanks.
 */
export function deviceOrderForm(ctx: PageContext, models: DeviceModelEntry[]): HTMLElement {
  const { t } = ctx;
  const holder = h('section', { class: 'card dev-order-form', 'aria-labelledby': 'dev-order-title' });
  const status = h('p', { role: 'status', 'aria-live': 'polite', id: 'dev-order-status' });
  const say = (text: string) => {
    status.textContent = text;
    status.className = text ? 'error' : '';
  };

  const model = h('select', { id: 'dev-model' }, ...models.map((m) => h('option', { value: m.code }, `${m.maker} ${m.name}`)));
  const quantity = h('input', {
    id: 'dev-quantity',
    type: 'number',
    min: 1,
    max: MAX_QUANTITY,
    value: 1,
    required: true,
    inputmode: 'numeric',
  });
  const none = h('input', { type: 'radio', name: 'dev-settings', id: 'dev-settings-none', value: 'none', checked: true });
  const pre = h('input', { type: 'radio', name: 'dev-settings', id: 'dev-settings-pre', value: 'preconfigured' });
  const circle = h('select', { id: 'dev-circle' });
  const units = h('div', { class: 'dev-units-choice' });
  const preFields = h('div', { class: 'dev-pre', id: 'dev-pre' }, h('label', { for: 'dev-circle' }, t('devCircle')), circle, units);
  preFields.hidden = true;
  let uniques: DeviceUniqueChoice[] = [];

  const ship = {
    name: h('input', { id: 'dev-ship-name', required: true, maxlength: 100, autocomplete: 'name' }),
    postalCode: h('input', {
      id: 'dev-ship-postal',
      required: true,
      maxlength: 8,
      autocomplete: 'postal-code',
      inputmode: 'numeric',
      'aria-describedby': 'dev-ship-postal-hint',
    }),
    address: h('input', { id: 'dev-ship-address', required: true, maxlength: 200, autocomplete: 'street-address' }),
    phone: h('input', { id: 'dev-ship-phone', required: true, maxlength: 20, autocomplete: 'tel', inputmode: 'tel' }),
  };

  const chosenModel = () => models.find((m) => m.code === model.value) ?? models[0]!;
  const count = () => Math.min(MAX_QUANTITY, Math.max(1, Math.floor(Number(quantity.value) || 1)));

  /** One unique select per phone (and a second for two-account models), keeping what was chosen. */
  const drawUnits = () => {
    const before = new Map([...units.querySelectorAll('select')].map((s) => [s.id, s.value]));
    // Only a SIP terminal unique can be put on a phone (a cloud FAX or Y!mobile one is refused).
    const active = uniques.filter((u) => u.status === 'active' && u.kind === 'sip_terminal');
    if (!active.length) return show(units, h('p', { class: 'error' }, t('devNoUniques')));
    const options = (id: string, first: string) => [
      h('option', { value: '' }, first),
      ...active.map((u) => h('option', { value: u.id, selected: before.get(id) === u.id }, [u.code, u.name].filter(Boolean).join(' '))),
    ];
    const rows: HTMLElement[] = [];
    for (let n = 1; n <= count(); n++) {
      const id = `dev-unit-${n}`;
      rows.push(
        h(
          'div',
          { class: 'field' },
          h('label', { for: id }, t('devUnitUnique', { n })),
          h('select', { id, required: true }, ...options(id, t('devChoose'))),
        ),
      );
      if (chosenModel().sipAccounts >= 2) {
        const second = `${id}-second`;
        rows.push(
          h(
            'div',
            { class: 'field' },
            h('label', { for: second }, t('devUnitSecond', { n })),
            h('select', { id: second }, ...options(second, t('devNoSecond'))),
          ),
        );
      }
    }
    show(units, ...rows);
  };
  const loadUniques = async () => {
    if (!circle.value) return;
    try {
      uniques = (await ctx.api.uniquesForPicker(circle.value)).items;
      drawUnits();
    } catch (err) {
      say(problemText(err));
    }
  };
  const settingsChanged = () => {
    preFields.hidden = !pre.checked;
    if (pre.checked && !uniques.length) void loadUniques();
  };
  none.addEventListener('change', settingsChanged);
  pre.addEventListener('change', settingsChanged);
  circle.addEventListener('change', () => void loadUniques());
  quantity.addEventListener('change', () => pre.checked && drawUnits());
  model.addEventListener('change', () => pre.checked && drawUnits());

  ctx.api
    .listCircles()
    .then(({ items }) => {
      show(circle, ...items.map((c) => h('option', { value: c.id }, c.name)));
      if (pre.checked) void loadUniques();
    })
    .catch((err) => say(problemText(err)));
  if (ctx.session?.kind === 'account')
    ctx.api
      .myAccount()
      .then((a) => {
        ship.name.value ||= a.contactName ? `${a.name} ${a.contactName}` : a.name;
        if (a.postalCode) ship.postalCode.value ||= `${a.postalCode.slice(0, 3)}-${a.postalCode.slice(3)}`;
        ship.address.value ||= [a.prefecture, a.address].filter(Boolean).join('');
        ship.phone.value ||= a.phone ?? '';
      })
      .catch(() => undefined);

  const request = (): DeviceOrderRequest | undefined => {
    const base = {
      model: chosenModel().code,
      quantity: count(),
      shipTo: {
        name: ship.name.value.trim(),
        postalCode: ship.postalCode.value.trim().replace(/[ー－]/g, '-'),
        address: ship.address.value.trim(),
        phone: ship.phone.value.trim().replace(/[ー－]/g, '-'),
      },
    };
    if (!pre.checked) return { ...base, settings: { mode: 'none' } };
    const devices = [];
    for (let n = 1; n <= base.quantity; n++) {
      const first = units.querySelector<HTMLSelectElement>(`#dev-unit-${n}`)?.value;
      const second = units.querySelector<HTMLSelectElement>(`#dev-unit-${n}-second`)?.value;
      if (!first) return undefined;
      devices.push({ uniqueId: first, ...(second ? { secondUniqueId: second } : {}) });
    }
    return { ...base, settings: { mode: 'preconfigured', circleId: circle.value, devices } };
  };

  const field = (id: string, label: Parameters<typeof t>[0], input: HTMLElement, hint?: Parameters<typeof t>[0]) =>
    h(
      'div',
      { class: 'field' },
      h('label', { for: id }, t(label)),
      input,
      hint ? h('span', { class: 'hint', id: `${id}-hint` }, t(hint)) : null,
    );

  const form = h(
    'form',
    {
      id: 'dev-order',
      onsubmit: async (e: Event) => {
        e.preventDefault();
        say('');
        const req = request();
        if (!req) return say(t('devChoose'));
        try {
          const quote = await ctx.api.quoteDeviceOrder(req);
          show(holder, confirmation(ctx, req, quote, { back: () => show(holder, ...formView()), status, say }));
          holder.querySelector<HTMLElement>('h2')?.focus();
        } catch (err) {
          say(problemText(err));
        }
      },
    },
    field('dev-model', 'devModel', model),
    field('dev-quantity', 'devQuantity', quantity),
    h(
      'fieldset',
      { class: 'dev-settings' },
      h('legend', {}, t('devSettings')),
      h('div', { class: 'dev-radio' }, none, h('label', { for: 'dev-settings-none' }, t('devSettingsNone'))),
      h('div', { class: 'dev-radio' }, pre, h('label', { for: 'dev-settings-pre' }, t('devSettingsPre'))),
      preFields,
    ),
    h(
      'fieldset',
      { class: 'dev-ship' },
      h('legend', {}, t('devShipTo')),
      field('dev-ship-name', 'devShipName', ship.name),
      field('dev-ship-postal', 'devShipPostal', ship.postalCode, 'devShipPostalHint'),
      field('dev-ship-address', 'devShipAddress', ship.address),
      field('dev-ship-phone', 'devShipPhone', ship.phone),
    ),
    h('button', { type: 'submit', id: 'dev-confirm' }, t('devConfirm')),
  );
  const formView = () => [h('h2', { id: 'dev-order-title', tabindex: -1 }, t('devCatalogTitle')), status, form];
  show(holder, ...formView());
  return holder;
}

interface ConfirmHooks {
  back: () => void;
  status: HTMLElement;
  say: (text: string) => void;
}

/**
 * The confirmation screen: the quote, how to pay, and "purchase" once the stock and the payment
 * cover it. Paid directly, the order page follows: the 3-D Secure step or the konbini slip.
 */
function confirmation(ctx: PageContext, req: DeviceOrderRequest, q: DeviceOrderQuote, hooks: ConfirmHooks): HTMLElement {
  const { t, lang } = ctx;
  const money = (n: number) => yen(n, lang());
  // One key per confirmation screen: a double click or a retry after a lost answer places one order.
  let idempotencyKey = crypto.randomUUID();
  const row = (label: Parameters<typeof t>[0], value: string, id?: string) =>
    h('tr', {}, h('th', { scope: 'row' }, t(label)), h('td', { class: 'num', id }, value));
  const problems = [!q.inStock ? t('devOutOfStockNow') : ''].filter(Boolean);
  const purchase = h('button', { type: 'button', id: 'dev-purchase' }, t('devPurchase'));
  const pay = paymentChoice(ctx, q.total, q.sufficient, () => {
    hooks.say('');
    purchase.disabled = problems.length > 0 || !pay.ready();
    // Another way to pay is another purchase.
    idempotencyKey = crypto.randomUUID();
  });
  purchase.disabled = problems.length > 0 || !pay.ready();
  const box = h('div', { class: 'dev-confirm' });
  purchase.addEventListener('click', async () => {
    const payment = pay.payment();
    if ('problem' in payment) return hooks.say(payment.problem);
    purchase.disabled = true;
    hooks.say('');
    try {
      const order = await ctx.api.placeDeviceOrder({ ...req, payment }, idempotencyKey);
      if (order.status === 'awaiting_payment') return ctx.go(`/orders/${order.id}`);
      show(
        box,
        h('h2', { id: 'dev-thanks', tabindex: -1 }, t('devThanks')),
        h('p', {}, t('devThanksText')),
        h('p', {}, portalLink(ctx, `/orders/${order.id}`, t('devSeeOrder'), { id: 'dev-see-order' })),
      );
      box.querySelector<HTMLElement>('h2')?.focus();
    } catch (err) {
      hooks.say(problemText(err));
      purchase.disabled = false;
    }
  });
  const settings = req.settings.mode === 'none' ? t('devSettingsNone') : `${t('devSettingsPre')} × ${req.settings.devices.length}`;
  show(
    box,
    h('h2', { id: 'dev-order-title', tabindex: -1 }, t('devConfirmTitle')),
    h(
      'table',
      { class: 'dev-quote', id: 'dev-quote' },
      h('caption', { class: 'visually-hidden' }, t('devConfirmCaption')),
      h(
        'tbody',
        {},
        row('devModel', q.model),
        row('devQuantity', String(q.quantity)),
        row('devUnitPrice', money(q.unitPrice)),
        row('devSubtotal', money(q.subtotal)),
        row('devTax', money(q.tax)),
        row('devTotal', money(q.total), 'dev-quote-total'),
        row('devBalance', money(q.balance)),
        h('tr', {}, h('th', { scope: 'row' }, t('devSettingsSummary')), h('td', {}, settings)),
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, t('devShipTo')),
          h('td', {}, `〒${req.shipTo.postalCode} ${req.shipTo.address} ${req.shipTo.name}`),
        ),
      ),
    ),
    ...problems.map((p) => h('p', { class: 'error' }, p)),
    pay.element,
    !q.sufficient ? h('p', {}, portalLink(ctx, '/topup', t('devTopup'))) : null,
    hooks.status,
    h('div', { class: 'dev-buttons' }, purchase, h('button', { type: 'button', class: 'secondary', onclick: hooks.back }, t('devBack'))),
  );
  return box;
}
