import { ApiProblem } from '../../../shared/api-client';
import { h } from '../../../shared/dom';
import type { PageContext } from '../../page';

/** A link that moves inside the portal without a reload. */
export const portalLink = (ctx: PageContext, to: string, text: string) =>
  h('a', { href: to, onclick: (e: Event) => (e.preventDefault(), ctx.go(to)) }, text);

/** What an error says to the customer: the API's words and, for a refused field, what it allows. */
export function problemText(err: unknown): string {
  if (!(err instanceof ApiProblem)) return (err as Error).message;
  const fields = (err.problem as { errors?: Array<{ message: string }> }).errors ?? [];
  return [err.problem.detail, ...fields.map((f) => f.message)].join(' ');
}

/** The field a problem names (`field` or `body.field`), without its location. */
export const problemField = (err: unknown): string | undefined =>
  err instanceof ApiProblem ? err.problem.field?.replace(/^body\./, '') : undefined;

/** A labelled input with an optional hint tied to it by aria-describedby. */
export function labelled(id: string, label: string, input: HTMLInputElement | HTMLSelectElement, hint?: string): HTMLElement {
  input.id = id;
  const parts: Node[] = [h('label', { for: id }, label)];
  if (hint) {
    parts.push(h('p', { class: 'hint', id: `${id}-hint` }, hint));
    input.setAttribute('aria-describedby', `${id}-hint`);
  }
  return h('div', { class: 'field' }, ...parts, input);
}

/** Marks the inputs whose field a problem names as invalid, and clears the others. */
export function markInvalid(inputs: Record<string, HTMLElement>, err: unknown): void {
  const field = problemField(err);
  for (const [name, el] of Object.entries(inputs)) el.setAttribute('aria-invalid', String(name === field));
  if (field && inputs[field]) inputs[field].focus();
}
