import type { CustomerAccount, CustomerAccountPatch } from '../../../shared/api-client';
import { h, show } from '../../../shared/dom';
import type { PageContext } from '../../page';
import { labelled, markInvalid, problemText } from './account-forms';
import { PREFECTURE_NAMES } from './prefectures';

const postalShown = (digits: string | null) => (digits ? `${digits.slice(0, 3)}-${digits.slice(3)}` : '');

/** Account information: the contract data the manual's account page changes. */
export function accountInfoPage(ctx: PageContext): HTMLElement {
  const { t } = ctx;
  const section = h('section', { class: 'card account-info', 'aria-labelledby': 'account-title' });
  const status = h('p', { role: 'status', 'aria-live': 'polite', id: 'account-status' });
  show(section, h('h1', { id: 'account-title' }, t('accountTitle')), status);
  status.textContent = t('loading');
  ctx.api
    .myAccount()
    .then((a) => show(section, h('h1', { id: 'account-title' }, t('accountTitle')), accountForm(ctx, a, status), status))
    .catch((err) => {
      status.textContent = problemText(err);
      status.className = 'error';
    });
  return section;
}

function accountForm(ctx: PageContext, account: CustomerAccount, status: HTMLElement): HTMLElement {
  const { t } = ctx;
  status.textContent = '';
  const name = h('input', { autocomplete: 'organization', required: true, maxlength: 100 });
  const contactName = h('input', { autocomplete: 'name', maxlength: 100 });
  const postalCode = h('input', { autocomplete: 'postal-code', inputmode: 'numeric', maxlength: 20 });
  const prefecture = h(
    'select',
    { autocomplete: 'address-level1' },
    h('option', { value: '' }, t('accountPrefectureNone')),
    ...PREFECTURE_NAMES.map((p) => h('option', { value: p.ja }, ctx.lang() === 'ja' ? p.ja : `${p.en} (${p.ja})`)),
  );
  const address = h('input', { autocomplete: 'street-address', maxlength: 200 });
  const phone = h('input', { type: 'tel', autocomplete: 'tel', maxlength: 30 });
  const email = h('input', { type: 'email', autocomplete: 'email', required: true, maxlength: 254 });
  const language = h('select', {}, h('option', { value: 'ja' }, t('langJa')), h('option', { value: 'en' }, t('langEn')));
  const save = h('button', { type: 'submit' }, t('accountSave'));
  const inputs = { name, contactName, postalCode, prefecture, address, phone, email, language };

  let shown = account;
  const fill = (a: CustomerAccount) => {
    shown = a;
    name.value = a.name;
    contactName.value = a.contactName ?? '';
    postalCode.value = postalShown(a.postalCode);
    prefecture.value = a.prefecture ?? '';
    address.value = a.address ?? '';
    phone.value = a.phoneDisplay ?? '';
    email.value = a.email;
    language.value = a.language;
  };
  fill(account);

  // Only the changed fields go to the API; an emptied optional field is cleared with null.
  const changes = (): CustomerAccountPatch => {
    const patch: Record<string, string | null> = {};
    const optional = (key: keyof CustomerAccountPatch, value: string, was: string | null) => {
      if (value.trim() !== (was ?? '')) patch[key] = value.trim() === '' ? null : value.trim();
    };
    if (name.value.trim() !== shown.name) patch.name = name.value.trim();
    if (email.value.trim() !== shown.email) patch.email = email.value.trim();
    if (language.value !== shown.language) patch.language = language.value;
    optional('contactName', contactName.value, shown.contactName);
    optional('postalCode', postalCode.value, postalShown(shown.postalCode) || null);
    optional('prefecture', prefecture.value, shown.prefecture);
    optional('address', address.value, shown.address);
    optional('phone', phone.value, shown.phoneDisplay);
    return patch as CustomerAccountPatch;
  };

  const onsubmit = async (e: Event) => {
    e.preventDefault();
    const patch = changes();
    status.className = 'ok';
    if (!Object.keys(patch).length) return void (status.textContent = t('accountNothingChanged'));
    save.disabled = true;
    status.textContent = '';
    try {
      fill(await ctx.api.updateMyAccount(patch));
      markInvalid(inputs, undefined);
      status.textContent = t('accountSaved');
    } catch (err) {
      status.className = 'error';
      status.textContent = problemText(err);
      markInvalid(inputs, err);
    } finally {
      save.disabled = false;
    }
  };

  return h(
    'form',
    { class: 'account-form', onsubmit },
    h('p', { class: 'mono', id: 'account-login-id' }, t('accountLoginIdIs', { loginId: account.loginId })),
    labelled('account-name', t('signupName'), name),
    labelled('account-contact', t('accountContact'), contactName),
    labelled('account-postal-code', t('accountPostalCode'), postalCode, t('accountPostalHint')),
    labelled('account-prefecture', t('accountPrefecture'), prefecture),
    labelled('account-address', t('accountAddress'), address),
    labelled('account-phone', t('accountPhone'), phone, t('accountPhoneHint')),
    labelled('account-email', t('signupEmail'), email),
    labelled('account-language', t('signupLanguage'), language),
    h('div', {}, save),
  );
}
