import type { MessageTable } from '../http/messages';
import { jaWord } from '../http/words';

const jst = (iso: unknown, locale: string) =>
  `${new Date(String(iso)).toLocaleString(locale, { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })}${locale === 'ja-JP' ? '（日本時間）' : ' JST'}`;
const list = (v: unknown) => (Array.isArray(v) ? v.join(', ') : String(v));
/** What the caller may send, each in backquotes with its Japanese name. */
const quotedList = (v: unknown) => (Array.isArray(v) ? v : [v]).map((k) => `\`${k}\`（${jaWord(k)}）`).join('、');

/** The catalog desk's answers about price versions, in Japanese and English. */
export const priceMessages: MessageTable = {
  price_kind_unknown: {
    en: (p) => `"${p.kind}" has no price. Use one of: ${list(p.allowed)}.`,
    ja: (p) => `「${p.kind}」は料金を設定できる種類ではありません。次のいずれかを指定してください: ${quotedList(p.allowed)}`,
  },
  price_country_required: {
    en: () => 'An overseas number price needs the country: an ISO 3166 two-letter code such as US.',
    ja: () => '海外番号の料金には国（ISO 3166の2文字コード、例: US）を指定してください。',
  },
  price_country_not_allowed: {
    en: (p) => `A ${p.kind} price is the same for every customer: give no country (only overseas numbers are priced per country).`,
    ja: (p) => `${jaWord(p.kind)}の料金に国は指定できません（国別の料金は海外番号のみです）。`,
  },
  price_country_unknown: {
    en: (p) => `"${p.country}" is not an ISO 3166 country code; use two capital letters such as US, GB or SG.`,
    ja: (p) => `「${p.country}」はISO 3166の国コードではありません。US、GB、SGのような大文字2文字で指定してください。`,
  },
  price_valid_from_out_of_range: {
    en: (p) =>
      `The price must start between now (${jst(p.earliest, 'en-GB')}) and ${jst(p.latest, 'en-GB')}; a price cannot start in the past.`,
    ja: (p) =>
      `適用開始日時は現在（${jst(p.earliest, 'ja-JP')}）から${jst(p.latest, 'ja-JP')}までの間で指定してください（過去の日時は指定できません）。`,
  },
  price_version_exists: {
    en: (p) =>
      `A price for ${p.kind}${p.country ? ` ${p.country}` : ''} already starts at ${jst(p.validFrom, 'en-GB')}; withdraw it or choose another time.`,
    ja: (p) =>
      `${jaWord(p.kind)}${p.country ? `（${p.country}）` : ''}には${jst(p.validFrom, 'ja-JP')}開始の料金が既にあります。取り消すか、別の日時を指定してください。`,
  },
  price_version_in_effect: {
    en: (p) => `This price has been in effect since ${jst(p.validFrom, 'en-GB')} and cannot be withdrawn; schedule a new price instead.`,
    ja: (p) => `この料金は${jst(p.validFrom, 'ja-JP')}から適用中のため取り消せません。新しい料金を登録してください。`,
  },
};
