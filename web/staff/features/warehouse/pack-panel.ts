import type { WarehouseTask, WarehouseUnit } from '../../../shared/api-client';
import { ApiProblem } from '../../../shared/api-client';
import { h } from '../../../shared/dom';
import { jst } from '../../../shared/i18n';
import type { PageContext } from '../../page';

/** The API's shortest override reason: a few words, not "ok". */
const MIN_REASON = 10;

/** Pre-configured units whose phone has not fetched its configuration at the test bench (and not overridden). */
export const unfetchedUnits = (task: WarehouseTask) =>
  task.devices.filter((d) => d.needsConfigFetch && !d.configFetchedAt && !d.configOverride);

/** A unit's configuration fetch in words: fetched when, packed without it by whom and why, or still waiting. */
export function configFetchText(ctx: PageContext, d: WarehouseUnit): string {
  const { t, lang } = ctx;
  if (!d.needsConfigFetch) return '—';
  if (d.configFetchedAt) return t('whConfigFetched', { at: jst(d.configFetchedAt, lang()) });
  if (d.configOverride)
    return t('whConfigOverridden', {
      name: d.configOverride.staffName,
      at: jst(d.configOverride.at, lang()),
      reason: d.configOverride.reason,
    });
  return t('whConfigNotFetched');
}

/**
 * The pack step. Every pre-configured phone must first fetch its configuration on the test
 * bench; until then the panel says which units are waiting, lets the packer look again, or pack
 * anyway with a reason, which is kept on the units for audit.
 */
export function packPanel(
  ctx: PageContext,
  task: WarehouseTask,
  on: {
    button: (
      label: string,
      work: () => Promise<WarehouseTask | void>,
      done: (t: WarehouseTask) => string,
      secondary?: boolean,
    ) => HTMLElement;
    packed: (t: WarehouseTask) => void;
    failed: (err: unknown) => Promise<void>;
  },
): HTMLElement {
  const { t, api } = ctx;
  const slip = h('a', { class: 'button-link secondary', href: `#/warehouse/${task.id}/slip` }, t('whOpenSlip'));
  const waiting = unfetchedUnits(task);
  if (!waiting.length)
    return h(
      'div',
      { class: 'wh-panel' },
      slip,
      on.button(
        t('whPacked'),
        () => api.packTask(task.id),
        () => t('whPackedDone'),
      ),
    );

  const reason = h('textarea', {
    id: 'pack-override-reason',
    name: 'reason',
    rows: 2,
    maxlength: 500,
    'aria-describedby': 'pack-override-hint pack-override-error',
  });
  const error = h('p', { id: 'pack-override-error', class: 'error', 'aria-live': 'assertive' });
  const refuse = (text: string) => {
    error.textContent = text;
    reason.setAttribute('aria-invalid', 'true');
    reason.focus();
  };
  const submit = h('button', { type: 'submit', class: 'secondary' }, t('whPackOverride'));
  const form = h(
    'form',
    {
      class: 'pack-override',
      novalidate: true,
      onsubmit: async (e: Event) => {
        e.preventDefault();
        const text = reason.value.trim();
        if (text.length < MIN_REASON) return refuse(t('whPackOverrideShort', { min: MIN_REASON }));
        error.textContent = '';
        reason.removeAttribute('aria-invalid');
        submit.disabled = true;
        try {
          on.packed(await api.packTask(task.id, text));
        } catch (err) {
          if (err instanceof ApiProblem && err.problem.field?.startsWith('body.override')) refuse(err.problem.detail);
          else await on.failed(err);
        } finally {
          submit.disabled = false;
        }
      },
    },
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'pack-override-reason' }, t('whPackOverrideReason')),
      reason,
      h('p', { id: 'pack-override-hint', class: 'hint' }, t('whPackOverrideHint', { min: MIN_REASON })),
      error,
    ),
    submit,
  );
  return h(
    'div',
    { class: 'wh-panel' },
    h('p', { id: 'wh-config-waiting', class: 'warning' }, t('whConfigWaiting', { units: waiting.map((d) => d.position).join(', ') })),
    slip,
    on.button(
      t('whConfigCheck'),
      () => api.warehouseTask(task.id),
      (now) => (unfetchedUnits(now).length ? t('whConfigStillWaiting') : t('whConfigAllFetched')),
    ),
    form,
  );
}
