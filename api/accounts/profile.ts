import { InputError } from '../../domain/errors';

/** The 47 prefectures in JIS X 0401 order, as an address writes them. */
export const PREFECTURES: readonly string[] = (
  '北海道 青森県 岩手県 宮城県 秋田県 山形県 福島県 茨城県 栃木県 群馬県 埼玉県 千葉県 東京都 神奈川県 新潟県 富山県 石川県 福井県 山梨県 長野県 岐阜県 静岡県 愛知県 三重県 ' +
  '滋賀県 京都府 大阪府 兵庫県 奈良県 和歌山県 鳥取県 島根県 岡山県 広島県 山口県 徳島県 香川県 愛媛県 高知県 福岡県 佐賀県 長崎県 熊本県 大分県 宮崎県 鹿児島県 沖縄県'
).split(' ');

// Full-width digits and the dashes a Japanese keyboard types, folded to ASCII before checking.
const toAscii = (s: string) =>
  s
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[－ー―‐−]/g, '-')
    .replace(/[\s\u3000]/g, '');

/** A postal code as 7 digits: accepts 1500002, 150-0002, 〒150-0002 and full-width digits. */
export function normalisePostalCode(value: string): string {
  const digits = toAscii(value).replace(/^〒/, '');
  if (!/^\d{3}-?\d{4}$/.test(digits)) throw new InputError('postal_code_invalid', { value }, 'postalCode');
  return digits.replace('-', '');
}

/** A Japanese phone number as its digits: accepts 03-1234-5678, (03)1234-5678, +81 3 1234 5678 and full-width digits. */
export function normalisePhone(value: string): string {
  const ascii = toAscii(value).replace(/[-()（）]/g, '');
  const digits = ascii.startsWith('+81') ? `0${ascii.slice(3)}` : ascii;
  if (!/^0\d{9,10}$/.test(digits)) throw new InputError('phone_invalid', { value }, 'phone');
  return digits;
}

/** One of the 47 prefectures, written as an address does (東京都). */
export function checkPrefecture(value: string): string {
  const trimmed = value.trim();
  if (!PREFECTURES.includes(trimmed)) throw new InputError('prefecture_unknown', { value }, 'prefecture');
  return trimmed;
}
