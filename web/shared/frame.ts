import { h } from './dom';
import { rememberLang, type Lang } from './i18n';

/** The language menu (言語を選択) both screen sets put in their header; the choice is remembered. */
export function languageSelect(lang: Lang, onChange: (lang: Lang) => void): HTMLSelectElement {
  const select = h(
    'select',
    {
      id: 'lang',
      onchange: () => {
        const chosen: Lang = select.value === 'en' ? 'en' : 'ja';
        rememberLang(chosen);
        onChange(chosen);
      },
    },
    h('option', { value: 'ja', selected: lang === 'ja' }, '日本語'),
    h('option', { value: 'en', selected: lang === 'en' }, 'English'),
  );
  return select;
}
