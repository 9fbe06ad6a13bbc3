import type { MessageTable } from '../http/messages';

/** Staff administration's answers, in Japanese and English. */
export const staffAdminMessages: MessageTable = {
  staff_cannot_disable_self: {
    en: () => 'You cannot disable your own login; ask another administrator.',
    ja: () => '自分自身のログインは無効にできません。別の管理者に依頼してください。',
  },
  staff_cannot_change_own_role: {
    en: () => 'You cannot change your own role; ask another administrator.',
    ja: () => '自分自身の権限は変更できません。別の管理者に依頼してください。',
  },
  staff_password_unchanged: {
    en: () => 'Choose a new password that differs from the current one.',
    ja: () => '現在のパスワードとは異なる新しいパスワードを設定してください。',
  },
  password_change_required: {
    en: () => 'Your password was set by an administrator: replace it (POST /v1/staff/me/password) before anything else.',
    ja: () => '管理者が設定したパスワードです。先にご自身のパスワードに変更してください（`POST /v1/staff/me/password`）。',
  },
  staff_last_admin: {
    en: () => 'This is the last enabled administrator. Create or enable another administrator first.',
    ja: () => '有効な管理者はこのユーザーだけです。先に別の管理者を作成するか有効にしてください。',
  },
  audit_range_reversed: {
    en: () => '"from" must be earlier than "to".',
    ja: () => '開始日時（`from`）は終了日時（`to`）より前にしてください。',
  },
};
