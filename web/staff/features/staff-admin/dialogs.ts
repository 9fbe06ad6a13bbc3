import { ApiProblem } from '../../../shared/api-client';
import { h } from '../../../shared/dom';
import type { T } from '../../messages';

/** The text of a failed request: the API's problem detail in the page's language. */
export const problemText = (err: unknown) => (err instanceof ApiProblem ? err.problem.detail : (err as Error).message);

/**
 * A modal dialog that leaves the page, and takes everything it showed with it, as soon as it is
 * dismissed (a button, or Escape); the close event comes a moment later, so it is not waited for.
 */
function modal(host: HTMLElement, titleId: string, onClose: () => void, ...content: Node[]): { dismiss: () => void } {
  const dialog = h('dialog', { class: 'sa-dialog', 'aria-labelledby': titleId }, ...content);
  let closed = false;
  const dismiss = () => {
    if (closed) return;
    closed = true;
    if (dialog.open) dialog.close();
    dialog.remove();
    onClose();
  };
  dialog.addEventListener('close', dismiss);
  host.append(dialog);
  dialog.showModal();
  return { dismiss };
}

/** Asks before an action that cannot be taken back; resolves true only when the person proceeds. */
export function confirmAction(host: HTMLElement, t: T, question: string): Promise<boolean> {
  return new Promise((resolve) => {
    let proceed = false;
    const cancel = h('button', { type: 'button', class: 'secondary', autofocus: true }, t('saCancel'));
    const ok = h('button', { type: 'button' }, t('saProceed'));
    const dialog = modal(
      host,
      'sa-confirm-title',
      () => resolve(proceed),
      h('h2', { id: 'sa-confirm-title' }, t('saConfirmTitle')),
      h('p', {}, question),
      h('div', { class: 'sa-dialog-actions' }, cancel, ok),
    );
    cancel.addEventListener('click', dialog.dismiss);
    ok.addEventListener('click', () => {
      proceed = true;
      dialog.dismiss();
    });
  });
}

/**
 * Shows a temporary password once. It lives only in this dialog: closing it removes it from the
 * page, and it is never put in storage, the address or the status line.
 */
export function showTemporaryPassword(host: HTMLElement, t: T, loginId: string, password: string): Promise<void> {
  return new Promise((resolve) => {
    const close = h('button', { type: 'button' }, t('saClose'));
    const dialog = modal(
      host,
      'sa-secret-title',
      resolve,
      h('h2', { id: 'sa-secret-title' }, t('saSecretTitle', { loginId })),
      h('p', { class: 'sa-secret-value mono', id: 'sa-secret-value' }, password),
      h('p', { class: 'hint' }, t('saSecretNote')),
      h('div', { class: 'sa-dialog-actions' }, close),
    );
    close.addEventListener('click', dialog.dismiss);
  });
}
