import { ApiProblem } from '../../../shared/api-client';
import { h, type Child } from '../../../shared/dom';
import { jst, yen } from '../../../shared/i18n';
import { konbiniStores } from '../../../../domain/prepaid/konbini-stores';
import type { PageContext } from '../../page';

type Action = Record<string, unknown>;
const CANCELLABLE = ['accepted', 'awaiting_3ds', 'awaiting_payment', 'awaiting_transfer'];

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const num = (v: unknown) => (typeof v === 'number' ? v : 0);

/** A term and its value, for the slips. */
const pairs = (...items: Array<[string, Child, string?]>) =>
  h('dl', { class: 'slip-fields' }, ...items.flatMap(([term, value, id]) => [h('dt', {}, term), h('dd', { id }, value)]));

/** The 3-D Secure step: until when, and the way to the issuer's page (device checkout shows it too). */
export function threeDs(ctx: PageContext, a: Action): HTMLElement {
  const { t } = ctx;
  return h(
    'section',
    { class: 'slip', 'aria-labelledby': 'three-ds-title' },
    h('h2', { id: 'three-ds-title' }, t('threeDsTitle')),
    h('p', {}, t('threeDsWaiting', { time: jst(str(a.expiresAt), ctx.lang()) })),
    // A top-level move to the issuer's page: it sends the customer back here when done.
    h('a', { class: 'button', id: 'three-ds-go', href: str(a.url) }, t('threeDsGo')),
  );
}

/** The convenience store slip: number, amount, deadline and stores (device checkout shows it too). */
export function konbiniSlip(ctx: PageContext, a: Action): HTMLElement {
  const { t } = ctx;
  const stores = Array.isArray(a.stores) ? (a.stores as string[]) : [];
  return h(
    'section',
    { class: 'slip', 'aria-labelledby': 'slip-title' },
    h('h2', { id: 'slip-title' }, t('slipTitle')),
    pairs(
      [t('slipNumber'), h('strong', { class: 'mono big' }, str(a.paymentNumber)), 'slip-number'],
      [t('slipAmount'), yen(num(a.amount), ctx.lang())],
      [t('slipDeadline'), jst(str(a.deadline), ctx.lang()), 'slip-deadline'],
      [t('slipStores'), konbiniStores(stores, ctx.lang())],
    ),
    h('p', { class: 'hint' }, t('slipHowTo')),
  );
}

function transfer(ctx: PageContext, a: Action): HTMLElement {
  const { t } = ctx;
  const account = (a.type === 'bank_transfer' ? a.account : a) as Action;
  const reference = a.type === 'bank_transfer' ? str(a.reference) : str(a.transferReference);
  return h(
    'section',
    { class: 'slip', 'aria-labelledby': 'transfer-title' },
    h('h2', { id: 'transfer-title' }, t('transferTitle')),
    pairs(
      [t('transferBank'), `${str(account.bankName)} ${str(account.branchName)}`],
      [t('transferAccount'), h('span', { class: 'mono' }, `${str(account.accountType)} ${str(account.accountNumber)}`)],
      [t('transferHolder'), str(account.accountHolder)],
      [
        a.type === 'bank_transfer' ? t('transferReference') : t('transferNetBankReference'),
        h('strong', { class: 'mono big' }, reference),
        'transfer-reference',
      ],
      [t('transferAmount'), yen(num(a.amount), ctx.lang())],
      [t('transferDeadline'), jst(str(a.deadline), ctx.lang())],
    ),
    h('p', { class: 'hint' }, t('transferNote')),
  );
}

function cancelButton(ctx: PageContext, orderId: string): HTMLElement {
  const note = h('p', { role: 'status', class: 'hint' });
  const button = h('button', { type: 'button', class: 'secondary' }, ctx.t('topupCancel'));
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      await ctx.api.cancelTopup(orderId);
      note.textContent = ctx.t('topupCancelled');
    } catch (err) {
      note.textContent = err instanceof ApiProblem ? err.problem.detail : (err as Error).message;
      button.disabled = false;
    }
  });
  return h('div', { class: 'stack' }, button, note);
}

/** What the order page shows for a top-up order beyond its status timeline: the 3-D Secure step, the konbini slip, the transfer instructions. */
export function topupOrderDetails(ctx: PageContext, order: { id: string; type: string; status: string }): HTMLElement | null {
  const { nextAction, detail, closedAt } = order as { nextAction?: Action | null; detail?: Action; closedAt?: string | null };
  const parts: Child[] = [];
  if (nextAction?.type === 'three_d_secure') parts.push(threeDs(ctx, nextAction));
  if (nextAction?.type === 'konbini') parts.push(konbiniSlip(ctx, nextAction));
  if (nextAction?.type === 'net_bank' || nextAction?.type === 'bank_transfer') parts.push(transfer(ctx, nextAction));
  if (order.status === 'credited' && typeof detail?.credited === 'number')
    parts.push(h('p', { class: 'ok', id: 'topup-credited' }, ctx.t('topupCredited', { amount: yen(detail.credited, ctx.lang()) })));
  if (!closedAt && CANCELLABLE.includes(order.status)) parts.push(cancelButton(ctx, order.id));
  return parts.length ? h('div', { class: 'stack topup-details' }, ...parts) : null;
}
