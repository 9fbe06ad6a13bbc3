import { ApiProblem } from '../../../shared/api-client';
import { h, show } from '../../../shared/dom';
import type { PortalMessage } from '../../messages';
import type { PageContext } from '../../page';
import { link } from './login-page';

// The reset link's refusals in the portal's own words; anything else shows the API's.
const REFUSALS: Record<string, PortalMessage> = {
  reset_link_used: 'resetLinkUsed',
  reset_link_expired: 'resetLinkExpired',
  invalid_reset_token: 'resetLinkInvalid',
};

/** The page the reminder mail links to: it checks the link first, then sets a new password once with it. */
export function passwordResetPage(ctx: PageContext): HTMLElement {
  const { t } = ctx;
  const token = ctx.query.get('token') ?? '';
  const card = h('section', { class: 'card narrow', 'aria-labelledby': 'reset-title' });
  const status = h('p', { role: 'status', 'aria-live': 'polite', id: 'reset-status' });
  const back = h('a', { href: '/', onclick: link(ctx, '/') }, t('backToLogin'));
  const title = h('h1', { id: 'reset-title' }, t('resetTitle'));

  const refused = (err: unknown) => {
    const code = err instanceof ApiProblem ? err.problem.code : '';
    status.className = 'error';
    status.textContent = REFUSALS[code] ? t(REFUSALS[code]) : err instanceof ApiProblem ? err.problem.detail : (err as Error).message;
    if (REFUSALS[code])
      show(card, title, status, h('a', { href: '/password-reminder', onclick: link(ctx, '/password-reminder') }, t('resetAskAgain')), back);
  };

  if (!token) {
    status.className = 'error';
    status.textContent = t('resetNoToken');
    show(card, title, status, back);
    return card;
  }
  status.textContent = t('resetChecking');
  show(card, title, status);
  ctx.api
    .checkResetLink(token)
    .then(() => {
      status.textContent = '';
      show(card, title, resetForm(ctx, token, status, refused), status, back);
      card.querySelector<HTMLInputElement>('#new-password')?.focus();
    })
    .catch(refused);
  return card;
}

function resetForm(ctx: PageContext, token: string, status: HTMLElement, refused: (err: unknown) => void): HTMLFormElement {
  const { t } = ctx;
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
  const form = h(
    'form',
    {
      class: 'stack',
      onsubmit: async (e: Event) => {
        e.preventDefault();
        status.className = 'error';
        if (pw.value !== again.value) return void (status.textContent = t('passwordsDiffer'));
        submit.disabled = true;
        try {
          await ctx.api.resetPassword(token, pw.value);
          form.remove();
          status.textContent = t('resetDone');
          status.className = 'ok';
        } catch (err) {
          refused(err);
          submit.disabled = false;
        }
      },
    },
    h('label', { for: 'new-password' }, t('newPassword')),
    pw,
    h('label', { for: 'new-password-again' }, t('newPasswordAgain')),
    again,
    submit,
  );
  return form;
}
