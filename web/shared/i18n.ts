/** The two languages of the screens; Japanese first, as the product. */
export type Lang = 'ja' | 'en';

/** A screen's texts, each in both languages. */
export type Messages = Record<string, { ja: string; en: string }>;

const STORAGE_KEY = 'pbx.lang';

/** The language the person chose last (a preference, not a secret), else Japanese. */
export function initialLang(): Lang {
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'ja';
}

/** Remembers the chosen language and marks the document with it. */
export function rememberLang(lang: Lang): void {
  localStorage.setItem(STORAGE_KEY, lang);
  document.documentElement.lang = lang;
}

/** A translator over one message table: t('confirm'), with {name} placeholders filled in. */
export function translator<M extends Messages>(messages: M, lang: () => Lang) {
  return (key: keyof M & string, params: Record<string, string | number> = {}): string =>
    messages[key]![lang()].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** Yen as people read it: ¥12,000 or 12,000円. */
export const yen = (amount: number, lang: Lang) =>
  lang === 'ja' ? `${amount.toLocaleString('ja-JP')}円` : `¥${amount.toLocaleString('en-US')}`;

/** A moment in Japan time, with the zone named. */
export const jst = (iso: string, lang: Lang) =>
  `${new Date(iso).toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-GB', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })} JST`;
