import { h } from '../../../shared/dom';
import type { PageContext } from '../../page';
import { labelled, markInvalid, portalLink, problemText } from './account-forms';

/**
 * Sign-up: a new customer creates an account and is logged in. The field ids are stable (tests and
 * other screens' tests use them): signup-login-id, signup-password, signup-password-again,
 * signup-name, signup-email, signup-language, signup-submit, signup-status.
 */
export function signupPage(ctx: PageContext): HTMLElement {
  const { t } = ctx;
  // One key per filled-in form: a double submit or a retried request opens one account.
  let idempotencyKey = crypto.randomUUID();
  const loginId = h('input', { autocomplete: 'username', required: true, minlength: 3, maxlength: 64 });
  const password = h('input', { type: 'password', autocomplete: 'new-password', required: true, minlength: 8, maxlength: 128 });
  const again = h('input', { type: 'password', autocomplete: 'new-password', required: true });
  const name = h('input', { autocomplete: 'organization', required: true, maxlength: 100 });
  const email = h('input', { type: 'email', autocomplete: 'email', required: true, maxlength: 254 });
  const language = h(
    'select',
    {},
    h('option', { value: 'ja', selected: ctx.lang() === 'ja' }, t('langJa')),
    h('option', { value: 'en', selected: ctx.lang() === 'en' }, t('langEn')),
  );
  const status = h('p', { role: 'alert', id: 'signup-status', class: 'error' });
  const submit = h('button', { type: 'submit', id: 'signup-submit' }, t('signupSubmit'));
  const inputs = { loginId, password, email, name };

  const onsubmit = async (e: Event) => {
    e.preventDefault();
    status.textContent = '';
    if (password.value !== again.value) {
      status.textContent = t('passwordsDifferSignup');
      return again.focus();
    }
    submit.disabled = true;
    try {
      const input = {
        loginId: loginId.value.trim(),
        password: password.value,
        email: email.value.trim(),
        name: name.value.trim(),
        language: language.value === 'en' ? ('en' as const) : ('ja' as const),
      };
      await ctx.api.signUp(input, idempotencyKey);
      const session = await ctx.api.login('account', input.loginId, input.password);
      history.replaceState(null, '', '/');
      ctx.sessionChanged(session);
    } catch (err) {
      status.textContent = problemText(err);
      markInvalid(inputs, err);
      idempotencyKey = crypto.randomUUID();
      submit.disabled = false;
    }
  };

  return h(
    'form',
    { class: 'card narrow', 'aria-labelledby': 'signup-title', onsubmit },
    h('h1', { id: 'signup-title' }, t('signupTitle')),
    h('p', { class: 'hint' }, t('signupHint')),
    labelled('signup-login-id', t('loginId'), loginId, t('signupLoginIdHint')),
    labelled('signup-password', t('password'), password, t('signupPasswordHint')),
    labelled('signup-password-again', t('signupPasswordAgain'), again),
    labelled('signup-name', t('signupName'), name),
    labelled('signup-email', t('signupEmail'), email),
    labelled('signup-language', t('signupLanguage'), language),
    submit,
    status,
    portalLink(ctx, '/', t('signupHaveAccount')),
  );
}
