import type { MessageTable } from '../http/messages';

/** Answers about managing API keys, in Japanese and English (the codes of a refused key are in api/http/messages.ts). */
export const apiKeysMessages: MessageTable = {
  api_key_circle_unknown: {
    en: () => 'scope.circleId names no circle of this account (a circle login can only make keys for its own circle).',
    ja: () =>
      '`scope.circleId` に指定したサークルはこのアカウントにありません（サークルのログインでは自分のサークルのキーのみ作成できます）。',
  },
  api_key_expiry_past: {
    en: (p) => `expiresAt (${p.expiresAt}) is not in the future: give a later time, or leave it out for a key that does not expire.`,
    ja: (p) => `有効期限（${p.expiresAt}）が過去の日時です。未来の日時を指定するか、無期限にする場合は省略してください。`,
  },
  api_key_limit_reached: {
    en: (p) => `The account already has ${p.limit} working API keys: revoke one you no longer use first.`,
    ja: (p) => `有効なAPIキーが上限（${p.limit}件）に達しています。使用していないキーを無効化してから作成してください。`,
  },
};
