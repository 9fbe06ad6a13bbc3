import { ApiProblem, type ApiClient, type Session } from '../../../shared/api-client';
import { h } from '../../../shared/dom';
import type { StaffMessage } from '../../messages';

/** The staff login form; calls back with the staff session. */
export function loginPage(api: ApiClient, t: (k: StaffMessage) => string, onLogin: (s: Session) => void): HTMLElement {
  const error = h('p', { class: 'error', role: 'alert', id: 'login-error' });
  const loginId = h('input', { id: 'login-id', name: 'loginId', autocomplete: 'username', required: true });
  const password = h('input', { id: 'password', name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const form = h(
    'form',
    {
      class: 'card narrow',
      'aria-labelledby': 'login-title',
      onsubmit: async (e: Event) => {
        e.preventDefault();
        error.textContent = '';
        try {
          const session = await api.login('staff', loginId.value, password.value);
          if (session.kind !== 'staff') throw new Error(t('notStaff'));
          onLogin(session);
        } catch (err) {
          error.textContent = err instanceof ApiProblem ? err.problem.detail : (err as Error).message;
          password.value = '';
          password.focus();
        }
      },
    },
    h('h1', { id: 'login-title' }, t('loginTitle')),
    h('label', { for: 'login-id' }, t('loginId')),
    loginId,
    h('label', { for: 'password' }, t('password')),
    password,
    h('button', { type: 'submit' }, t('login')),
    error,
  );
  return form;
}
