import type { MessageTable } from '../http/messages';

/** The accounts domain's answers to customers, in Japanese and English. */
export const accountsMessages: MessageTable = {
  reset_link_used: {
    en: () => 'This reset link has already been used. To change the password again, request a new reminder mail.',
    ja: () => 'このパスワード再設定URLは既に使用されています。再度変更する場合は、もう一度リマインダーメールを送信してください。',
  },
  reset_link_expired: {
    en: (p) => `This reset link has expired (it works for ${p.minutes} minutes). Request a new reminder mail.`,
    ja: (p) => `このパスワード再設定URLは有効期限（${p.minutes}分）が切れています。もう一度リマインダーメールを送信してください。`,
  },
  postal_code_invalid: {
    en: (p) => `"${p.value}" is not a postal code: give 7 digits, such as 150-0002 or 1500002.`,
    ja: (p) => `「${p.value}」は郵便番号ではありません。7桁の数字で入力してください（例: 150-0002）。`,
  },
  prefecture_unknown: {
    en: (p) => `"${p.value}" is not a prefecture: give one of the 47, such as 東京都 or 大阪府.`,
    ja: (p) => `「${p.value}」は都道府県名ではありません。47都道府県のいずれか（例: 東京都）を指定してください。`,
  },
  phone_invalid: {
    en: (p) => `"${p.value}" is not a Japanese phone number: give 10 or 11 digits starting with 0, such as 03-1234-5678.`,
    ja: (p) => `「${p.value}」は電話番号ではありません。0から始まる10桁または11桁で入力してください（例: 03-1234-5678）。`,
  },
  circle_current_password_wrong: {
    en: () => "The circle's current password is wrong.",
    ja: () => 'サークルの現在のパスワードが正しくありません。',
  },
  circle_current_password_required: {
    en: () => 'A circle login changing its own password must also give the current one (currentPassword).',
    ja: () => 'サークルのログインでパスワードを変更するには、現在のパスワード（`currentPassword`）も入力してください。',
  },
};
