import type { WarehouseTask } from '../../../shared/api-client';
import { ApiProblem } from '../../../shared/api-client';
import { h } from '../../../shared/dom';
import { CARRIERS } from '../../../../domain/devices/catalog';
import { normaliseTrackingNumber } from '../../../../domain/devices/identifiers';
import type { PageContext } from '../../page';
import { CARRIER_LABELS } from './words';

// Most parcels of a shift go with the same carrier: keep the last choice while the console is open.
let lastCarrier: string = CARRIERS[0];

/**
 * The ship form: the carrier, then the tracking label scanned (the scanner's Enter ships). A
 * tracking number that cannot be one is refused inline and the field emptied for a rescan.
 */
export function shipForm(
  ctx: PageContext,
  task: WarehouseTask,
  on: { shipped: (t: WarehouseTask) => void; failed: (err: unknown) => Promise<void> },
) {
  const { t } = ctx;
  const carrier = h(
    'select',
    { id: 'ship-carrier', name: 'carrier', onchange: () => (lastCarrier = carrier.value) },
    ...CARRIERS.map((c) => h('option', { value: c, selected: c === lastCarrier }, t(CARRIER_LABELS[c]))),
  );
  const tracking = h('input', {
    id: 'ship-tracking',
    name: 'trackingNumber',
    type: 'text',
    autocomplete: 'off',
    autocapitalize: 'off',
    spellcheck: 'false',
    enterkeyhint: 'send',
    'aria-describedby': 'ship-tracking-hint ship-tracking-error',
  });
  const error = h('p', { id: 'ship-tracking-error', class: 'error', 'aria-live': 'assertive' });
  const refuse = (text: string) => {
    error.textContent = text;
    tracking.setAttribute('aria-invalid', 'true');
    tracking.value = '';
    tracking.focus();
  };
  const button = h('button', { type: 'submit' }, t('whShip'));
  let busy = false;

  const form = h(
    'form',
    {
      class: 'ship-form',
      novalidate: true,
      onsubmit: async (e: Event) => {
        e.preventDefault();
        if (busy) return;
        const value = tracking.value.trim();
        const read = normaliseTrackingNumber(value);
        if (!read.ok) return refuse(t('whTrackingFormat', { value }));
        error.textContent = '';
        tracking.removeAttribute('aria-invalid');
        busy = true;
        button.disabled = true;
        try {
          on.shipped(await ctx.api.shipTask(task.id, carrier.value, read.value));
        } catch (err) {
          if (err instanceof ApiProblem && err.problem.field === 'body.trackingNumber') refuse(err.problem.detail);
          else await on.failed(err);
        } finally {
          busy = false;
          button.disabled = false;
        }
      },
    },
    h('div', { class: 'field' }, h('label', { for: 'ship-carrier' }, t('whCarrier')), carrier),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'ship-tracking' }, t('whTracking')),
      tracking,
      h('p', { id: 'ship-tracking-hint', class: 'hint' }, t('whTrackingHint')),
      error,
    ),
    button,
  );
  return { form, focus: () => tracking.focus() };
}
