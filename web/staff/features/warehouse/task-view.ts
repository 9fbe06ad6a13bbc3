import type { WarehouseTask, WarehouseUnit } from '../../../shared/api-client';
import { h, show } from '../../../shared/dom';
import { jst } from '../../../shared/i18n';
import type { PageContext } from '../../page';
import { configFetchText, packPanel } from './pack-panel';
import { scanForm } from './scan-form';
import { shipForm } from './ship-form';
import { STEPS, carrierName, macForPeople, nextInWords, problemText, shortOrder } from './words';

/** The steps as a list, each marked done or next, so one sees where the task stands. */
function stepList(ctx: PageContext, task: WarehouseTask): HTMLElement {
  const { t } = ctx;
  const next = task.status === 'done' ? STEPS.length : STEPS.indexOf(task.step as (typeof STEPS)[number]);
  return h(
    'ol',
    { class: 'wh-steps', 'aria-label': t('whStepsLabel') },
    ...STEPS.map((s, i) => {
      const done = task.status !== 'cancelled' && i < next;
      const now = task.status !== 'cancelled' && i === next;
      return h(
        'li',
        { class: done ? 'done' : now ? 'now' : '', 'aria-current': now ? 'step' : false },
        t(`whStep_${s}`),
        done ? h('span', { class: 'visually-hidden' }, t('whStepDone')) : null,
        now ? h('span', { class: 'visually-hidden' }, t('whStepNow')) : null,
      );
    }),
  );
}

/** The units with what was scanned, and the numbers each one gets. */
function unitTable(ctx: PageContext, task: WarehouseTask): HTMLElement {
  const { t } = ctx;
  return h(
    'table',
    { class: 'wh-units' },
    h('caption', {}, t('whUnitsTitle')),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ...(['whColPosition', 'whColMac', 'whColSerial', 'whColNumbers'] as const).map((k) => h('th', { scope: 'col' }, t(k))),
        task.preconfigured ? h('th', { scope: 'col' }, t('whColConfig')) : null,
      ),
    ),
    h(
      'tbody',
      {},
      ...task.devices.map((d) =>
        h(
          'tr',
          { 'data-position': d.position },
          h('th', { scope: 'row', class: 'num' }, d.position),
          h('td', { class: 'mono' }, d.mac ? macForPeople(d.mac) : t('whNotScanned')),
          h('td', { class: 'mono' }, d.serial ?? t('whNotScanned')),
          h('td', { class: 'mono' }, d.uniques.map((u) => u.code ?? '—').join(', ') || '—'),
          task.preconfigured ? h('td', { class: 'wh-config' }, configFetchText(ctx, d)) : null,
        ),
      ),
    ),
  );
}

/**
 * One task on the warehouse floor: who holds it, the steps, and the one thing to do next
 * (pick, scan each unit, pack with the slip, ship, mark delivered). A step the API refuses as
 * out of order is answered in words with what comes next, and the task is read again.
 */
export function taskView(ctx: PageContext, taskId: string): HTMLElement {
  const { api, t, lang } = ctx;
  const status = h('p', { role: 'status', 'aria-live': 'polite', id: 'wh-status' });
  const body = h('div', { class: 'wh-task' });
  const title = h('h1', { id: 'wh-title' }, t('whListTitle'));
  let task: WarehouseTask | undefined;
  let focusNext: (() => void) | undefined;

  const say = (text: string, ok = true) => {
    status.textContent = text;
    status.className = ok ? 'ok' : 'error';
  };
  const mine = () => task?.claim?.staffId === ctx.session.staffId;

  async function reload() {
    try {
      task = await api.warehouseTask(taskId);
      render();
    } catch (err) {
      say(problemText(err), false);
    }
  }

  async function failed(err: unknown) {
    say(problemText(err), false);
    await reload();
  }

  /** Runs one action; its answer is the task as it now stands, and the message says what was done. */
  async function act(button: HTMLButtonElement, work: () => Promise<WarehouseTask | void>, done: (t: WarehouseTask) => string) {
    button.disabled = true;
    try {
      const answer = await work();
      task = answer ?? (await api.warehouseTask(taskId));
      render();
      say(done(task));
    } catch (err) {
      await failed(err);
    } finally {
      button.disabled = false;
    }
  }

  const actionButton = (
    label: string,
    work: () => Promise<WarehouseTask | void>,
    done: (t: WarehouseTask) => string,
    secondary = false,
  ) => {
    const button: HTMLButtonElement = h(
      'button',
      { type: 'button', class: secondary ? 'secondary' : null, onclick: () => act(button, work, done) },
      label,
    );
    return button;
  };

  function claimBar(current: WarehouseTask): HTMLElement {
    const order = shortOrder(current.orderId);
    const claim = current.claim;
    const since = claim ? jst(claim.claimedAt, lang()) : '';
    const text = !claim
      ? current.status === 'open'
        ? t('whClaimNone')
        : ''
      : mine()
        ? t('whClaimMine', { since, until: jst(claim.expiresAt, lang()) })
        : t('whClaimOther', { name: claim.staffName, since });
    const open = current.status === 'open';
    return h(
      'div',
      { class: 'wh-claim' },
      text ? h('p', { id: 'wh-claim' }, text) : null,
      open && !claim
        ? actionButton(
            t('whClaim'),
            () => api.claimTask(taskId),
            () => t('whClaimed', { order }),
          )
        : null,
      open && mine()
        ? actionButton(
            t('whGiveBack'),
            () => api.releaseTask(taskId),
            () => t('whGivenBack', { order }),
            true,
          )
        : null,
    );
  }

  function shown(answer: WarehouseTask) {
    task = answer;
    render();
  }

  function scanned(answer: WarehouseTask, unit: WarehouseUnit, mac: string, serial: string) {
    shown(answer);
    say(t('whScanned', { position: unit.position, mac: macForPeople(mac), serial }));
  }

  /** The one thing to do now; nothing while someone else holds an open task. */
  function stepPanel(current: WarehouseTask): HTMLElement | null {
    focusNext = undefined;
    if (current.status === 'in_transit')
      return h(
        'div',
        { class: 'wh-panel' },
        actionButton(
          t('whDeliver'),
          () => api.deliverTask(taskId),
          () => t('whDelivered'),
        ),
      );
    if (current.status !== 'open' || !mine()) return null;
    switch (current.step) {
      case 'pick':
        return h(
          'div',
          { class: 'wh-panel' },
          actionButton(
            t('whPicked'),
            () => api.pickTask(taskId),
            () => t('whPickedDone'),
          ),
        );
      case 'scan': {
        const unit = current.devices.find((d) => d.mac === null);
        if (!unit) return null;
        const scan = scanForm(ctx, current, unit, { scanned, failed });
        focusNext = scan.focus;
        return h('div', { class: 'wh-panel' }, scan.form);
      }
      case 'pack':
        return packPanel(ctx, current, {
          button: actionButton,
          packed: (answer) => {
            shown(answer);
            say(t('whPackedOverridden'));
          },
          failed,
        });
      case 'ship': {
        const ship = shipForm(ctx, current, {
          shipped: (answer) => {
            shown(answer);
            say(
              t('whShipped', { carrier: carrierName(t, answer.shipment?.carrier ?? ''), tracking: answer.shipment?.trackingNumber ?? '' }),
            );
          },
          failed,
        });
        focusNext = ship.focus;
        return h('div', { class: 'wh-panel' }, ship.form);
      }
      default:
        return null;
    }
  }

  function shipment(current: WarehouseTask): HTMLElement | null {
    const s = current.shipment;
    if (!s) return null;
    return h(
      'p',
      { class: 'wh-shipment' },
      t('whShipment', { carrier: carrierName(t, s.carrier), tracking: s.trackingNumber, at: s.shippedAt ? jst(s.shippedAt, lang()) : '—' }),
      s.deliveredAt ? ` / ${t('whDeliveredAt', { at: jst(s.deliveredAt, lang()) })}` : '',
    );
  }

  function render() {
    if (!task) return;
    title.textContent = t('whTaskTitle', { order: shortOrder(task.orderId) });
    show(
      body,
      h(
        'p',
        { class: 'wh-summary' },
        t('whUnitsOf', { model: task.modelName || task.model, quantity: task.quantity }),
        task.preconfigured ? h('span', { class: 'tag' }, t('whPreconfigured')) : null,
        ` — ${task.shipTo.name}`,
      ),
      claimBar(task),
      stepList(ctx, task),
      h('p', { id: 'wh-next', class: 'wh-next' }, nextInWords(t, task)),
      stepPanel(task),
      shipment(task),
      unitTable(ctx, task),
      h('p', {}, h('a', { href: `#/warehouse/${taskId}/slip` }, t('whOpenSlip'))),
    );
    focusNext?.();
  }

  void reload();
  return h(
    'section',
    { class: 'warehouse', 'aria-labelledby': 'wh-title' },
    h('p', {}, h('a', { href: '#/warehouse' }, t('whBackToList'))),
    title,
    status,
    body,
  );
}
