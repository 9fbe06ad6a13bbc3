import { ApiProblem, type Session } from '../../../shared/api-client';
import { h, show } from '../../../shared/dom';
import type { PortalMessage } from '../../messages';
import type { PageContext } from '../../page';

type Kind = Extract<Session['kind'], 'account' | 'circle' | 'unique'>;
const TABS: ReadonlyArray<{ kind: Kind; label: PortalMessage }> = [
  { kind: 'account', label: 'tabAccount' },
  { kind: 'circle', label: 'tabCircle' },
  { kind: 'unique', label: 'tabUnique' },
];

/** The manual's login: three tabs (account, circle, unique) over one form. */
export function loginPage(ctx: PageContext): HTMLElement {
  const { t } = ctx;
  const initial = TABS.find((tab) => tab.kind === ctx.query.get('kind'))?.kind ?? 'account';
  let kind: Kind = initial;
  const error = h('p', { class: 'error', role: 'alert', id: 'login-error' });
  const loginId = h('input', { id: 'login-id', name: 'loginId', autocomplete: 'username', required: true, maxlength: 64 });
  const password = h('input', { id: 'password', name: 'password', type: 'password', autocomplete: 'current-password', required: true });

  const tabs = TABS.map((tab) =>
    h(
      'button',
      {
        type: 'button',
        role: 'tab',
        id: `tab-${tab.kind}`,
        'aria-controls': 'login-panel',
        onclick: () => select(tab.kind),
        onkeydown: (e: Event) => arrowKeys(e as KeyboardEvent, tab.kind),
      },
      t(tab.label),
    ),
  );
  const select = (k: Kind, focus = false) => {
    kind = k;
    tabs.forEach((b, i) => {
      const on = TABS[i]!.kind === k;
      b.setAttribute('aria-selected', String(on));
      b.tabIndex = on ? 0 : -1;
      if (on && focus) b.focus();
    });
    panel.setAttribute('aria-labelledby', `tab-${k}`);
    error.textContent = '';
  };
  const arrowKeys = (e: KeyboardEvent, from: Kind) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const i = TABS.findIndex((tab) => tab.kind === from);
    select(TABS[(i + step + TABS.length) % TABS.length]!.kind, true);
  };

  const form = h(
    'form',
    {
      onsubmit: async (e: Event) => {
        e.preventDefault();
        error.textContent = '';
        try {
          ctx.sessionChanged(await ctx.api.login(kind, loginId.value, password.value));
        } catch (err) {
          error.textContent = err instanceof ApiProblem ? err.problem.detail : (err as Error).message;
          password.value = '';
          password.focus();
        }
      },
    },
    h('label', { for: 'login-id' }, t('loginId')),
    loginId,
    h('label', { for: 'password' }, t('password')),
    password,
    h('button', { type: 'submit' }, t('login')),
    error,
  );
  const panel = h('div', { role: 'tabpanel', id: 'login-panel', class: 'stack' }, form);
  const pageLink = (to: string, text: string) => h('a', { href: to, onclick: link(ctx, to) }, text);
  const links = h(
    'p',
    { class: 'login-links' },
    pageLink('/password-reminder', t('forgotPassword')),
    pageLink('/login-id-reminder', t('forgotLoginId')),
    pageLink('/signup', t('signupLink')),
  );
  const card = h('section', { class: 'card narrow', 'aria-labelledby': 'login-title' });
  show(
    card,
    h('h1', { id: 'login-title' }, t('loginTitle')),
    h('div', { role: 'tablist', 'aria-label': t('loginKinds') }, ...tabs),
    panel,
    links,
  );
  select(initial);
  return card;
}

/** A link that moves inside the portal without a reload. */
export const link = (ctx: PageContext, to: string) => (e: Event) => {
  e.preventDefault();
  ctx.go(to);
};
