import { ApiProblem, type PrepaidSettingsDoc, type RegisteredCard } from '../../../shared/api-client';
import { h, show } from '../../../shared/dom';
import type { PageContext } from '../../page';

/** The low-balance notice threshold and the automatic top-up by registered card. Returns the section and a way to refresh its card list. */
export function autoTopupSection(
  ctx: PageContext,
  settings: PrepaidSettingsDoc,
  cards: RegisteredCard[],
): { element: HTMLElement; cardsChanged: (cards: RegisteredCard[]) => void } {
  const { t } = ctx;
  const threshold = h('input', {
    id: 'auto-threshold',
    type: 'number',
    min: 0,
    step: 1,
    inputmode: 'numeric',
    value: settings.lowBalanceThreshold ?? '',
  });
  const enabled = h('input', { id: 'auto-enabled', type: 'checkbox', checked: settings.autoTopup.enabled });
  const amount = h('input', {
    id: 'auto-amount',
    type: 'number',
    min: 1,
    step: 1,
    inputmode: 'numeric',
    value: settings.autoTopup.amount ?? '',
  });
  const card = h('select', { id: 'auto-card' });
  const status = h('p', { role: 'status', id: 'auto-status' });
  const drawCards = (list: RegisteredCard[]) => {
    const kept = card.value || settings.autoTopup.cardId || '';
    show(
      card,
      h('option', { value: '' }, t('autoNoCard')),
      ...list.map((c) => h('option', { value: c.id, selected: c.id === kept }, `${c.brand.toUpperCase()} •••• ${c.last4}`)),
    );
  };
  const autoFields = h(
    'div',
    { class: 'stack' },
    h('label', { for: 'auto-amount' }, t('autoAmount')),
    amount,
    h('label', { for: 'auto-card' }, t('autoCard')),
    card,
  );
  const toggle = () => (autoFields.hidden = !enabled.checked);
  enabled.addEventListener('change', toggle);

  const save = h('button', { type: 'submit' }, t('autoSave'));
  const form = h(
    'form',
    { class: 'stack', novalidate: true },
    h('label', { for: 'auto-threshold' }, t('autoThreshold')),
    threshold,
    h('div', { class: 'check' }, enabled, h('label', { for: 'auto-enabled' }, t('autoEnabled'))),
    autoFields,
    save,
    status,
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    save.disabled = true;
    status.className = '';
    status.textContent = '';
    try {
      const saved = await ctx.api.savePrepaidSettings({
        lowBalanceThreshold: threshold.value === '' ? null : Number(threshold.value),
        autoTopup: { enabled: enabled.checked, amount: amount.value === '' ? null : Number(amount.value), cardId: card.value || null },
      });
      settings = saved;
      status.className = 'ok';
      status.textContent = t('autoSaved');
    } catch (err) {
      status.className = 'error';
      status.textContent = err instanceof ApiProblem ? err.problem.detail : (err as Error).message;
    } finally {
      save.disabled = false;
    }
  });
  drawCards(cards);
  toggle();
  return {
    element: h('section', { class: 'card stack', 'aria-labelledby': 'auto-title' }, h('h2', { id: 'auto-title' }, t('autoTitle')), form),
    cardsChanged: drawCards,
  };
}
