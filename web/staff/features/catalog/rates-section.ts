import type { NewRate, Rate, RateClass, RatePatch } from '../../../shared/api-client';
import { h, show } from '../../../shared/dom';
import { jst } from '../../../shared/i18n';
import type { PageContext } from '../../page';
import { failureText, fromJstInput, milliYen, milliYenInput, parseMilliYen, toJstInput, tomorrowJst } from './form-values';

const CLASSES: RateClass[] = ['fixed', 'mobile', 'ip050', 'freecall', 'navidial', 'international', 'emergency', 'barred'];
const DIRECTIONS: Rate['direction'][] = ['outbound', 'inbound'];

type Mode = { kind: 'new' } | { kind: 'edit'; rate: Rate };

const inForce = (r: Rate, now = Date.now()) => new Date(r.validFrom).getTime() <= now;

/**
 * The call rate table over the billing rates API: a filtered list, and one editor that adds a rate
 * (or a new version of one from a later start) or edits one. A rate already in force keeps its
 * tariff here: changing it would re-price calls not yet rated, so a new version is the way.
 */
export function ratesSection(ctx: PageContext): HTMLElement {
  const { api, t, lang } = ctx;
  const status = h('p', { role: 'status', 'aria-live': 'polite', id: 'rate-status' });
  const tbody = h('tbody');
  const filterPrefix = h('input', { id: 'rate-filter-prefix', type: 'search', inputmode: 'numeric', pattern: '\\d{0,10}', maxlength: 10 });
  const filterDirection = h(
    'select',
    { id: 'rate-filter-direction' },
    h('option', { value: '' }, t('rateAll')),
    ...DIRECTIONS.map((d) => h('option', { value: d }, t(`catDir_${d}`))),
  );
  const filterNow = h('input', { id: 'rate-filter-now', type: 'checkbox' });

  const direction = h('select', { id: 'rate-direction' }, ...DIRECTIONS.map((d) => h('option', { value: d }, t(`catDir_${d}`))));
  const prefix = h('input', { id: 'rate-prefix', required: true, inputmode: 'numeric', pattern: '\\d{1,10}', maxlength: 10 });
  const rateClass = h('select', { id: 'rate-class' }, ...CLASSES.map((c) => h('option', { value: c }, t(`catClass_${c}`))));
  const description = h('input', { id: 'rate-description', required: true, maxlength: 200 });
  const decimal = (id: string) => h('input', { id, required: true, inputmode: 'decimal', pattern: '\\d{1,9}(\\.\\d{1,3})?' });
  const connect = decimal('rate-connect');
  const unitPrice = decimal('rate-unit-price');
  const seconds = (id: string) => h('input', { id, type: 'number', min: 1, max: 3600, step: 1, required: true });
  const unitSeconds = seconds('rate-unit-seconds');
  const increment = seconds('rate-increment');
  const tax = h('select', { id: 'rate-tax' }, ...[10, 8, 0].map((r) => h('option', { value: r }, `${r}%`)));
  const validFrom = h('input', { id: 'rate-valid-from', type: 'datetime-local', required: true });
  const validTo = h('input', { id: 'rate-valid-to', type: 'datetime-local' });
  const formTitle = h('h3', { id: 'rate-form-title' });
  const submit = h('button', { type: 'submit' });
  const cancel = h('button', { type: 'button', class: 'secondary', onclick: () => setMode({ kind: 'new' }) }, t('rateCancelEdit'));
  let mode: Mode = { kind: 'new' };
  let key = crypto.randomUUID();
  let loads = 0;

  const fail = (err: unknown) => {
    status.textContent = failureText(err);
    status.className = 'error';
  };
  const from = (r: Rate) => jst(r.validFrom, lang());

  function fill(r: Partial<Rate>) {
    direction.value = r.direction ?? 'outbound';
    prefix.value = r.prefix ?? '';
    rateClass.value = r.class ?? 'fixed';
    description.value = r.description ?? '';
    connect.value = milliYenInput(r.connectFeeMilli ?? 0);
    unitPrice.value = r.unitPriceMilli === undefined ? '' : milliYenInput(r.unitPriceMilli);
    unitSeconds.value = String(r.unitSeconds ?? 60);
    increment.value = String(r.incrementSeconds ?? 60);
    tax.value = String(r.taxRate ?? 10);
    validFrom.value = r.validFrom ? toJstInput(r.validFrom) : tomorrowJst();
    validTo.value = r.validTo ? toJstInput(r.validTo) : '';
  }

  /** Switches the editor: a new rate (maybe a new version of `base`), or an edit of a stored rate. */
  function setMode(next: Mode, base?: Rate) {
    mode = next;
    key = crypto.randomUUID();
    const editing = next.kind === 'edit';
    const tariffLocked = editing && inForce(next.rate);
    if (editing) fill(next.rate);
    else if (base) fill({ ...base, validFrom: undefined, validTo: null });
    else fill({});
    for (const el of [direction, prefix, rateClass, validFrom]) el.disabled = editing;
    for (const el of [connect, unitPrice, unitSeconds, increment, tax]) el.disabled = tariffLocked;
    formTitle.textContent = editing ? t('rateFormEdit', { prefix: next.rate.prefix, from: from(next.rate) }) : t('rateFormNew');
    submit.textContent = editing ? t('rateSave') : t('rateAdd');
    cancel.hidden = !editing;
  }

  const row = (r: Rate) => {
    const params = { prefix: r.prefix, from: from(r) };
    return h(
      'tr',
      { 'data-rate-id': r.id },
      h('td', {}, t(`catDir_${r.direction}`)),
      h('th', { scope: 'row', class: 'mono' }, r.prefix),
      h('td', {}, t(`catClass_${r.class}`)),
      h('td', {}, r.description),
      h('td', { class: 'num' }, milliYen(r.connectFeeMilli, lang())),
      h('td', { class: 'num' }, milliYen(r.unitPriceMilli, lang())),
      h('td', { class: 'num' }, `${r.unitSeconds} / ${r.incrementSeconds}`),
      h('td', { class: 'num' }, `${r.taxRate}%`),
      h('td', {}, t('rateValidRange', { from: from(r), to: r.validTo ? jst(r.validTo, lang()) : t('rateOpenEnded') })),
      h(
        'td',
        { class: 'actions' },
        h(
          'button',
          { type: 'button', class: 'secondary', 'aria-label': t('rateEditFor', params), onclick: () => edit({ kind: 'edit', rate: r }) },
          t('rateEdit'),
        ),
        h(
          'button',
          { type: 'button', class: 'secondary', 'aria-label': t('rateNewVersionFor', params), onclick: () => edit({ kind: 'new' }, r) },
          t('rateNewVersion'),
        ),
      ),
    );
  };

  function edit(next: Mode, base?: Rate) {
    setMode(next, base);
    description.focus();
  }

  async function load() {
    // Typing in the filter starts a load per key; only the latest may draw the table.
    const mine = ++loads;
    const items = await api.rates({
      prefix: /^\d{1,10}$/.test(filterPrefix.value) ? filterPrefix.value : undefined,
      direction: (filterDirection.value || undefined) as Rate['direction'] | undefined,
      at: filterNow.checked ? new Date().toISOString() : undefined,
    });
    if (mine !== loads) return;
    show(tbody, ...(items.length ? items.map(row) : [h('tr', {}, h('td', { colspan: 10 }, t('rateNone')))]));
  }

  /** The tariff fields as the API takes them; undefined (with the error shown) when an amount is malformed. */
  function tariff(): Pick<NewRate, 'connectFeeMilli' | 'unitPriceMilli' | 'unitSeconds' | 'incrementSeconds' | 'taxRate'> | undefined {
    const connectFeeMilli = parseMilliYen(connect.value);
    const unitPriceMilli = parseMilliYen(unitPrice.value);
    if (connectFeeMilli === undefined || unitPriceMilli === undefined) {
      fail(new Error(t('rateAmountInvalid', { field: connectFeeMilli === undefined ? t('rateConnect') : t('rateUnitPrice') })));
      return undefined;
    }
    return {
      connectFeeMilli,
      unitPriceMilli,
      unitSeconds: Number(unitSeconds.value),
      incrementSeconds: Number(increment.value),
      taxRate: Number(tax.value) as Rate['taxRate'],
    };
  }

  /** Only what the operator changed on a stored rate. */
  function patchOf(r: Rate): RatePatch | undefined {
    const patch: RatePatch = {};
    if (description.value.trim() !== r.description) patch.description = description.value.trim();
    if (!inForce(r)) {
      const tf = tariff();
      if (!tf) return undefined;
      for (const k of Object.keys(tf) as Array<keyof typeof tf>) if (tf[k] !== r[k]) Object.assign(patch, { [k]: tf[k] });
    }
    const to = validTo.value ? fromJstInput(validTo.value) : null;
    if (to !== (r.validTo ? new Date(r.validTo).toISOString() : null)) patch.validTo = to;
    return patch;
  }

  async function save() {
    if (mode.kind === 'edit') {
      const patch = patchOf(mode.rate);
      if (!patch) return;
      const saved = await api.updateRate(mode.rate.id, patch);
      status.textContent = t('rateSaved', { prefix: saved.prefix });
    } else {
      const tf = tariff();
      if (!tf) return;
      const created = await api.createRate(
        {
          direction: direction.value as Rate['direction'],
          prefix: prefix.value.trim(),
          class: rateClass.value as RateClass,
          description: description.value.trim(),
          ...tf,
          validFrom: fromJstInput(validFrom.value),
          validTo: validTo.value ? fromJstInput(validTo.value) : null,
        },
        key,
      );
      status.textContent = t('rateCreated', { prefix: created.prefix, from: from(created) });
    }
    status.className = 'ok';
    setMode({ kind: 'new' });
    await load();
  }

  const form = h(
    'form',
    {
      class: 'catalog-form',
      'aria-labelledby': 'rate-form-title',
      onsubmit: async (e: Event) => {
        e.preventDefault();
        submit.disabled = true;
        try {
          await save();
        } catch (err) {
          fail(err);
        } finally {
          submit.disabled = false;
        }
      },
    },
    formTitle,
    h('div', { class: 'field' }, h('label', { for: 'rate-direction' }, t('rateDirection')), direction),
    h('div', { class: 'field' }, h('label', { for: 'rate-prefix' }, t('ratePrefix')), prefix),
    h('div', { class: 'field' }, h('label', { for: 'rate-class' }, t('rateClass')), rateClass),
    h('div', { class: 'field wide' }, h('label', { for: 'rate-description' }, t('rateDescription')), description),
    h('div', { class: 'field' }, h('label', { for: 'rate-connect' }, t('rateConnect')), connect),
    h('div', { class: 'field' }, h('label', { for: 'rate-unit-price' }, t('rateUnitPrice')), unitPrice),
    h('div', { class: 'field' }, h('label', { for: 'rate-unit-seconds' }, t('rateUnitSeconds')), unitSeconds),
    h('div', { class: 'field' }, h('label', { for: 'rate-increment' }, t('rateIncrement')), increment),
    h('div', { class: 'field' }, h('label', { for: 'rate-tax' }, t('rateTax')), tax),
    h('div', { class: 'field' }, h('label', { for: 'rate-valid-from' }, t('rateValidFrom')), validFrom),
    h('div', { class: 'field' }, h('label', { for: 'rate-valid-to' }, t('rateValidTo')), validTo),
    h('div', { class: 'field buttons' }, submit, cancel),
  );
  // A changed form is a new rate with its own key; an unchanged retry keeps the first one's.
  form.addEventListener('input', () => (key = crypto.randomUUID()));
  for (const el of [filterDirection, filterNow]) el.addEventListener('change', () => void load().catch(fail));
  filterPrefix.addEventListener('input', () => void load().catch(fail));

  setMode({ kind: 'new' });
  void load().catch(fail);
  return h(
    'section',
    { 'aria-labelledby': 'rate-title' },
    h('h2', { id: 'rate-title' }, t('rateTitle')),
    h('p', { class: 'hint' }, t('rateHint')),
    h(
      'div',
      { class: 'catalog-filters' },
      h('div', { class: 'field' }, h('label', { for: 'rate-filter-prefix' }, t('rateFilterPrefix')), filterPrefix),
      h('div', { class: 'field' }, h('label', { for: 'rate-filter-direction' }, t('rateFilterDirection')), filterDirection),
      h('div', { class: 'field check' }, filterNow, h('label', { for: 'rate-filter-now' }, t('rateFilterNow'))),
    ),
    status,
    form,
    h(
      'table',
      { class: 'rates' },
      h('caption', { class: 'visually-hidden' }, t('rateTitle')),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t('rateColDirection')),
          h('th', { scope: 'col' }, t('rateColPrefix')),
          h('th', { scope: 'col' }, t('rateColClass')),
          h('th', { scope: 'col' }, t('rateColDescription')),
          h('th', { scope: 'col' }, t('rateColConnect')),
          h('th', { scope: 'col' }, t('rateColUnit')),
          h('th', { scope: 'col' }, t('rateColSeconds')),
          h('th', { scope: 'col' }, t('rateColTax')),
          h('th', { scope: 'col' }, t('rateColValid')),
          h('th', { scope: 'col' }, t('rateColActions')),
        ),
      ),
      tbody,
    ),
  );
}
