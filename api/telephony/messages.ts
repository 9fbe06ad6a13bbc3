import type { Lang, MessageTable } from '../http/messages';
import { jaWord } from '../http/words';

/** The best-known special-service numbers, named in the refusal of an extension equal to one. */
const SPECIAL_SERVICES: Record<string, { en: string; ja: string }> = {
  '100': { en: 'operator-assisted calls', ja: '100番通話' },
  '104': { en: 'directory enquiries', ja: '番号案内' },
  '110': { en: 'the police emergency number', ja: '警察への緊急通報' },
  '113': { en: 'line fault reports', ja: '故障受付' },
  '115': { en: 'telegrams', ja: '電報' },
  '117': { en: 'the speaking clock', ja: '時報' },
  '118': { en: 'the coast guard emergency number', ja: '海上保安庁への緊急通報' },
  '119': { en: 'the fire and ambulance emergency number', ja: '消防・救急への緊急通報' },
  '171': { en: 'the disaster message dial', ja: '災害用伝言ダイヤル' },
  '177': { en: 'the weather forecast', ja: '天気予報' },
  '184': { en: 'the prefix that withholds caller ID', ja: '発信者番号非通知の特番' },
  '186': { en: 'the prefix that shows caller ID', ja: '発信者番号通知の特番' },
  '188': { en: 'the consumer hotline', ja: '消費者ホットライン' },
  '189': { en: 'the child consultation hotline', ja: '児童相談所虐待対応ダイヤル' },
};

const specialService = (code: unknown, lang: Lang) => {
  const name = SPECIAL_SERVICES[String(code)]?.[lang];
  if (!name) return '';
  return lang === 'en' ? `${code} is ${name}, and ` : `${code}は${name}の番号です。`;
};

/** The telephony domain's answers, in Japanese and English. */
export const telephonyMessages: MessageTable = {
  number_unavailable: {
    en: () => 'This number is no longer available: someone else holds or bought it.',
    ja: () => 'この番号は他のお客様が確保済みまたは購入済みです。',
  },
  number_not_held: {
    en: (p) => `Number ${p.numberId} is not in your cart (its hold may have expired).`,
    ja: () => 'カートにない番号が含まれています（確保期限切れの可能性があります）。',
  },
  no_price_for_country: {
    en: (p) => `Overseas numbers of ${p.country} cannot be bought: no price is set for that country.`,
    ja: (p) => `\`${p.country}\`の海外番号は料金が設定されていないため購入できません。`,
  },
  overseas_number_separate_order: {
    en: (p) =>
      `${p.number} is an overseas number (${p.country}): overseas numbers are bought by their own purchase, not through the cart and a services order. Buy it with POST ${p.endpoint}.`,
    ja: (p) =>
      `${p.number}は海外番号です。海外番号はカートやこのご注文ではなく「海外番号購入」からお申し込みください（\`POST ${p.endpoint}\`）。`,
  },
  overseas_country_not_sold: {
    en: (p) => `Overseas numbers of ${p.country} are not sold. Countries on sale: ${p.allowed}.`,
    ja: (p) => `\`${p.country}\`の海外番号は販売していません。販売中の国: \`${p.allowed}\``,
  },
  overseas_number_unavailable: {
    en: (p) => `No overseas number of ${p.country}${p.areaCode ? ` in area ${p.areaCode}` : ''} is for sale now.`,
    ja: (p) => `\`${p.country}\`${p.areaCode ? `（市外局番\`${p.areaCode}\`）` : ''}の海外番号は現在在庫がありません。`,
  },
  number_kind_not_sold: { en: (p) => `Numbers of kind ${p.kind} are not sold.`, ja: () => 'この種別の番号は販売していません。' },
  empty_order: { en: () => 'Choose at least one unique or phone number.', ja: () => 'ユニークまたは電話番号を1つ以上選択してください。' },
  order_not_completed: {
    en: (p) => `The order is ${p.status}; credentials are shown once it is completed.`,
    ja: () => 'ご注文の処理が完了していません。',
  },
  credentials_already_shown: {
    en: () => 'The SIP passwords of this order were already shown once; reset a password to see a new one.',
    ja: () => 'SIPパスワードは既に表示済みです。再発行してください。',
  },
  extension_digits: {
    en: (p) => `An extension must be 2 to 5 digits; "${p.value}" is not.`,
    ja: () => '内線番号は2〜5桁の数字で入力してください。',
  },
  extension_taken: {
    en: (p) => `Extension ${p.extension} is already used by another unique of this circle.`,
    ja: (p) => `内線${p.extension}はこのサークルの他のユニークで使用されています。`,
  },
  extension_special_service: {
    en: (p) =>
      `Extension ${p.extension} cannot be used: ${specialService(p.extension, 'en')}every three-digit number from 100 to 199 is a special-service number in Japan (110 police, 118 coast guard, 119 fire and ambulance, 104, 117, 171, 177, …) and must always reach the outside line. Choose another extension (for example 200-999, or 4 to 5 digits).`,
    ja: (p) =>
      `内線${p.extension}は使用できません。${specialService(p.extension, 'ja')}100〜199の3桁の番号は特番（110 警察、118 海上保安、119 消防・救急、104、117、171、177 など）で、常に外線につながる必要があるため内線番号にできません。別の番号（200〜999、または4〜5桁など）を指定してください。`,
  },
  outbound_prohibition_locked: {
    en: (p) =>
      `Outbound calls of this unique were prohibited by the ${p.setBy === 'circle' ? 'circle' : 'account'}; the unique's own login cannot lift that. Ask the account or circle administrator.`,
    ja: (p) =>
      `このユニークの外線発信禁止は${p.setBy === 'circle' ? 'サークル' : 'アカウント'}の管理者が設定したため、ユニークのログインでは解除できません。アカウントまたはサークルの管理者に解除を依頼してください。`,
  },
  no_free_extension: {
    en: () => 'The circle has no free 3-digit extension left.',
    ja: () => 'サークル内に空いている3桁の内線番号がありません。',
  },
  number_not_in_circle: {
    en: (p) => `Number ${p.numberId} is not an active number of this unique's circle.`,
    ja: () => 'このユニークのサークルが所有する有効な電話番号を選択してください。',
  },
  incoming_number_required: {
    en: () => 'Choose at least one incoming phone number: the number whose calls ring this unique.',
    ja: () => '着信電話番号を1つ以上選択してください。',
  },
  caller_id_required: {
    en: () => 'Choose the caller ID number, or "outbound calls prohibited".',
    ja: () => '発信者番号を選択してください（外線発信を禁止する場合は「外線発信禁止」を選択）。',
  },
  phone_digits: { en: () => 'A phone number must be 2 to 15 digits.', ja: () => '電話番号は2〜15桁の数字で入力してください。' },
  unique_not_active: { en: () => 'The unique is not active.', ja: () => 'このユニークは有効ではありません。' },
  number_not_active: { en: () => 'The number is not active.', ja: () => 'この電話番号は有効ではありません。' },
  carrier_signature_invalid: {
    en: (p) => `Webhook signature refused (${p.reason ?? p.problem}).`,
    ja: (p) => `Webhookの署名が不正です（${jaWord(p.reason ?? p.problem)}）。`,
  },
};
