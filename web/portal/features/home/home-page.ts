import { ApiProblem, type CustomerOrder, type SetupFacts } from '../../../shared/api-client';
import { h, show } from '../../../shared/dom';
import { jst, yen } from '../../../shared/i18n';
import type { PortalMessage } from '../../messages';
import type { PageContext } from '../../page';
import { kindText, nextActionText, portalLink, statusText } from '../orders/order-words';

const problemText = (err: unknown) => (err instanceof ApiProblem ? err.problem.detail : (err as Error).message);

/** Home: the balance with its low-balance warning, open orders with their next action, and the set-up path. */
export function homePage(ctx: PageContext): HTMLElement {
  const { t } = ctx;
  const kind = ctx.session?.kind;
  const page = h('div', { class: 'stack home-page' }, h('h1', {}, t('homeTitle')));
  if (kind === 'unique') {
    page.append(h('section', { class: 'card' }, h('p', {}, t('homeUniqueWelcome'))));
    return page;
  }
  if (kind === 'account') page.append(balanceCard(ctx));
  else page.append(h('section', { class: 'card' }, h('p', {}, t('homeCircleWelcome'))));
  page.append(openOrdersCard(ctx), setupCard(ctx));
  return page;
}

function balanceCard(ctx: PageContext): HTMLElement {
  const { t } = ctx;
  // The id appears with the amount, so whoever waits for #home-balance waits for the real figure.
  const balance = h('p', { class: 'balance', 'aria-busy': 'true' }, t('loading'));
  const warning = h('p', { class: 'warning', role: 'status', id: 'home-low-balance', hidden: true });
  void Promise.all([ctx.api.prepaidBalance(), ctx.api.prepaidSettings()])
    .then(([b, s]) => {
      balance.textContent = yen(b.balance, ctx.lang());
      balance.dataset.balance = String(b.balance);
      balance.id = 'home-balance';
      balance.removeAttribute('aria-busy');
      if (s.lowBalanceThreshold !== null && b.balance < s.lowBalanceThreshold) {
        warning.textContent = t('homeLowBalance', { threshold: yen(s.lowBalanceThreshold, ctx.lang()) });
        warning.hidden = false;
      }
    })
    .catch((err: unknown) => (balance.textContent = t('homeLoadFailed', { reason: problemText(err) })));
  return h(
    'section',
    { class: 'card stack', 'aria-labelledby': 'home-balance-title' },
    h('h2', { id: 'home-balance-title' }, t('homeBalance')),
    balance,
    warning,
    h('a', { class: 'button', href: '/topup', onclick: portalLink(ctx, '/topup') }, t('homeTopup')),
  );
}

function openOrdersCard(ctx: PageContext): HTMLElement {
  const { t } = ctx;
  const list = h('ul', { class: 'open-orders', id: 'home-open-orders' });
  const status = h('p', { class: 'hint', role: 'status' }, t('loading'));
  const item = (o: CustomerOrder) =>
    h(
      'li',
      { 'data-order-id': o.id },
      h(
        'a',
        { href: `/orders/${o.id}`, onclick: portalLink(ctx, `/orders/${o.id}`) },
        `${kindText(ctx, o.kind)} — ${jst(o.createdAt, ctx.lang())}`,
      ),
      h('span', { class: 'order-state' }, statusText(ctx, o.status)),
      h('span', { class: 'open-next' }, nextActionText(ctx, o.nextAction)),
    );
  void ctx.api
    .customerOrders({ limit: 50 })
    .then(({ items }) => {
      const open = items.filter((o) => !o.closedAt);
      show(list, ...open.map(item));
      status.textContent = open.length ? '' : t('homeNoOpenOrders');
    })
    .catch((err: unknown) => (status.textContent = t('homeLoadFailed', { reason: problemText(err) })));
  return h(
    'section',
    { class: 'card stack', 'aria-labelledby': 'home-orders-title' },
    h('h2', { id: 'home-orders-title' }, t('homeOpenOrders')),
    list,
    status,
  );
}

interface Step {
  label: PortalMessage;
  to: string;
  done: (f: SetupFacts & { toppedUp: boolean }) => boolean | undefined;
}

// The manual's path: prepaid → a unique and a number → settings → a device. Settings has no "done" of its own.
const STEPS: readonly Step[] = [
  { label: 'homeStepPrepaid', to: '/topup', done: (f) => f.toppedUp },
  { label: 'homeStepServices', to: '/purchase', done: (f) => f.uniques > 0 && f.numbers > 0 },
  { label: 'homeStepSettings', to: '/uniques', done: () => undefined },
  { label: 'homeStepDevice', to: '/devices', done: (f) => f.deviceOrders > 0 },
];

function setupCard(ctx: PageContext): HTMLElement {
  const { t } = ctx;
  const list = h('ol', { class: 'setup-steps', id: 'home-setup' });
  const status = h('p', { class: 'hint', role: 'status' });
  const draw = (facts?: SetupFacts & { toppedUp: boolean }) =>
    show(
      list,
      ...STEPS.filter((s) => ctx.session?.kind === 'account' || s.to !== '/topup').map((s) => {
        const done = facts ? s.done(facts) : undefined;
        return h(
          'li',
          { class: done ? 'done' : '' },
          h('span', { class: 'step-label' }, t(s.label)),
          done === undefined ? null : h('span', { class: done ? 'ok' : 'hint' }, done ? t('homeStepDone') : t('homeStepTodo')),
          done ? null : h('a', { href: s.to, onclick: portalLink(ctx, s.to) }, t('homeStepGo')),
        );
      }),
    );
  draw();
  const toppedUp =
    ctx.session?.kind === 'account'
      ? ctx.api.prepaidLedger({ kind: 'topup', limit: 1 }).then((p) => p.items.length > 0)
      : Promise.resolve(true);
  void Promise.all([ctx.api.setupFacts(), toppedUp])
    .then(([facts, topped]) => draw({ ...facts, toppedUp: topped }))
    .catch((err: unknown) => (status.textContent = t('homeLoadFailed', { reason: problemText(err) })));
  return h(
    'section',
    { class: 'card stack', 'aria-labelledby': 'home-setup-title' },
    h('h2', { id: 'home-setup-title' }, t('homeSetup')),
    list,
    status,
  );
}
