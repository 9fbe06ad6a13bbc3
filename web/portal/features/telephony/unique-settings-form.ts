import type { UniqueSettings, UniqueSettingsPatch } from '../../../shared/api-client';
import { h } from '../../../shared/dom';
import type { PageContext } from '../../page';
import { clearFieldErrors, fieldSlot, showFieldErrors, type FieldSlot } from './field-errors';
import { problemText } from './words';

const text = (id: string, value: string | null, max: number, extra: Record<string, string> = {}) =>
  h('input', { id, value: value ?? '', maxlength: max, autocomplete: 'off', ...extra });

const checkbox = (id: string, label: string, checked: boolean) => {
  const input = h('input', { id, type: 'checkbox', checked });
  return { input, element: h('div', { class: 'field check' }, input, h('label', { for: id }, label)) };
};

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

/** The incoming numbers: one checkbox per number of the circle, as one group with its error. */
function incomingNumbersSlot(ctx: PageContext, s: UniqueSettings): FieldSlot & { chosen: () => string[] } {
  const { t } = ctx;
  const on = new Set(s.incomingNumbers.map((n) => n.id));
  const boxes = s.numberChoices.map((n) => ({
    id: n.id,
    input: h('input', { id: `uq-in-${n.id}`, type: 'checkbox', checked: on.has(n.id) }),
  }));
  const error = h('p', { class: 'error field-error', id: 'uq-incoming-error' });
  const element = h(
    'fieldset',
    { class: 'field', id: 'uq-incoming', 'aria-describedby': 'uq-incoming-hint uq-incoming-error' },
    h('legend', {}, t('uqIncomingNumbers')),
    h('p', { class: 'hint', id: 'uq-incoming-hint' }, s.numberChoices.length ? t('uqIncomingNumbersHint') : t('uqNoNumbers')),
    ...boxes.map((b, i) =>
      h('div', { class: 'check' }, b.input, h('label', { for: b.input.id, class: 'mono' }, s.numberChoices[i]!.numberDisplay)),
    ),
    s.numberChoices.length
      ? null
      : h('a', { href: '/purchase', onclick: (e: Event) => (e.preventDefault(), ctx.go('/purchase')) }, t('uqBuyNumber')),
    error,
  );
  return {
    name: 'incomingNumberIds',
    marks: () => boxes.map((b) => b.input),
    error,
    element,
    chosen: () => boxes.filter((b) => b.input.checked).map((b) => b.id),
  };
}

/** The outgoing extension: the same as the incoming one, or another 2-5 digits. */
function outgoingSlot(ctx: PageContext, s: UniqueSettings): FieldSlot & { value: () => string } {
  const { t } = ctx;
  const same = s.outgoingExtension === 'same_as_incoming';
  const sameRadio = h('input', { type: 'radio', name: 'uq-outgoing', id: 'uq-outgoing-same', value: 'same', checked: same });
  const otherRadio = h('input', { type: 'radio', name: 'uq-outgoing', id: 'uq-outgoing-other', value: 'other', checked: !same });
  const other = text('uq-outgoing-extension', same ? '' : s.outgoingExtension, 10, { inputmode: 'numeric', class: 'short' });
  const error = h('p', { class: 'error field-error', id: 'uq-outgoing-extension-error' });
  other.setAttribute('aria-describedby', error.id);
  other.disabled = same;
  const toggle = () => {
    other.disabled = sameRadio.checked;
    if (otherRadio.checked) other.focus();
  };
  sameRadio.addEventListener('change', toggle);
  otherRadio.addEventListener('change', toggle);
  const element = h(
    'fieldset',
    { class: 'field' },
    h('legend', {}, t('uqOutgoingExtension')),
    h('div', { class: 'check' }, sameRadio, h('label', { for: sameRadio.id }, t('uqSameAsIncoming'))),
    h('div', { class: 'check' }, otherRadio, h('label', { for: otherRadio.id }, t('uqOtherExtension'))),
    h('label', { for: other.id }, t('uqOtherExtensionNumber')),
    other,
    error,
  );
  return {
    name: 'outgoingExtension',
    marks: () => [other],
    error,
    element,
    value: () => (sameRadio.checked ? 'same_as_incoming' : other.value.trim()),
  };
}

/**
 * Every field of the manual's settings screen. "Save changes" sends the whole screen; a refusal's
 * message shows beside the field it names, in the reader's language; success says "Updated".
 */
export function uniqueSettingsForm(ctx: PageContext, s: UniqueSettings): HTMLElement {
  const { t } = ctx;
  const guest = text('uq-guest', s.guestManagementNumber, 20);
  const name = text('uq-name', s.name, 100, { autocomplete: 'name' });
  const affiliation = text('uq-affiliation', s.affiliation, 100, { autocomplete: 'organization' });
  const english = checkbox('uq-english', t('uqEnglishAnnouncement'), s.englishAnnouncement);
  const pickupGroup = text('uq-pickup-group', s.pickupGroup === null ? '' : String(s.pickupGroup), 2, {
    inputmode: 'numeric',
    class: 'short',
  });
  const pickupNotification = checkbox('uq-pickup-notification', t('uqPickupNotification'), s.pickupNotification);
  const pickupNumber = text('uq-pickup-number', s.pickupNotificationNumberDisplay, 20, { inputmode: 'tel' });
  const pickupVoice = checkbox('uq-pickup-voice', t('uqPickupNotificationVoice'), s.pickupNotificationVoice);
  const notes = h('textarea', { id: 'uq-notes', maxlength: 1000, rows: 3 }, s.notes ?? '');
  const incoming = incomingNumbersSlot(ctx, s);
  const callerId = h(
    'select',
    { id: 'uq-caller-id' },
    h('option', { value: '', selected: s.callerId === null }, t('uqCallerIdChoose')),
    ...s.numberChoices.map((n) => h('option', { value: n.id, selected: s.callerId === n.id }, n.numberDisplay)),
    h('option', { value: 'prohibited', selected: s.callerId === 'prohibited' }, t('uqProhibited')),
  );
  const incomingExtension = text('uq-incoming-extension', s.incomingExtension, 10, { inputmode: 'numeric', class: 'short' });
  const outgoing = outgoingSlot(ctx, s);

  const slots: FieldSlot[] = [
    fieldSlot('guestManagementNumber', t('uqGuestNumber'), guest),
    fieldSlot('name', t('uqName'), name),
    fieldSlot('affiliation', t('uqAffiliation'), affiliation),
    fieldSlot('pickupGroup', t('uqPickupGroup'), pickupGroup, t('uqPickupGroupHint')),
    fieldSlot('pickupNotificationNumber', t('uqPickupNotificationNumber'), pickupNumber),
    fieldSlot('notes', t('uqNotes'), notes),
    incoming,
    fieldSlot('callerId', t('uqCallerId'), callerId, t('uqCallerIdHint')),
    fieldSlot('incomingExtension', t('uqIncomingExtension'), incomingExtension, t('uqIncomingExtensionHint')),
    outgoing,
  ];
  const slot = (n: string) => slots.find((x) => x.name === n)!.element;
  const status = h('p', { role: 'status', 'aria-live': 'polite', id: 'uq-status' });
  const submit = h('button', { type: 'submit', id: 'uq-save', disabled: s.status !== 'active' }, t('uqSave'));

  const patch = (): UniqueSettingsPatch => {
    const group = pickupGroup.value.trim();
    const withNumbers = s.numberChoices.length > 0;
    return {
      guestManagementNumber: orNull(guest.value),
      name: orNull(name.value),
      affiliation: orNull(affiliation.value),
      englishAnnouncement: english.input.checked,
      // A non-number is sent as typed, so that the API's refusal names the field.
      pickupGroup: group === '' ? null : Number.isInteger(Number(group)) ? Number(group) : (group as unknown as number),
      pickupNotification: pickupNotification.input.checked,
      // Shown with hyphens for reading; the API takes the digits.
      pickupNotificationNumber: orNull(pickupNumber.value.replace(/[\s-]/g, '')),
      pickupNotificationVoice: pickupVoice.input.checked,
      notes: orNull(notes.value),
      // Without a number in the circle there is nothing to choose; the rest of the screen still saves.
      ...(withNumbers ? { incomingNumberIds: incoming.chosen() } : {}),
      ...(withNumbers || callerId.value ? { callerId: callerId.value || null } : {}),
      incomingExtension: incomingExtension.value.trim(),
      outgoingExtension: outgoing.value(),
    };
  };

  const onsubmit = async (e: Event) => {
    e.preventDefault();
    clearFieldErrors(slots);
    submit.disabled = true;
    status.className = '';
    status.textContent = t('uqSaving');
    try {
      await ctx.api.saveUniqueSettings(s.id, patch());
      status.className = 'ok';
      status.textContent = t('uqUpdated');
      submit.disabled = false;
    } catch (err) {
      status.className = 'error';
      status.textContent = showFieldErrors(slots, err) ? t('uqFixErrors') : problemText(err);
      slots
        .find((x) => x.error.textContent)
        ?.marks()[0]
        ?.focus();
      submit.disabled = false;
    }
  };

  return h(
    'form',
    { class: 'card uq-settings', id: 'uq-settings', novalidate: true, onsubmit },
    h('p', { class: 'hint' }, t('uqFirstFour')),
    h(
      'fieldset',
      { class: 'group' },
      h('legend', {}, t('uqCalls')),
      incoming.element,
      slot('callerId'),
      slot('incomingExtension'),
      outgoing.element,
    ),
    h(
      'fieldset',
      { class: 'group' },
      h('legend', {}, t('uqProfile')),
      slot('guestManagementNumber'),
      slot('name'),
      slot('affiliation'),
      english.element,
      slot('pickupGroup'),
      pickupNotification.element,
      slot('pickupNotificationNumber'),
      pickupVoice.element,
      slot('notes'),
    ),
    h('div', { class: 'form-end' }, submit, status),
  );
}
