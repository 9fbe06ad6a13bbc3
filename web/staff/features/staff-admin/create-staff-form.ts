import { ApiProblem, type CreatedStaff, type StaffRole } from '../../../shared/api-client';
import { h } from '../../../shared/dom';
import type { PageContext } from '../../page';
import { problemText } from './dialogs';

/** The role options, in the order administrators pick them most. */
export const ROLES: readonly StaffRole[] = ['operator', 'warehouse', 'admin'];

/** The menu label of a role. */
export const roleLabel = (ctx: PageContext, role: StaffRole) =>
  ctx.t(role === 'operator' ? 'roleOperator' : role === 'warehouse' ? 'roleWarehouse' : 'roleAdmin');

/**
 * The form that adds a staff user. One Idempotency-Key per new user: a double click creates one;
 * a refused attempt gets a fresh key, since its corrected retry is a different request.
 */
export function createStaffForm(ctx: PageContext, onCreated: (c: CreatedStaff) => void, status: HTMLElement): HTMLFormElement {
  let key = crypto.randomUUID();
  const loginId = h('input', { id: 'sa-login-id', name: 'loginId', required: true, minlength: 3, maxlength: 64, autocomplete: 'off' });
  loginId.pattern = '[A-Za-z0-9._@\\-]+';
  const name = h('input', { id: 'sa-name', name: 'name', required: true, maxlength: 100, autocomplete: 'off' });
  const role = h('select', { id: 'sa-role', name: 'role' }, ...ROLES.map((r) => h('option', { value: r }, roleLabel(ctx, r))));
  const password = h('input', {
    id: 'sa-password',
    name: 'password',
    type: 'password',
    minlength: 8,
    maxlength: 128,
    autocomplete: 'new-password',
    'aria-describedby': 'sa-password-hint',
  });
  const submit = h('button', { type: 'submit' }, ctx.t('saCreate'));
  const field = (id: string, label: string, input: HTMLElement) => h('div', { class: 'sa-field' }, h('label', { for: id }, label), input);

  const form = h(
    'form',
    {
      class: 'card sa-create',
      'aria-labelledby': 'sa-create-title',
      onsubmit: async (e: Event) => {
        e.preventDefault();
        submit.disabled = true;
        try {
          const input = { loginId: loginId.value.trim(), name: name.value.trim(), role: role.value as StaffRole };
          const created = await ctx.api.createStaff(password.value ? { ...input, password: password.value } : input, key);
          key = crypto.randomUUID();
          form.reset();
          status.textContent = ctx.t('saCreated', { loginId: created.loginId });
          status.className = 'ok';
          onCreated(created);
        } catch (err) {
          if (err instanceof ApiProblem) key = crypto.randomUUID();
          status.textContent = problemText(err);
          status.className = 'error';
        } finally {
          submit.disabled = false;
        }
      },
    },
    h('h2', { id: 'sa-create-title' }, ctx.t('saCreateTitle')),
    h(
      'div',
      { class: 'sa-fields' },
      field('sa-login-id', ctx.t('saLoginId'), loginId),
      field('sa-name', ctx.t('saName'), name),
      field('sa-role', ctx.t('saRole'), role),
      field('sa-password', ctx.t('saPassword'), password),
    ),
    h('p', { class: 'hint', id: 'sa-password-hint' }, ctx.t('saPasswordHint')),
    submit,
  );
  return form;
}
