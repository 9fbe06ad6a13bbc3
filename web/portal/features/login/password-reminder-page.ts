import { ApiProblem } from '../../../shared/api-client';
import { h } from '../../../shared/dom';
import type { PageContext } from '../../page';
import { link } from './login-page';

/** The password reminder: a login ID in, a reset link mailed to its registered address. */
export function passwordReminderPage(ctx: PageContext): HTMLElement {
  const { t } = ctx;
  const status = h('p', { role: 'status', 'aria-live': 'polite', id: 'reminder-status' });
  const loginId = h('input', { id: 'reminder-login-id', name: 'loginId', autocomplete: 'username', required: true, maxlength: 64 });
  const send = h('button', { type: 'submit' }, t('sendReminder'));
  const form = h(
    'form',
    {
      class: 'card narrow',
      'aria-labelledby': 'reminder-title',
      onsubmit: async (e: Event) => {
        e.preventDefault();
        send.disabled = true;
        try {
          status.textContent = (await ctx.api.passwordReminder(loginId.value)).message;
          status.className = 'ok';
        } catch (err) {
          status.textContent = err instanceof ApiProblem ? err.problem.detail : (err as Error).message;
          status.className = 'error';
        } finally {
          send.disabled = false;
        }
      },
    },
    h('h1', { id: 'reminder-title' }, t('reminderTitle')),
    h('p', { id: 'reminder-hint' }, t('reminderHint')),
    h('label', { for: 'reminder-login-id' }, t('loginId')),
    loginId,
    send,
    status,
    h('a', { href: '/', onclick: link(ctx, '/') }, t('backToLogin')),
  );
  loginId.setAttribute('aria-describedby', 'reminder-hint');
  return form;
}
