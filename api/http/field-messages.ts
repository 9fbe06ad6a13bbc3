import type { z } from 'zod';
import type { Lang } from './messages';

/** One invalid field, as the problem document lists it. */
export interface FieldError {
  field: string;
  code: string;
  message: string;
}

/** Zod's type names in Japanese; what a program must send stays in backquotes. */
const TYPE_JA: Record<string, string> = {
  string: '文字列',
  number: '数値',
  int: '整数',
  bigint: '整数',
  boolean: '真偽値（`true` または `false`）',
  object: 'オブジェクト',
  array: '配列',
  date: '日付',
  null: '`null`',
  nan: '数値',
};

/** What a format check wants, in both languages. */
const FORMAT_WORDS: Record<string, { en: string; ja: string }> = {
  email: { en: 'mail address', ja: 'メールアドレス' },
  url: { en: 'URL', ja: 'URL' },
  uuid: { en: 'UUID', ja: 'UUID' },
  guid: { en: 'UUID', ja: 'UUID' },
  datetime: {
    en: 'RFC 3339 date-time with an offset, e.g. 2026-11-28T09:00:00+09:00',
    ja: 'RFC 3339 形式の日時（時差付き、例: 2026-11-28T09:00:00+09:00）',
  },
  date: { en: 'date, YYYY-MM-DD', ja: '日付（YYYY-MM-DD）' },
  time: { en: 'time, HH:MM:SS', ja: '時刻（HH:MM:SS）' },
  ipv4: { en: 'IPv4 address', ja: 'IPv4 アドレス' },
  ipv6: { en: 'IPv6 address', ja: 'IPv6 アドレス' },
  base64: { en: 'base64 text', ja: 'base64 の文字列' },
  base64url: { en: 'base64url text', ja: 'base64url の文字列' },
  starts_with: { en: 'value with the required prefix', ja: '決められた接頭辞で始まる値' },
  ends_with: { en: 'value with the required suffix', ja: '決められた接尾辞で終わる値' },
  includes: { en: 'value with the required text', ja: '決められた文字列を含む値' },
};

/** The API schemas' own messages (`.regex(re, '…')`, `.refine(f, '…')`) in Japanese. */
const CUSTOM_JA: Record<string, string> = {
  'must not contain control characters or line separators': '制御文字や改行を含めることはできません',
  'must not contain control characters': '制御文字を含めることはできません',
  'must be the nextCursor of the previous page': '前のページの `nextCursor` をそのまま指定してください',
  'must be a calendar date, YYYY-MM-DD': '実在する日付を YYYY-MM-DD 形式で指定してください',
  'may contain only letters, digits and . _ @ -': '英字・数字と . _ @ - のみ使用できます',
  'must be a token from the payment form': '決済フォームが返したトークンを指定してください',
  'is required for an outbound call': '発信では必須です',
  'must be left out for an inbound call: the number called decides who pays':
    '着信では指定できません（料金は着信した番号の契約者が負担します）',
  'visible ASCII only': '半角の英数字・記号のみ使用できます',
  'must be an operationId such as confirmBankTransfer': '操作ID（例: `confirmBankTransfer`）を指定してください',
  'must be an X-Request-Id': 'X-Request-Id の値を指定してください',
  'must be an ISO country code': 'ISO 3166 の国コード（大文字2文字、例: `US`）を指定してください',
  'must be 2-15 digits, optionally starting with +': '2〜15桁の数字（先頭に + を付けても可）で指定してください',
  'must be 1-5 digits': '1〜5桁の数字で指定してください',
  'must be 1-11 digits': '1〜11桁の数字で指定してください',
  'must be 1 to 10 digits': '1〜10桁の数字で指定してください',
  'a phone number, e.g. 03-1234-5678': '電話番号を指定してください（例: 03-1234-5678）',
  'a Japanese postal code, e.g. 150-0002': '郵便番号を指定してください（例: 150-0002）',
  'a device model code such as GXP1620': '機器の型番（例: `GXP1620`）を指定してください',
  'T followed by 13 digits': '「T」に続く13桁の数字（適格請求書発行事業者の登録番号）で指定してください',
  'comma-separated yen amounts': '円単位の金額をカンマ区切りで指定してください',
};

const quoted = (values: readonly unknown[] | undefined, sep: string) => (values ?? []).map((v) => `\`${String(v)}\``).join(sep);

/** Whether the issue is about a key the input does not have at all: then the field is missing, not wrong. */
function isMissing(issue: z.core.$ZodIssue, input: unknown): boolean {
  if (issue.path.length === 0) return false;
  let parent: unknown = input;
  for (const key of issue.path.slice(0, -1)) {
    if (!parent || typeof parent !== 'object') return false;
    parent = (parent as Record<PropertyKey, unknown>)[key as PropertyKey];
  }
  if (!parent || typeof parent !== 'object' || Array.isArray(parent)) return false;
  const value = (parent as Record<PropertyKey, unknown>)[issue.path[issue.path.length - 1] as PropertyKey];
  return value === undefined;
}

/**
 * Turns a zod issue into a field error with a message that says what is allowed. Given the input
 * that was validated, an absent field is reported as `required` rather than as a wrong type.
 */
export function fieldError(issue: z.core.$ZodIssue, location: string, lang: Lang, input?: unknown): FieldError {
  const field = [location, ...issue.path.map(String)].filter(Boolean).join('.') || location;
  const name = issue.path.length ? issue.path.map(String).join('.') : location;
  const ja = lang === 'ja';
  // Japanese text names the field as the program sends it, in backquotes.
  const subject = ja ? `\`${name}\`` : name;
  const i = issue as z.core.$ZodIssue & {
    minimum?: number | bigint | string;
    maximum?: number | bigint | string;
    inclusive?: boolean;
    expected?: string;
    values?: unknown[];
    origin?: string;
    format?: string;
    pattern?: string;
    keys?: string[];
  };
  const missing =
    input !== undefined ? isMissing(issue, input) : issue.code === 'invalid_type' && /received undefined$/.test(issue.message);
  if (missing) return { field, code: 'required', message: ja ? `${subject}は必須項目です。` : `${name} is required.` };
  const unit = i.origin === 'string' ? (ja ? '文字' : ' characters') : i.origin === 'array' ? (ja ? '件' : ' items') : '';
  switch (issue.code) {
    case 'invalid_type':
      return {
        field,
        code: 'invalid_type',
        message: ja ? `${subject}は${TYPE_JA[String(i.expected)] ?? '正しい型'}で指定してください。` : `${name} must be a ${i.expected}.`,
      };
    case 'too_small': {
      const jaBound = i.inclusive === false ? 'より大きく' : '以上に';
      const enBound = i.inclusive === false ? 'more than' : 'at least';
      return {
        field,
        code: 'too_small',
        message: ja ? `${subject}は${i.minimum}${unit}${jaBound}してください。` : `${name} must be ${enBound} ${i.minimum}${unit}.`,
      };
    }
    case 'too_big': {
      const jaBound = i.inclusive === false ? '未満に' : '以下に';
      const enBound = i.inclusive === false ? 'less than' : 'at most';
      return {
        field,
        code: 'too_big',
        message: ja ? `${subject}は${i.maximum}${unit}${jaBound}してください。` : `${name} must be ${enBound} ${i.maximum}${unit}.`,
      };
    }
    case 'invalid_value':
      return {
        field,
        code: 'invalid_value',
        message: ja
          ? `${subject}は次のいずれかにしてください: ${quoted(i.values, '、')}`
          : `${name} must be one of: ${i.values?.join(', ')}.`,
      };
    case 'invalid_format': {
      const custom = CUSTOM_JA[issue.message];
      const words = FORMAT_WORDS[String(i.format)];
      if (ja) {
        const what =
          custom ?? (words ? `${words.ja}で指定してください` : i.pattern ? `パターン \`${i.pattern}\` に合う値を指定してください` : '');
        return { field, code: 'invalid_format', message: `${subject}の形式が正しくありません${what ? `。${what}` : ''}。` };
      }
      const what = i.format === 'regex' ? issue.message : (words?.en ?? i.format);
      return {
        field,
        code: 'invalid_format',
        message: i.format === 'regex' ? `${name}: ${what}.` : `${name} must be a valid ${what}.`,
      };
    }
    case 'unrecognized_keys':
      return {
        field: [location, ...(i.keys ?? [])].join('.'),
        code: 'unknown_field',
        message: ja ? `不明な項目です: ${quoted(i.keys, '、')}` : `Unknown field(s): ${i.keys?.join(', ')}.`,
      };
    default: {
      if (!ja) return { field, code: issue.code, message: issue.message };
      const custom = CUSTOM_JA[issue.message];
      return { field, code: issue.code, message: custom ? `${subject}: ${custom}。` : `${subject}の値が正しくありません。` };
    }
  }
}

/** A string holding U+0000, which PostgreSQL text cannot store. */
export function nulCharacterError(field: string, lang: Lang): FieldError {
  const name = field.replace(/^(body|query|path)\./, '');
  return {
    field,
    code: 'nul_character',
    message: lang === 'ja' ? `\`${name}\`にNUL文字（U+0000）は使用できません。` : `${field} must not contain the NUL character (U+0000).`,
  };
}
