import type { CustomerCircle } from '../../../shared/api-client';
import { h, show } from '../../../shared/dom';
import { jst } from '../../../shared/i18n';
import type { PageContext } from '../../page';
import { problemText } from './account-forms';
import { addCircleForm, circlePasswordForm, removeCircleForm, renameCircleForm, type CircleEditorContext } from './circle-forms';

/**
 * Circles: the account lists, adds, renames, re-passwords and removes its circles; a circle
 * login sees only its own circle (the API answers only that one) and may rename it or change its password.
 */
export function circlesPage(ctx: PageContext): HTMLElement {
  const { t } = ctx;
  const isAccount = ctx.session?.kind === 'account';
  const status = h('p', { role: 'status', 'aria-live': 'polite', id: 'circles-status' });
  const list = h('div', { class: 'circles-list' }, t('loading'));
  const editor = h('div', { id: 'circle-editor' });

  const say = (text: string, ok: boolean) => {
    status.textContent = text;
    status.className = ok ? 'ok' : 'error';
  };
  const editorCtx: CircleEditorContext = {
    ctx,
    done: async (message) => {
      show(editor);
      say(message, true);
      await reload();
    },
    failed: (err) => say(problemText(err), false),
    cancel: () => show(editor),
  };

  const actionButton = (label: string, ariaLabel: string, open: () => HTMLElement, cls = 'secondary') =>
    h(
      'button',
      {
        type: 'button',
        class: cls,
        'aria-label': ariaLabel,
        onclick: () => {
          status.textContent = '';
          show(editor, open());
          editor.querySelector<HTMLElement>('input, button')?.focus();
        },
      },
      label,
    );

  const row = (c: CustomerCircle) =>
    h(
      'tr',
      { 'data-circle-id': c.id },
      h('th', { scope: 'row', 'data-label': t('circleName') }, c.name),
      h('td', { class: 'mono', 'data-label': t('circleLoginId') }, c.loginId),
      h('td', { 'data-label': t('circleCreated') }, jst(c.createdAt, ctx.lang())),
      h(
        'td',
        { class: 'circle-actions', 'data-label': t('circleActions') },
        h(
          'div',
          { class: 'circle-action-buttons' },
          actionButton(t('circleRename'), t('circleRenameOf', { name: c.name }), () => renameCircleForm(editorCtx, c)),
          actionButton(t('circlePassword'), t('circlePasswordOf', { name: c.name }), () => circlePasswordForm(editorCtx, c, !isAccount)),
          isAccount
            ? actionButton(t('circleRemove'), t('circleRemoveOf', { name: c.name }), () => removeCircleForm(editorCtx, c), 'danger')
            : null,
        ),
      ),
    );

  const table = (circles: CustomerCircle[]) =>
    h(
      'table',
      { class: 'circles-table' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t('circleName')),
          h('th', { scope: 'col' }, t('circleLoginId')),
          h('th', { scope: 'col' }, t('circleCreated')),
          h('th', { scope: 'col' }, t('circleActions')),
        ),
      ),
      h('tbody', {}, ...circles.map(row)),
    );

  async function reload(): Promise<void> {
    try {
      const { items } = await ctx.api.listCircles();
      show(list, items.length ? table(items) : h('p', { id: 'circles-none' }, t('circlesNone')));
    } catch (err) {
      show(list);
      say(problemText(err), false);
    }
  }
  void reload();

  return h(
    'section',
    { class: 'card circles', 'aria-labelledby': 'circles-title' },
    h('h1', { id: 'circles-title' }, t('circlesTitle')),
    isAccount ? null : h('p', { class: 'hint' }, t('circlesOwnHint')),
    status,
    list,
    editor,
    isAccount ? addCircleForm(editorCtx) : null,
  );
}
