import type { CustomerCircle } from '../../../shared/api-client';
import { h } from '../../../shared/dom';
import type { PageContext } from '../../page';
import { labelled } from './account-forms';

/** What a circle form needs from the circles page: the page context and how to end. */
export interface CircleEditorContext {
  ctx: PageContext;
  done: (message: string) => Promise<void>;
  failed: (err: unknown) => void;
  cancel: () => void;
}

/** A small form that disables its button while the API works, and reports the outcome to the page. */
function editorForm(
  e: CircleEditorContext,
  title: string,
  submitLabel: string,
  fields: HTMLElement[],
  run: () => Promise<string>,
  submitClass?: string,
): HTMLFormElement {
  const submit = h('button', { type: 'submit', class: submitClass }, submitLabel);
  const cancel = h('button', { type: 'button', class: 'secondary', onclick: e.cancel }, e.ctx.t('circleCancel'));
  const titleId = `circle-editor-title`;
  return h(
    'form',
    {
      class: 'circle-editor',
      'aria-labelledby': titleId,
      onsubmit: async (ev: Event) => {
        ev.preventDefault();
        submit.disabled = true;
        try {
          await e.done(await run());
        } catch (err) {
          e.failed(err);
          submit.disabled = false;
        }
      },
    },
    h('h2', { id: titleId }, title),
    ...fields,
    h('div', { class: 'circle-editor-buttons' }, submit, cancel),
  );
}

/** Renames a circle. */
export function renameCircleForm(e: CircleEditorContext, c: CustomerCircle): HTMLFormElement {
  const { t, api } = e.ctx;
  const name = h('input', { required: true, maxlength: 100, value: c.name });
  return editorForm(
    e,
    t('circleRenameOf', { name: c.name }),
    t('circleSave'),
    [labelled('circle-new-name', t('circleNewName'), name)],
    async () => {
      const renamed = await api.renameCircle(c.id, name.value.trim());
      return t('circleRenamed', { name: renamed.name });
    },
  );
}

/** Changes a circle's password; a circle login changing its own also gives the current one. */
export function circlePasswordForm(e: CircleEditorContext, c: CustomerCircle, needsCurrent: boolean): HTMLFormElement {
  const { t, api } = e.ctx;
  const current = h('input', { type: 'password', autocomplete: 'current-password', required: true });
  const pw = h('input', { type: 'password', autocomplete: 'new-password', required: true, minlength: 8, maxlength: 128 });
  const fields = [
    needsCurrent ? labelled('circle-current-password', t('circleCurrentPassword'), current) : null,
    labelled('circle-new-password', t('circleNewPassword'), pw),
  ].filter((f): f is HTMLElement => f !== null);
  return editorForm(e, t('circlePasswordOf', { name: c.name }), t('circleSave'), fields, async () => {
    await api.setCirclePassword(c.id, pw.value, needsCurrent ? current.value : undefined);
    return t('circlePasswordChanged', { name: c.name });
  });
}

/** Asks before removing a circle; the API refuses while the circle has live services, and the page shows its words. */
export function removeCircleForm(e: CircleEditorContext, c: CustomerCircle): HTMLFormElement {
  const { t, api } = e.ctx;
  return editorForm(
    e,
    t('circleRemoveOf', { name: c.name }),
    t('circleRemoveYes'),
    [h('p', {}, t('circleRemoveConfirm', { name: c.name }))],
    async () => {
      await api.removeCircle(c.id);
      return t('circleRemoved', { name: c.name });
    },
    'danger',
  );
}

/** Adds a circle with its own login; one Idempotency-Key per filled-in form. */
export function addCircleForm(e: CircleEditorContext): HTMLFormElement {
  const { t, api } = e.ctx;
  let key = crypto.randomUUID();
  const name = h('input', { required: true, maxlength: 100 });
  const loginId = h('input', { required: true, minlength: 3, maxlength: 64, autocomplete: 'off' });
  const password = h('input', { type: 'password', autocomplete: 'new-password', required: true, minlength: 8, maxlength: 128 });
  const submit = h('button', { type: 'submit' }, t('circleAdd'));
  const form = h(
    'form',
    {
      class: 'circle-add',
      'aria-labelledby': 'circle-add-title',
      onsubmit: async (ev: Event) => {
        ev.preventDefault();
        submit.disabled = true;
        try {
          const added = await api.addCircle({ name: name.value.trim(), loginId: loginId.value.trim(), password: password.value }, key);
          key = crypto.randomUUID();
          form.reset();
          await e.done(t('circleAdded', { name: added.name }));
        } catch (err) {
          key = crypto.randomUUID();
          e.failed(err);
        } finally {
          submit.disabled = false;
        }
      },
    },
    h('h2', { id: 'circle-add-title' }, t('circleAddTitle')),
    labelled('circle-add-name', t('circleName'), name),
    labelled('circle-add-login-id', t('circleLoginId'), loginId, t('signupLoginIdHint')),
    labelled('circle-add-password', t('circleAddPassword'), password),
    h('div', {}, submit),
  );
  return form;
}
