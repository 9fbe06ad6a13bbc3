import { ApiProblem } from '../../../shared/api-client';
import { h } from '../../../shared/dom';

/** One labelled control (or group) with its hint and the place its error shows, linked by aria-describedby. */
export interface FieldSlot {
  name: string;
  /** The controls marked aria-invalid when the field is refused. */
  marks: () => HTMLElement[];
  error: HTMLElement;
  element: HTMLElement;
}

/**
 * A labelled field: the label, the control, an optional hint and the error paragraph beside it.
 * `name` is the API's field name (body.<name> or query.<name> in its problems).
 */
export function fieldSlot(name: string, label: string, control: HTMLElement, hint?: string): FieldSlot {
  const error = h('p', { class: 'error field-error', id: `${control.id}-error` });
  const hintEl = hint ? h('p', { class: 'hint', id: `${control.id}-hint` }, hint) : null;
  control.setAttribute('aria-describedby', [hintEl?.id, error.id].filter(Boolean).join(' '));
  const element = h('div', { class: 'field' }, h('label', { for: control.id }, label), control, hintEl, error);
  return { name, marks: () => [control], error, element };
}

/** The API field a problem names, without its location and index: body.incomingNumberIds.0 → incomingNumberIds. */
const fieldName = (path: string) => path.replace(/^(body|query|params)\./, '').split('.')[0]!;

/** Clears every field's error mark. */
export function clearFieldErrors(slots: FieldSlot[]): void {
  for (const s of slots) {
    s.error.textContent = '';
    for (const m of s.marks()) m.removeAttribute('aria-invalid');
  }
}

/**
 * Puts a refusal's messages beside the fields it names (already in the reader's language) and
 * marks them invalid; answers false when it named none of them, so the caller shows it whole.
 */
export function showFieldErrors(slots: FieldSlot[], err: unknown): boolean {
  clearFieldErrors(slots);
  if (!(err instanceof ApiProblem)) return false;
  const p = err.problem;
  const found = p.errors?.length ? p.errors : p.field ? [{ field: p.field, message: p.detail }] : [];
  let shown = false;
  for (const e of found) {
    const slot = slots.find((s) => s.name === fieldName(e.field));
    if (!slot) continue;
    slot.error.textContent = slot.error.textContent ? `${slot.error.textContent} ${e.message}` : e.message;
    for (const m of slot.marks()) m.setAttribute('aria-invalid', 'true');
    shown = true;
  }
  return shown;
}
