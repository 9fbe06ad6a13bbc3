import { ApiProblem, type Adjustment } from '../../../shared/api-client';
import { h } from '../../../shared/dom';
import { jst, yen } from '../../../shared/i18n';
import type { StaffMessage } from '../../messages';
import type { PageContext } from '../../page';
import { directionWord, problemText, statusWord } from './words';

/** Where a decision's outcome is announced, and what to do once the adjustment changed. */
export interface DecisionHooks {
  status: HTMLElement;
  onDecided: (a: Adjustment) => void;
}

/**
 * Approve and reject for one pending adjustment. The requester gets no approve button (four
 * eyes) but may withdraw the request. Each action keeps one Idempotency-Key until the API
 * answers, so a double click counts once.
 */
function decisionCell(ctx: PageContext, a: Adjustment, hooks: DecisionHooks): HTMLElement {
  const { t, lang } = ctx;
  const words = { who: a.accountLoginId, amount: yen(a.amount, lang()), direction: directionWord(t, a.direction) };
  const say = (text: string, ok: boolean) => {
    hooks.status.textContent = text;
    hooks.status.className = ok ? 'ok' : 'error';
  };
  let approveKey = crypto.randomUUID();
  let rejectKey = crypto.randomUUID();
  const reasonId = `reject-reason-${a.id}`;
  const reason = h('input', { id: reasonId, maxlength: 500, required: true, autocomplete: 'off', placeholder: t('adjRejectPlaceholder') });
  const reject = h('button', { type: 'submit', class: 'secondary', 'aria-label': t('adjRejectFor', words) }, t('adjReject'));
  const buttons: HTMLButtonElement[] = [reject];

  const run = async (action: () => Promise<Adjustment>, done: StaffMessage, rotate: () => void) => {
    buttons.forEach((b) => (b.disabled = true));
    try {
      const after = await action();
      say(t(done, words), true);
      hooks.onDecided(after);
    } catch (err) {
      if (err instanceof ApiProblem) rotate();
      say(problemText(err), false);
      buttons.forEach((b) => (b.disabled = false));
    }
  };

  const rejectForm = h(
    'form',
    {
      class: 'inline',
      onsubmit: (e: Event) => {
        e.preventDefault();
        if (!reason.value.trim()) return say(t('adjRejectNeedsReason'), false);
        void run(
          () => ctx.api.rejectAdjustment(a.id, reason.value.trim(), rejectKey),
          'adjRejected',
          () => (rejectKey = crypto.randomUUID()),
        );
      },
    },
    h('label', { for: reasonId, class: 'visually-hidden' }, t('adjRejectReasonFor', words)),
    reason,
    reject,
  );

  if (a.requestedBy.id === ctx.session.staffId)
    return h('div', { class: 'decision' }, h('p', { class: 'hint' }, t('adjYours')), rejectForm);
  const approve = h('button', { type: 'button', 'aria-label': t('adjApproveFor', words) }, t('adjApprove'));
  buttons.push(approve);
  approve.addEventListener('click', () =>
    run(
      () => ctx.api.approveAdjustment(a.id, approveKey),
      'adjApproved',
      () => (approveKey = crypto.randomUUID()),
    ),
  );
  return h('div', { class: 'decision' }, approve, rejectForm);
}

/** Who decided and when, for a decided adjustment. */
function decidedCell(ctx: PageContext, a: Adjustment): HTMLElement {
  const { t, lang } = ctx;
  const by = a.decidedBy && a.decidedAt ? t('adjDecidedBy', { name: a.decidedBy.name, at: jst(a.decidedAt, lang()) }) : '';
  return h(
    'div',
    {},
    statusWord(t, a.status),
    by ? h('br') : null,
    by ? h('span', { class: 'hint' }, by) : null,
    a.decisionNote ? h('br') : null,
    a.decisionNote,
  );
}

/**
 * A table of adjustments: the desk's approval queue (with the customer column) or one
 * customer's history. Pending rows carry approve and reject.
 */
export function adjustmentsTable(
  ctx: PageContext,
  items: Adjustment[],
  opts: { caption: StaffMessage; withCustomer: boolean; empty: StaffMessage; hooks: DecisionHooks },
): HTMLElement {
  const { t, lang } = ctx;
  const col = (k: StaffMessage) => h('th', { scope: 'col' }, t(k));
  const row = (a: Adjustment) =>
    h(
      'tr',
      { 'data-adjustment-id': a.id },
      h('td', {}, jst(a.createdAt, lang())),
      opts.withCustomer
        ? h(
            'td',
            {},
            h('a', { href: `#/customers/${a.accountId}` }, h('span', { class: 'mono' }, a.accountLoginId)),
            h('br'),
            a.accountName,
          )
        : null,
      h('td', { class: 'num' }, `${directionWord(t, a.direction)} ${yen(a.amount, lang())}`),
      h('td', { class: 'reason' }, a.reason),
      h('td', {}, a.requestedBy.name),
      h('td', {}, a.status === 'pending' ? decisionCell(ctx, a, opts.hooks) : decidedCell(ctx, a)),
    );
  const columns = 5 + (opts.withCustomer ? 1 : 0);
  return h(
    'table',
    { class: 'adjustments' },
    h('caption', { class: 'visually-hidden' }, t(opts.caption)),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        col('colAdjRequested'),
        opts.withCustomer ? col('colAdjCustomer') : null,
        col('colAdjAmount'),
        col('colAdjReason'),
        col('colAdjBy'),
        col('colAdjStatus'),
      ),
    ),
    h('tbody', {}, ...(items.length ? items.map(row) : [h('tr', {}, h('td', { colspan: columns }, t(opts.empty)))])),
  );
}
