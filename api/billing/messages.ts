import type { MessageTable } from '../http/messages';

/** The billing domain's answers, in Japanese and English. */
export const billingMessages: MessageTable = {
  rate_exists: {
    en: () => 'A rate for this direction and prefix already starts at that time.',
    ja: () => '同じ方向・プレフィックスで同じ開始日時の料金が既にあります。',
  },
  rate_invalid: {
    en: () => 'The rate is not consistent: check seconds, prices, tax rate and that validTo is after validFrom.',
    ja: () => '料金の設定が不正です（秒数・単価・税率、終了日時が開始日時より後であることを確認してください）。',
  },
  rate_in_force: {
    en: () =>
      'This rate is already in force, so its prices cannot change: add a new version from a later validFrom, or end this one with validTo.',
    ja: () => 'この料金は既に適用中のため単価等は変更できません。新しい開始日時で新しい料金を追加するか、終了日時を設定してください。',
  },
  too_many_records: {
    en: (p) => `Send at most ${p.max} records per request.`,
    ja: (p) => `1回のリクエストで送信できるのは${p.max}件までです。`,
  },
  invalid_month: { en: () => 'The month must be YYYY-MM.', ja: () => '月はYYYY-MM形式で指定してください。' },
};
