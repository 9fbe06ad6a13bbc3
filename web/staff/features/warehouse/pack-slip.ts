import type { WarehouseTask, WarehouseUnit } from '../../../shared/api-client';
import { barcodeSvg } from './barcode';
import { h, show } from '../../../shared/dom';
import { jst } from '../../../shared/i18n';
import type { PageContext } from '../../page';
import { carrierName, macForPeople, problemText, shortOrder } from './words';

/** A value with its Code 128 barcode above the text people read. */
function barcode(ctx: PageContext, what: string, value: string, shown = value): HTMLElement {
  return h('figure', { class: 'code' }, barcodeSvg(value, ctx.t('whBarcode', { what, value })), h('figcaption', { class: 'mono' }, shown));
}

/** A term and its value in a description list. */
const entry = (term: string, ...value: Array<Node | string>) => [h('dt', {}, term), h('dd', {}, ...value)];

/** One unit: its identifiers as barcodes, its numbers, and its provisioning profile if it has one. */
function unitBlock(ctx: PageContext, unit: WarehouseUnit): HTMLElement {
  const { t } = ctx;
  const p = unit.provisioning;
  return h(
    'section',
    { class: 'slip-unit', 'aria-labelledby': `slip-unit-${unit.position}` },
    h('h3', { id: `slip-unit-${unit.position}` }, t('whSlipUnit', { position: unit.position })),
    h(
      'div',
      { class: 'codes' },
      unit.mac ? barcode(ctx, t('whColMac'), unit.mac, macForPeople(unit.mac)) : h('p', {}, `${t('whColMac')}: ${t('whNotScanned')}`),
      unit.serial ? barcode(ctx, t('whColSerial'), unit.serial) : h('p', {}, `${t('whColSerial')}: ${t('whNotScanned')}`),
    ),
    h(
      'dl',
      {},
      ...(unit.uniques.length ? entry(t('whColNumbers'), unit.uniques.map((u) => u.code ?? '—').join(', ')) : []),
      ...(p
        ? [
            ...entry(t('whConfigServer'), h('span', { class: 'mono' }, p.configServer)),
            ...entry(t('whFileUrl'), h('span', { class: 'mono' }, p.fileUrl)),
            ...entry(t('whUsername'), h('span', { class: 'mono' }, p.username)),
            ...entry(t('whPassword'), h('span', { class: 'mono' }, p.password)),
          ]
        : unit.uniques.length
          ? []
          : entry(t('whSlipProvisioning'), t('whSlipNotConfigured'))),
    ),
  );
}

/**
 * The pack slip, printed on A4 and packed with the units: order, address, each unit with Code 128
 * barcodes for its MAC and serial (and the order ID's), and for a pre-configured unit the
 * configuration server, its file URL and credentials. The print stylesheet hides the console.
 */
export function packSlip(ctx: PageContext, taskId: string): HTMLElement {
  const { api, t, lang } = ctx;
  const status = h('p', { role: 'status', 'aria-live': 'polite', id: 'wh-status' });
  const body = h('div');
  const title = h('h1', { id: 'slip-title' }, t('whSlipTitle'));

  function render(task: WarehouseTask) {
    title.textContent = `${t('whSlipTitle')} — ${t('whTaskTitle', { order: shortOrder(task.orderId) })}`;
    const s = task.shipTo;
    show(
      body,
      h(
        'div',
        { class: 'slip-head' },
        h(
          'dl',
          {},
          ...entry(t('whSlipReceived'), jst(task.createdAt, lang())),
          ...entry(t('whSlipContents'), t('whUnitsOf', { model: task.modelName || task.model, quantity: task.quantity })),
          ...(task.shipment ? entry(t('whSlipShipment'), `${carrierName(t, task.shipment.carrier)} ${task.shipment.trackingNumber}`) : []),
        ),
        barcode(ctx, t('whSlipOrder'), task.orderId),
      ),
      h(
        'section',
        { class: 'slip-address', 'aria-labelledby': 'slip-ship-to' },
        h('h2', { id: 'slip-ship-to' }, t('whSlipShipTo')),
        h(
          'p',
          {},
          `〒${s.postalCode}`,
          h('br'),
          s.address,
          h('br'),
          h('strong', {}, s.name),
          h('br'),
          `${t('whPhone')}: ${s.phoneDisplay}`,
        ),
      ),
      h('h2', {}, t('whUnitsTitle')),
      ...task.devices.map((d) => unitBlock(ctx, d)),
    );
  }

  api.warehouseTask(taskId).then(render, (err: unknown) => {
    status.textContent = problemText(err);
    status.className = 'error';
  });
  return h(
    'article',
    { class: 'warehouse slip', 'aria-labelledby': 'slip-title' },
    h(
      'div',
      { class: 'no-print slip-tools' },
      h('a', { href: `#/warehouse/${taskId}` }, t('whBackToTask')),
      h('button', { type: 'button', onclick: () => window.print() }, t('whPrint')),
    ),
    title,
    status,
    body,
  );
}
