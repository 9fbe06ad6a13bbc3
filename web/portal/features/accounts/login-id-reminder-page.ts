import { h } from '../../../shared/dom';
import type { PageContext } from '../../page';
import { labelled, portalLink, problemText } from './account-forms';

/** "Forgot your login ID": an address in, its login IDs mailed to it; the same answer for any address. */
export function loginIdReminderPage(ctx: PageContext): HTMLElement {
  const { t } = ctx;
  const email = h('input', { type: 'email', autocomplete: 'email', required: true, maxlength: 254 });
  const status = h('p', { role: 'status', 'aria-live': 'polite', id: 'login-id-reminder-status' });
  const send = h('button', { type: 'submit' }, t('loginIdReminderSend'));
  const onsubmit = async (e: Event) => {
    e.preventDefault();
    send.disabled = true;
    try {
      status.textContent = (await ctx.api.loginIdReminder(email.value.trim())).message;
      status.className = 'ok';
    } catch (err) {
      status.textContent = problemText(err);
      status.className = 'error';
    } finally {
      send.disabled = false;
    }
  };
  return h(
    'form',
    { class: 'card narrow', 'aria-labelledby': 'login-id-reminder-title', onsubmit },
    h('h1', { id: 'login-id-reminder-title' }, t('loginIdReminderTitle')),
    h('p', { class: 'hint' }, t('loginIdReminderHint')),
    labelled('login-id-reminder-email', t('signupEmail'), email),
    send,
    status,
    portalLink(ctx, '/', t('backToLogin')),
  );
}
