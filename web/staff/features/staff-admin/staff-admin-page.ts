import type { CreatedStaff, StaffRole, StaffUser } from '../../../shared/api-client';
import { h, show } from '../../../shared/dom';
import { jst } from '../../../shared/i18n';
import type { PageContext } from '../../page';
import { createStaffForm, roleLabel, ROLES } from './create-staff-form';
import { confirmAction, problemText, showTemporaryPassword } from './dialogs';

/**
 * The administrators' staff desk: the list of staff users, a form to add one, and per user a
 * password reset (the temporary password shown once in a dialog), disable or enable, and the role,
 * each after a confirmation and with its own Idempotency-Key.
 */
export function staffAdminPage(ctx: PageContext): HTMLElement {
  const { t } = ctx;
  const status = h('p', { role: 'status', 'aria-live': 'polite', id: 'sa-status' });
  const tbody = h('tbody');
  const section = h('section', { 'aria-labelledby': 'sa-title' });

  const say = (text: string, ok: boolean) => {
    status.textContent = text;
    status.className = ok ? 'ok' : 'error';
  };

  async function load() {
    const items = await ctx.api.listStaff();
    show(tbody, ...items.map(row));
  }

  /** Asks, then runs one action on a user and says what it did; the key is made once per confirmed action. */
  async function act(question: string, run: (key: string) => Promise<string>) {
    if (!(await confirmAction(section, t, question))) return load();
    try {
      say(await run(crypto.randomUUID()), true);
    } catch (err) {
      say(problemText(err), false);
    }
    await load();
  }

  const resetPassword = (s: StaffUser) =>
    act(t('saConfirmReset', { loginId: s.loginId }), async (key) => {
      const r = await ctx.api.resetStaffPassword(s.id, key);
      if (!r.temporaryPassword) return t('saSecretLost');
      await showTemporaryPassword(section, t, s.loginId, r.temporaryPassword);
      return t('saSessionsEnded', { loginId: s.loginId, count: r.sessionsEnded });
    });

  const toggle = (s: StaffUser) =>
    s.status === 'active'
      ? act(t('saConfirmDisable', { loginId: s.loginId }), async (key) => {
          await ctx.api.disableStaff(s.id, key);
          return t('saDisabledDone', { loginId: s.loginId });
        })
      : act(t('saConfirmEnable', { loginId: s.loginId }), async (key) => {
          await ctx.api.enableStaff(s.id, key);
          return t('saEnabledDone', { loginId: s.loginId });
        });

  const changeRole = (s: StaffUser, role: StaffRole) => {
    const params = { loginId: s.loginId, role: roleLabel(ctx, role) };
    return act(t('saConfirmRole', params), async () => {
      await ctx.api.changeStaffRole(s.id, role);
      return t('saRoleDone', params);
    });
  };

  function row(s: StaffUser): HTMLTableRowElement {
    const self = s.id === ctx.session.staffId;
    const params = { loginId: s.loginId };
    const roleSelect = h(
      'select',
      { id: `sa-role-${s.id}`, disabled: self },
      ...ROLES.map((r) => h('option', { value: r }, roleLabel(ctx, r))),
    );
    roleSelect.value = s.role;
    roleSelect.addEventListener('change', () => changeRole(s, roleSelect.value as StaffRole));
    const reset = h('button', { type: 'button', class: 'secondary', 'aria-label': t('saResetFor', params) }, t('saReset'));
    reset.addEventListener('click', () => resetPassword(s));
    const active = s.status === 'active';
    const toggleButton = h(
      'button',
      {
        type: 'button',
        class: active ? 'danger' : 'secondary',
        disabled: self,
        'aria-label': t(active ? 'saDisableFor' : 'saEnableFor', params),
      },
      t(active ? 'saDisable' : 'saEnable'),
    );
    toggleButton.addEventListener('click', () => toggle(s));
    return h(
      'tr',
      { 'data-staff-id': s.id, 'data-login-id': s.loginId, class: active ? '' : 'sa-disabled' },
      h('th', { scope: 'row', class: 'mono' }, s.loginId, self ? h('span', { class: 'hint' }, ` ${t('saYou')}`) : null),
      h('td', {}, s.name),
      h('td', {}, h('label', { for: roleSelect.id, class: 'visually-hidden' }, t('saRoleFor', params)), roleSelect),
      h('td', {}, h('span', { class: active ? 'sa-badge' : 'sa-badge off' }, t(active ? 'saActive' : 'saDisabled'))),
      h(
        'td',
        {},
        jst(s.createdAt, ctx.lang()),
        s.createdBy ? h('br') : null,
        s.createdBy ? h('span', { class: 'hint mono' }, s.createdBy) : null,
      ),
      h('td', {}, s.lastLoginAt ? jst(s.lastLoginAt, ctx.lang()) : t('saNever')),
      h(
        'td',
        { class: 'actions' },
        reset,
        toggleButton,
        h(
          'a',
          { href: `#/audit/${encodeURIComponent(s.id)}`, class: 'sa-log-link', 'aria-label': t('saAuditFor', params) },
          t('saAuditLink'),
        ),
      ),
    );
  }

  const onCreated = async (c: CreatedStaff) => {
    await load();
    if (c.temporaryPassword) await showTemporaryPassword(section, t, c.loginId, c.temporaryPassword);
  };

  const col = (k: Parameters<typeof t>[0]) => h('th', { scope: 'col' }, t(k));
  section.append(
    h('h1', { id: 'sa-title' }, t('saTitle')),
    h('p', { class: 'hint' }, t('saHint')),
    status,
    createStaffForm(ctx, onCreated, status),
    h(
      'table',
      { class: 'sa-table' },
      h('caption', { class: 'visually-hidden' }, t('saTitle')),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          col('saColLoginId'),
          col('saColName'),
          col('saColRole'),
          col('saColStatus'),
          col('saColCreated'),
          col('saColLastLogin'),
          col('saColActions'),
        ),
      ),
      tbody,
    ),
  );
  void load().catch((err) => say(problemText(err), false));
  return section;
}
