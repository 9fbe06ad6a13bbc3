import { ApiProblem, type Adjustment, type CustomerPage } from '../../../shared/api-client';
import { h } from '../../../shared/dom';
import { yen } from '../../../shared/i18n';
import type { PageContext } from '../../page';
import { directionWord, problemText } from './words';

/**
 * The manual adjustment form: direction, amount in yen and a mandatory reason. The form keeps
 * one Idempotency-Key until the API has answered, so a double click or a retry counts once.
 */
export function adjustmentForm(ctx: PageContext, page: CustomerPage, onDone: (a: Adjustment) => void): HTMLElement {
  const { t, lang } = ctx;
  let key = crypto.randomUUID();
  const status = h('p', { role: 'status', 'aria-live': 'polite', id: 'adjust-status' });
  const direction = h(
    'select',
    { id: 'adjust-direction', required: true },
    h('option', { value: 'credit' }, t('adjCredit')),
    h('option', { value: 'debit' }, t('adjDebit')),
  );
  const amount = h('input', { id: 'adjust-amount', type: 'number', min: 1, step: 1, inputmode: 'numeric', required: true });
  const reason = h('textarea', { id: 'adjust-reason', maxlength: 500, rows: 2, required: true });
  const submit = h('button', { type: 'submit' }, t('adjSubmit'));

  const onsubmit = async (e: Event) => {
    e.preventDefault();
    submit.disabled = true;
    const body = { direction: direction.value as Adjustment['direction'], amount: Number(amount.value), reason: reason.value.trim() };
    try {
      const a = await ctx.api.requestAdjustment(page.account.id, body, key);
      key = crypto.randomUUID();
      const words = { amount: yen(a.amount, lang()), direction: directionWord(t, a.direction) };
      status.textContent =
        a.status === 'applied' ? t('adjAppliedNow', { ...words, balance: yen(a.balanceAfter ?? 0, lang()) }) : t('adjWaiting', words);
      status.className = 'ok';
      amount.value = '';
      reason.value = '';
      onDone(a);
    } catch (err) {
      // A refusal is this key's answer for good; only a lost answer is retried with the same key.
      if (err instanceof ApiProblem) key = crypto.randomUUID();
      status.textContent = problemText(err);
      status.className = 'error';
    } finally {
      submit.disabled = false;
    }
  };

  return h(
    'section',
    { 'aria-labelledby': 'adjust-title', class: 'block' },
    h('h2', { id: 'adjust-title' }, t('adjFormTitle')),
    h('p', { class: 'hint' }, t('adjFormHint', { limit: yen(page.approvalLimit, lang()) })),
    h(
      'form',
      { class: 'adjust', onsubmit },
      h('div', { class: 'field' }, h('label', { for: 'adjust-direction' }, t('adjDirection')), direction),
      h('div', { class: 'field' }, h('label', { for: 'adjust-amount' }, t('adjAmount')), amount),
      h('div', { class: 'field grow' }, h('label', { for: 'adjust-reason' }, t('adjReason')), reason),
      h('div', { class: 'field' }, submit),
    ),
    status,
  );
}
