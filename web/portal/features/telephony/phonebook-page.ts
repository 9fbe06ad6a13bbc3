import { ApiProblem, type PhonebookContact, type PhonebookContactInput } from '../../../shared/api-client';
import { h, show } from '../../../shared/dom';
import type { PortalMessage } from '../../messages';
import type { PageContext } from '../../page';

const problemText = (err: unknown) => (err instanceof ApiProblem ? err.problem.detail : (err as Error).message);

// People type numbers with hyphens, spaces or brackets; the phone book stores what is dialled.
const dialled = (text: string) => text.replace(/[\s\-()（）ー－]/g, '');
const DIALLABLE = /^\+?[0-9]{2,15}$/;

/**
 * The circle phone book (電話帳): search, add, edit and remove contacts. A circle login edits its
 * own circle's; the account chooses the circle first.
 */
export function phonebookPage(ctx: PageContext): HTMLElement {
  const { t } = ctx;
  const status = h('p', { role: 'status', 'aria-live': 'polite', id: 'pb-status' });
  const listHolder = h('div', { id: 'pb-list' }, h('p', {}, t('loading')));
  const editor = h('div', { id: 'pb-editor' });
  const circleSelect = h('select', { id: 'pb-circle' });
  const search = h('input', { id: 'pb-search', type: 'search', maxlength: 100 });
  let circleId = ctx.session?.kind === 'circle' ? (ctx.session.circleId ?? '') : '';

  const say = (text: string, ok: boolean) => {
    status.textContent = text;
    status.className = ok ? 'ok' : 'error';
  };

  const reload = async () => {
    if (!circleId) return;
    try {
      const { items } = await ctx.api.searchContacts(circleId, search.value.trim() || undefined);
      show(listHolder, items.length ? table(items) : h('p', {}, t(search.value.trim() ? 'pbNoMatch' : 'pbNone')));
    } catch (err) {
      show(listHolder);
      say(problemText(err), false);
    }
  };

  const addButton = (): HTMLElement =>
    h(
      'button',
      {
        type: 'button',
        id: 'pb-add-open',
        onclick: () => {
          show(editor, contactForm(ctx, null, context()));
          editor.querySelector('input')?.focus();
        },
      },
      t('pbAddTitle'),
    );
  const saved = async (c: PhonebookContact, message: PortalMessage) => {
    show(editor, addButton());
    await reload();
    say(t(message, { name: c.name }), true);
  };
  const failed = (err: unknown) => say(problemText(err), false);
  const context = () => ({ circleId, saved, failed, cancel: () => show(editor, addButton()) });

  const removeConfirm = (c: PhonebookContact) =>
    h(
      'div',
      { class: 'pb-confirm', role: 'group', 'aria-labelledby': 'pb-confirm-text' },
      h('p', { id: 'pb-confirm-text' }, t('pbRemoveConfirm', { name: c.name })),
      h(
        'button',
        {
          type: 'button',
          class: 'danger',
          id: 'pb-remove-yes',
          onclick: async () => {
            try {
              await ctx.api.removeContact(circleId, c.id);
              show(editor, addButton());
              await reload();
              say(t('pbRemoved', { name: c.name }), true);
            } catch (err) {
              failed(err);
            }
          },
        },
        t('pbRemoveYes'),
      ),
      h('button', { type: 'button', class: 'secondary', onclick: () => show(editor, addButton()) }, t('pbCancel')),
    );

  const table = (items: PhonebookContact[]) =>
    h(
      'table',
      { class: 'pb-table cards-on-phone' },
      h('caption', { class: 'visually-hidden' }, t('pbCaption')),
      h(
        'thead',
        {},
        h('tr', {}, ...(['pbName', 'pbCompany', 'pbNumber', 'pbNotes', 'pbActions'] as const).map((k) => h('th', { scope: 'col' }, t(k)))),
      ),
      h(
        'tbody',
        {},
        ...items.map((c) =>
          h(
            'tr',
            { 'data-contact-id': c.id },
            h(
              'th',
              { scope: 'row', 'data-label': t('pbName') },
              h('span', {}, c.name, c.nameKana ? h('span', { class: 'pb-kana' }, c.nameKana) : null),
            ),
            h('td', { 'data-label': t('pbCompany') }, c.company ?? ''),
            h(
              'td',
              { class: 'mono', 'data-label': t('pbNumber') },
              h('a', { href: `tel:${c.number ?? c.numberDisplay}` }, c.numberDisplay),
            ),
            h('td', { 'data-label': t('pbNotes') }, c.notes ?? ''),
            h(
              'td',
              { class: 'actions', 'data-label': t('pbActions') },
              h(
                'span',
                {},
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'secondary',
                    'aria-label': t('pbEditOf', { name: c.name }),
                    onclick: () => {
                      show(editor, contactForm(ctx, c, context()));
                      editor.querySelector('input')?.focus();
                    },
                  },
                  t('pbEdit'),
                ),
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'secondary',
                    'aria-label': t('pbRemoveOf', { name: c.name }),
                    onclick: () => {
                      show(editor, removeConfirm(c));
                      editor.querySelector<HTMLButtonElement>('#pb-remove-yes')?.focus();
                    },
                  },
                  t('pbRemove'),
                ),
              ),
            ),
          ),
        ),
      ),
    );

  const searchForm = h(
    'form',
    {
      class: 'pb-search',
      role: 'search',
      onsubmit: (e: Event) => {
        e.preventDefault();
        void reload();
      },
    },
    h('label', { for: 'pb-search' }, t('pbSearch')),
    search,
    h('button', { type: 'submit', class: 'secondary' }, t('pbSearchButton')),
  );

  const circleField = h('div', { class: 'pb-circle' }, h('label', { for: 'pb-circle' }, t('pbCircle')), circleSelect);
  circleField.hidden = true;
  circleSelect.addEventListener('change', () => {
    circleId = circleSelect.value;
    show(editor, addButton());
    void reload();
  });
  if (ctx.session?.kind === 'account') {
    ctx.api
      .listCircles()
      .then(({ items }) => {
        if (!items.length) return show(listHolder, h('p', {}, t('pbNoCircle')));
        show(circleSelect, ...items.map((c) => h('option', { value: c.id }, c.name)));
        circleField.hidden = false;
        circleId = items[0]!.id;
        show(editor, addButton());
        void reload();
      })
      .catch((err) => failed(err));
  } else {
    show(editor, addButton());
    void reload();
  }

  return h(
    'section',
    { class: 'pb-page', 'aria-labelledby': 'pb-title' },
    h('h1', { id: 'pb-title' }, t('pbTitle')),
    h('p', { class: 'hint' }, t('pbHint')),
    circleField,
    searchForm,
    status,
    editor,
    listHolder,
  );
}

interface ContactFormHooks {
  circleId: string;
  saved: (c: PhonebookContact, message: PortalMessage) => Promise<void>;
  failed: (err: unknown) => void;
  cancel: () => void;
}

/** The add or edit form of one contact; adding is idempotent per opened form. */
function contactForm(ctx: PageContext, existing: PhonebookContact | null, hooks: ContactFormHooks): HTMLElement {
  const { t } = ctx;
  const idempotencyKey = crypto.randomUUID();
  const field = (id: string, label: PortalMessage, input: HTMLInputElement, hint?: PortalMessage) =>
    h(
      'div',
      { class: 'field' },
      h('label', { for: id }, t(label)),
      input,
      hint ? h('span', { class: 'hint', id: `${id}-hint` }, t(hint)) : null,
    );
  const input = (id: string, value: string | null, attrs: Record<string, string | boolean | number> = {}) =>
    h('input', { id, value: value ?? '', ...attrs });
  const name = input('pb-name', existing?.name ?? null, { required: true, maxlength: 100, autocomplete: 'off' });
  const kana = input('pb-kana', existing?.nameKana ?? null, { maxlength: 100, autocomplete: 'off' });
  const company = input('pb-company', existing?.company ?? null, { maxlength: 100, autocomplete: 'off' });
  const number = input('pb-number', existing?.numberDisplay ?? null, {
    required: true,
    inputmode: 'tel',
    maxlength: 24,
    'aria-describedby': 'pb-number-hint',
    autocomplete: 'off',
  });
  const notes = input('pb-notes', existing?.notes ?? null, { maxlength: 500, autocomplete: 'off' });
  const orNull = (el: HTMLInputElement) => el.value.trim() || null;

  const submit = h('button', { type: 'submit' }, t(existing ? 'pbSave' : 'pbAdd'));
  return h(
    'form',
    {
      class: 'pb-form card',
      'aria-labelledby': 'pb-form-title',
      onsubmit: async (e: Event) => {
        e.preventDefault();
        const digits = dialled(number.value);
        if (!DIALLABLE.test(digits)) {
          number.setAttribute('aria-invalid', 'true');
          number.focus();
          return hooks.failed(new Error(t('pbNumberInvalid')));
        }
        number.removeAttribute('aria-invalid');
        const body: PhonebookContactInput = {
          name: name.value.trim(),
          nameKana: orNull(kana),
          company: orNull(company),
          number: digits,
          notes: orNull(notes),
        };
        submit.disabled = true;
        try {
          if (existing) await hooks.saved(await ctx.api.updateContact(hooks.circleId, existing.id, body), 'pbSaved');
          else await hooks.saved(await ctx.api.addContact(hooks.circleId, body, idempotencyKey), 'pbAdded');
        } catch (err) {
          hooks.failed(err);
        } finally {
          submit.disabled = false;
        }
      },
    },
    h('h2', { id: 'pb-form-title' }, existing ? t('pbEditTitle', { name: existing.name }) : t('pbAddTitle')),
    field('pb-name', 'pbName', name),
    field('pb-kana', 'pbKana', kana),
    field('pb-company', 'pbCompany', company),
    field('pb-number', 'pbNumber', number, 'pbNumberHint'),
    field('pb-notes', 'pbNotes', notes),
    h('div', { class: 'pb-buttons' }, submit, h('button', { type: 'button', class: 'secondary', onclick: hooks.cancel }, t('pbCancel'))),
  );
}
