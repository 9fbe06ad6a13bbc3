/** A text's language. */
type Lang = 'ja' | 'en';

/** Kinds of uniques and phone numbers, as the manual names them. */
export const KIND_NAMES: Record<string, { ja: string; en: string }> = {
  sip_terminal: { ja: 'SIP端末', en: 'SIP terminal' },
  cloud_fax: { ja: 'クラウドFAX', en: 'cloud FAX' },
  ymobile: { ja: 'Y!mobile', en: 'Y!mobile' },
  local: { ja: '国内番号', en: 'domestic number' },
  freecall: { ja: 'フリーコール', en: 'free call' },
  special: { ja: '特番', en: 'special number' },
  navidial: { ja: 'ナビダイヤル', en: 'Navi Dial' },
  ip050: { ja: '国内番号(050)', en: 'domestic number (050)' },
  overseas: { ja: '海外番号', en: 'overseas number' },
};

/** A unique's or number's kind in words; an unknown kind gets a neutral word, never its code in a Japanese mail. */
export const kindName = (kind: string, lang: Lang) => KIND_NAMES[kind]?.[lang] ?? (lang === 'ja' ? 'その他' : kind);
