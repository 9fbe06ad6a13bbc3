import { ApiProblem } from '../../../shared/api-client';
import { h } from '../../../shared/dom';
import type { PageContext } from '../../page';
import { link } from './login-page';

/** The page the reminder mail links to: a new password, set once with the link's token. */
export function passwordResetPage(ctx: PageContext): HTMLElement {
  const { t } = ctx;
  const token = ctx.query.get('token') ?? '';
  const status = h('p', { role: 'status', 'aria-live': 'polite', id: 'reset-status' });
  const back = h('a', { href: '/', onclick: link(ctx, '/') }, t('backToLogin'));
  if (!token)
    return h('section', { class: 'card narrow' }, h('h1', {}, t('resetTitle')), h('p', { class: 'error' }, t('resetNoToken')), back);
  const pw = h('input', {
    id: 'new-password',
    type: 'password',
    autocomplete: 'new-password',
    required: true,
    minlength: 8,
    maxlength: 128,
  });
  const again = h('input', { id: 'new-password-again', type: 'password', autocomplete: 'new-password', required: true });
  const submit = h('button', { type: 'submit' }, t('setPassword'));
  return h(
    'form',
    {
      class: 'card narrow',
      'aria-labelledby': 'reset-title',
      onsubmit: async (e: Event) => {
        e.preventDefault();
        status.className = 'error';
        if (pw.value !== again.value) return void (status.textContent = t('passwordsDiffer'));
        submit.disabled = true;
        try {
          await ctx.api.resetPassword(token, pw.value);
          status.textContent = t('resetDone');
          status.className = 'ok';
          pw.value = again.value = '';
        } catch (err) {
          status.textContent = err instanceof ApiProblem ? err.problem.detail : (err as Error).message;
          submit.disabled = false;
        }
      },
    },
    h('h1', { id: 'reset-title' }, t('resetTitle')),
    h('label', { for: 'new-password' }, t('newPassword')),
    pw,
    h('label', { for: 'new-password-again' }, t('newPasswordAgain')),
    again,
    submit,
    status,
    back,
  );
}
