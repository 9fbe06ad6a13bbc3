import type { UniqueSettings } from '../../../shared/api-client';
import { h, show } from '../../../shared/dom';
import type { PageContext } from '../../page';
import { clearFieldErrors, fieldSlot, showFieldErrors } from './field-errors';
import { sipCredentialsBlock } from './sip-credentials';
import { uniqueSettingsForm } from './unique-settings-form';
import { problemText, uniqueKindWord } from './words';

/** The fields the screen shows but nobody edits: the unique, its login server and SIP user, its kind. */
function basics(ctx: PageContext, s: UniqueSettings): HTMLElement {
  const { t } = ctx;
  const row = (label: string, value: string) => [h('dt', {}, label), h('dd', { class: 'mono' }, value)];
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'uq-basics-title' },
    h('h2', { id: 'uq-basics-title' }, t('uqFixed')),
    h(
      'dl',
      { class: 'facts' },
      ...row(t('uqCode'), s.code),
      ...row(t('uqLoginServer'), s.loginServer ?? ''),
      ...row(t('uqSipUser'), s.sipUser ?? ''),
      ...row(t('uqKind'), uniqueKindWord(t, s.kind)),
      ...row(t('uqStatus'), s.status === 'active' ? t('uqStatusActive') : s.status),
    ),
    s.status === 'active' ? null : h('p', { class: 'error' }, t('uqNotActive')),
  );
}

/** The unique's own login (the third login tab): the owner sets its password. */
function loginPasswordSection(ctx: PageContext, s: UniqueSettings): HTMLElement {
  const { t } = ctx;
  const password = h('input', { id: 'uq-login-password', type: 'password', autocomplete: 'new-password', minlength: 8, maxlength: 128 });
  const slot = fieldSlot('password', t('uqLoginPassword'), password);
  const status = h('p', { role: 'status', 'aria-live': 'polite', id: 'uq-login-status' });
  const submit = h('button', { type: 'submit', class: 'secondary' }, t('uqLoginPasswordSet'));
  const onsubmit = async (e: Event) => {
    e.preventDefault();
    clearFieldErrors([slot]);
    status.textContent = '';
    submit.disabled = true;
    try {
      await ctx.api.setUniqueLoginPassword(s.id, password.value);
      password.value = '';
      status.className = 'ok';
      status.textContent = t('uqLoginPasswordDone');
    } catch (err) {
      if (!showFieldErrors([slot], err)) {
        status.className = 'error';
        status.textContent = problemText(err);
      }
    } finally {
      submit.disabled = false;
    }
  };
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'uq-login-title' },
    h('h2', { id: 'uq-login-title' }, t('uqLoginTitle')),
    h('p', { class: 'hint' }, t('uqLoginHint', { code: s.code })),
    h('form', { class: 'inline-form', novalidate: true, onsubmit }, slot.element, h('div', { class: 'field' }, submit)),
    status,
  );
}

/** A new SIP password, pushed to the PBX and shown once, for a phone whose password was lost. */
function sipResetSection(ctx: PageContext, s: UniqueSettings): HTMLElement {
  const { t } = ctx;
  const out = h('div', { role: 'status', 'aria-live': 'polite' });
  const button = h('button', { type: 'button', class: 'secondary', id: 'uq-sip-reset' }, t('uqSipReset'));
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      show(out, sipCredentialsBlock(t, [await ctx.api.resetUniqueSipPassword(s.id)]));
    } catch (err) {
      show(out, h('p', { class: 'error' }, problemText(err)));
    } finally {
      button.disabled = false;
    }
  });
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'uq-sip-title' },
    h('h2', { id: 'uq-sip-title' }, t('uqSipResetTitle')),
    h('p', { class: 'hint' }, t('uqSipResetHint')),
    button,
    out,
  );
}

/** Unique list → "details": the settings screen of one unique (§4). */
export function uniqueSettingsPage(ctx: PageContext, uniqueId: string): HTMLElement {
  const { t } = ctx;
  const status = h('p', { role: 'status' }, t('loading'));
  const back = h('a', { href: '/uniques', onclick: (e: Event) => (e.preventDefault(), ctx.go('/uniques')) }, t('uqBack'));
  const page = h('div', { class: 'uniques stack' }, back, status);
  ctx.api.uniqueSettings(uniqueId).then(
    (s) => {
      const owner = ctx.session?.kind !== 'unique' && s.status === 'active';
      show(
        page,
        back,
        h('h1', {}, t('uqSettingsTitle', { code: s.code })),
        basics(ctx, s),
        uniqueSettingsForm(ctx, s),
        owner ? loginPasswordSection(ctx, s) : null,
        owner ? sipResetSection(ctx, s) : null,
      );
    },
    (err: unknown) => {
      status.className = 'error';
      status.textContent = problemText(err);
    },
  );
  return page;
}
