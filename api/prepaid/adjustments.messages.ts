import type { MessageTable } from '../http/messages';

const STATUS_EN: Record<string, string> = { applied: 'applied', rejected: 'rejected', pending: 'pending' };
const STATUS_JA: Record<string, string> = { applied: '反映済み', rejected: '却下済み', pending: '承認待ち' };

/** Manual adjustments' answers, in Japanese and English. */
export const adjustmentMessages: MessageTable = {
  adjustment_key_required: {
    en: () => 'An adjustment moves money: send an Idempotency-Key header (1 to 200 visible ASCII characters) so that a retry counts once.',
    ja: () => '残高の調整にはIdempotency-Keyヘッダー（英数字記号1〜200文字）が必要です（再送しても一度だけ反映するため）。',
  },
  adjustment_own_request: {
    en: () =>
      'You requested this adjustment yourself; a different operator must approve it (four eyes). You may withdraw it by rejecting it.',
    ja: () => 'ご自身で申請した調整は承認できません。別のオペレーターの承認が必要です（申請の取り下げは「却下」で行えます）。',
  },
  adjustment_decided: {
    en: (p) => `This adjustment is already ${STATUS_EN[String(p.status)] ?? p.status}; it can no longer be approved or rejected.`,
    ja: (p) => `この調整は既に${STATUS_JA[String(p.status)] ?? p.status}のため、承認・却下できません。`,
  },
};
