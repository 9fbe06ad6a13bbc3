import { ApiProblem, type ApiClient } from '../../../shared/api-client';
import { h } from '../../../shared/dom';
import type { T } from '../../messages';

/** Replacing a temporary password an administrator set; nothing else opens until it is done. */
export function changePasswordPage(api: ApiClient, t: T, onChanged: () => void): HTMLElement {
  const error = h('p', { class: 'error', role: 'alert', id: 'change-password-error' });
  const field = (id: string, autocomplete: string) =>
    h('input', { id, type: 'password', autocomplete, required: true, maxlength: 128, 'aria-describedby': 'change-password-hint' });
  const current = field('current-password', 'current-password');
  const next = field('new-password', 'new-password');
  const again = field('new-password-again', 'new-password');
  next.minLength = 8;
  return h(
    'form',
    {
      class: 'card narrow',
      'aria-labelledby': 'change-password-title',
      onsubmit: async (e: Event) => {
        e.preventDefault();
        error.textContent = '';
        if (next.value !== again.value) return void (error.textContent = t('passwordsDiffer'));
        try {
          await api.changeOwnStaffPassword(current.value, next.value);
          onChanged();
        } catch (err) {
          error.textContent = err instanceof ApiProblem ? err.problem.detail : (err as Error).message;
        }
      },
    },
    h('h1', { id: 'change-password-title' }, t('changePasswordTitle')),
    h('p', { id: 'change-password-hint' }, t('changePasswordHint')),
    h('label', { for: 'current-password' }, t('currentPassword')),
    current,
    h('label', { for: 'new-password' }, t('newPassword')),
    next,
    h('label', { for: 'new-password-again' }, t('newPasswordAgain')),
    again,
    h('button', { type: 'submit' }, t('changePassword')),
    error,
  );
}
