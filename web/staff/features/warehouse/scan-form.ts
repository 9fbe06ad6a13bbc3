import type { WarehouseTask, WarehouseUnit } from '../../../shared/api-client';
import { ApiProblem } from '../../../shared/api-client';
import { h } from '../../../shared/dom';
import { normaliseMac, normaliseSerial } from '../../../../domain/devices/identifiers';
import type { PageContext } from '../../page';

/** What the task page does when a unit is recorded, or refused for a reason that is not one field's. */
export interface ScanHandlers {
  scanned: (task: WarehouseTask, unit: WarehouseUnit, mac: string, serial: string) => void;
  failed: (err: unknown) => Promise<void>;
}

/** A scanned field with its hint and its inline error, wired for screen readers. */
function scanField(id: string, label: string, hint: string, enterkeyhint: string) {
  const input = h('input', {
    id,
    name: id,
    type: 'text',
    autocomplete: 'off',
    autocapitalize: 'off',
    spellcheck: 'false',
    enterkeyhint,
    'aria-describedby': `${id}-hint ${id}-error`,
  });
  const error = h('p', { id: `${id}-error`, class: 'error', 'aria-live': 'assertive' });
  const wrap = h(
    'div',
    { class: 'field' },
    h('label', { for: id }, label),
    input,
    h('p', { id: `${id}-hint`, class: 'hint' }, hint),
    error,
  );
  return {
    input,
    wrap,
    /** Says why inline and empties the field, so the next scan starts clean. */
    refuse(text: string) {
      error.textContent = text;
      input.setAttribute('aria-invalid', 'true');
      input.value = '';
      input.focus();
    },
    accept() {
      error.textContent = '';
      input.removeAttribute('aria-invalid');
    },
  };
}

/**
 * The scan form for one unit, made for a keyboard-wedge scanner (it types the code, then Enter):
 * Enter in the MAC field checks it and moves to the serial; Enter in the serial records the unit.
 * Each field is checked here first, with the same rules as the API, and refused inline.
 */
export function scanForm(ctx: PageContext, task: WarehouseTask, unit: WarehouseUnit, on: ScanHandlers) {
  const { t } = ctx;
  const mac = scanField('scan-mac', t('whMac'), t('whMacHint'), 'next');
  const serial = scanField('scan-serial', t('whSerial'), t('whSerialHint'), 'done');
  const others = task.devices.filter((d) => d.id !== unit.id);
  let busy = false;

  function checkMac(): string | undefined {
    const value = mac.input.value.trim();
    const read = normaliseMac(value);
    const twice = read.ok ? others.find((d) => d.mac === read.value) : undefined;
    if (!read.ok) mac.refuse(t(read.problem === 'format' ? 'whMacFormat' : 'whMacUnusable', { value }));
    else if (twice) mac.refuse(t('whMacTwice', { position: twice.position }));
    if (!read.ok || twice) return undefined;
    mac.accept();
    return read.value;
  }

  function checkSerial(): string | undefined {
    const value = serial.input.value.trim();
    const read = normaliseSerial(value);
    const twice = read.ok ? others.find((d) => d.serial === read.value) : undefined;
    if (!read.ok) serial.refuse(t('whSerialFormat', { value }));
    else if (twice) serial.refuse(t('whSerialTwice', { position: twice.position }));
    if (!read.ok || twice) return undefined;
    serial.accept();
    return read.value;
  }

  mac.input.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    if (!checkMac()) return;
    serial.input.value = '';
    serial.input.focus();
  });

  const button = h('button', { type: 'submit' }, t('whRecordUnit'));
  const form = h(
    'form',
    {
      class: 'scan-form',
      'aria-labelledby': 'scan-title',
      novalidate: true,
      onsubmit: async (e: Event) => {
        e.preventDefault();
        if (busy) return;
        const m = checkMac();
        const s = m && checkSerial();
        if (!m || !s) return;
        busy = true;
        button.disabled = true;
        try {
          on.scanned(await ctx.api.scanUnit(task.id, { deviceId: unit.id, mac: m, serial: s }), unit, m, s);
        } catch (err) {
          const p = err instanceof ApiProblem ? err.problem : undefined;
          if (p && (p.code === 'mac_taken' || p.field === 'body.mac')) mac.refuse(p.detail);
          else if (p && (p.code === 'serial_taken' || p.field === 'body.serial')) serial.refuse(p.detail);
          else await on.failed(err);
        } finally {
          busy = false;
          button.disabled = false;
        }
      },
    },
    h('h2', { id: 'scan-title' }, t('whScanTitle', { position: unit.position, total: task.devices.length })),
    unit.uniques.length ? h('p', {}, t('whScanNumbers', { codes: unit.uniques.map((u) => u.code ?? '—').join(', ') })) : null,
    h('div', { class: 'scan-fields' }, mac.wrap, serial.wrap),
    button,
  );
  return { form, focus: () => mac.input.focus() };
}
