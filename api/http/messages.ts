import type { ErrorParams } from '../../domain/errors';
import { jaWords } from './words';

/** The caller's language for messages, from Accept-Language. */
export type Lang = 'ja' | 'en';

type Message = { en: (p: ErrorParams) => string; ja: (p: ErrorParams) => string };

/** A domain's machine codes with their text in both languages. */
export type MessageTable = Record<string, Message>;

const fmt = (v: unknown) => (typeof v === 'number' ? v.toLocaleString('en-US') : String(v));

/** Every machine code the API can answer with, and its text in both languages. */
const messages: Record<string, Message> = {
  not_found: { en: (p) => `The ${p.resource ?? 'resource'} was not found.`, ja: () => '指定されたリソースが見つかりません。' },
  invalid_cursor: {
    en: () => 'The cursor is not one this API returned: pass the nextCursor of the previous page, or leave it out for the first page.',
    ja: () => 'カーソルが正しくありません。前のページの `nextCursor` をそのまま渡すか、最初のページでは省略してください。',
  },
  route_not_found: { en: () => 'No such endpoint.', ja: () => 'そのエンドポイントは存在しません。' },
  method_not_allowed: {
    en: (p) => `Method not allowed here; allowed: ${p.allowed}.`,
    ja: (p) => `このメソッドは使用できません（使用可能: ${p.allowed}）。`,
  },
  unauthenticated: {
    en: () => 'Log in first: send a valid bearer token.',
    ja: () => 'ログインしてください（有効なトークンを Authorization ヘッダーで送信してください）。',
  },
  session_expired: {
    en: () => 'Your session has expired. Log in again (POST /v1/auth/login) for a new token.',
    ja: () => 'ログインの有効期限が切れました。もう一度ログインしてください（`POST /v1/auth/login`）。',
  },
  session_revoked: {
    en: () => 'This session has ended: it was logged out, its password was changed, or the login was disabled. Log in again.',
    ja: () => 'このログインは終了しています（ログアウト、パスワードの変更、またはログインの無効化による）。もう一度ログインしてください。',
  },
  invalid_credentials: { en: () => 'The login ID or password is wrong.', ja: () => 'ログインIDまたはパスワードが正しくありません。' },
  csrf_token_invalid: {
    en: () => 'This browser session needs its CSRF token in the X-CSRF-Token header.',
    ja: () => 'ブラウザーセッションの確認用トークン（X-CSRF-Token）がありません。再度ログインしてください。',
  },
  forbidden: { en: () => 'This login may not use this operation.', ja: () => 'このログインではこの操作を行えません。' },
  api_key_invalid: {
    en: () => 'This API key is not valid: send the whole key as it was shown when it was created (pbx_live_...).',
    ja: () => 'APIキーが正しくありません。作成時に表示されたキー（`pbx_live_…`）を省略せずに送信してください。',
  },
  api_key_revoked: {
    en: () => 'This API key has been revoked (or its circle removed). Create a new key.',
    ja: () => 'このAPIキーは無効化されています（またはサークルが削除されています）。新しいキーを作成してください。',
  },
  api_key_expired: {
    en: () => 'This API key has expired. Create a new key.',
    ja: () => 'このAPIキーは有効期限が切れています。新しいキーを作成してください。',
  },
  api_key_read_only: {
    en: (p) => `This API key is read-only: it may only read (GET), not ${p.method}. Use a read-write key.`,
    ja: (p) => `このAPIキーは読み取り専用です（GETのみ、${p.method}は不可）。読み書き可能なキーを使用してください。`,
  },
  api_key_not_allowed: {
    en: () => 'An API key cannot manage API keys, passwords or the account profile: log in with the password for this.',
    ja: () => 'APIキーではAPIキー・パスワード・アカウント情報を管理できません。パスワードでログインして操作してください。',
  },
  api_key_rate_limited: {
    en: (p) => `This API key has made its ${fmt(p.limit)} requests for this minute. Try again in ${p.retryAfterSeconds} seconds.`,
    ja: (p) => `このAPIキーの1分あたりのリクエスト上限（${fmt(p.limit)}回）に達しました。${p.retryAfterSeconds}秒後に再度お試しください。`,
  },
  rate_limited: {
    en: (p) => `Too many attempts. Try again in ${p.retryAfterSeconds} seconds.`,
    ja: (p) => `試行回数が多すぎます。${p.retryAfterSeconds}秒後に再度お試しください。`,
  },
  validation_failed: { en: () => 'The request has invalid fields.', ja: () => '入力内容に誤りがあります。' },
  malformed_json: { en: () => 'The body is not valid JSON.', ja: () => 'リクエスト本文が正しいJSONではありません。' },
  unsupported_media_type: {
    en: () => 'Send the body as application/json.',
    ja: () => 'リクエスト本文は `application/json` で送信してください。',
  },
  payload_too_large: {
    en: (p) => `The body is larger than the limit of ${fmt(p.limit)} bytes.`,
    ja: (p) => `リクエスト本文が上限（${fmt(p.limit)}バイト）を超えています。`,
  },
  idempotency_key_reused: {
    en: () => 'This Idempotency-Key was used with a different request.',
    ja: () => 'このIdempotency-Keyは別のリクエストで使用済みです。',
  },
  idempotency_in_progress: {
    en: () => 'A request with this Idempotency-Key is still being processed.',
    ja: () => '同じIdempotency-Keyのリクエストを処理中です。',
  },
  invalid_idempotency_key: {
    en: () => 'Idempotency-Key must be 1 to 200 visible ASCII characters.',
    ja: () => 'Idempotency-Keyは1〜200文字の半角英数字・記号で指定してください。',
  },
  login_id_taken: { en: () => 'This login ID is already in use.', ja: () => 'このログインIDは既に使用されています。' },
  circle_has_active_services: {
    en: (p) => `The circle still has ${p.services} active services; cancel them first.`,
    ja: (p) => `このサークルには有効なサービスが${p.services}件あります。先に解約してください。`,
  },
  invalid_reset_token: {
    en: () => 'This reset link is not valid: open the URL exactly as the mail gives it, or request a new reminder.',
    ja: () => 'パスワード再設定URLが正しくありません。メールに記載のURLをそのまま開くか、再度リマインダーを送信してください。',
  },
  insufficient_balance: {
    en: (p) => `Insufficient prepaid balance: ¥${fmt(p.required)} needed, balance ¥${fmt(p.balance)}.`,
    ja: (p) => `プリペイド残高が不足しています（必要額 ${fmt(p.required)}円、残高 ${fmt(p.balance)}円）。`,
  },
  ledger_key_reused: { en: () => 'This movement key was used for another movement.', ja: () => 'この取引キーは別の取引で使用済みです。' },
  service_unavailable: {
    en: (p) => `Unavailable: ${String(p.down).replace('sip', `SIP server (${p.sipAddress})`)}.`,
    ja: (p) => `一時的に利用できません（${jaWords(p.down).replace('`sip`', `SIPサーバー \`${p.sipAddress}\``)}）。`,
  },
  internal_error: { en: () => 'Internal error. It has been logged.', ja: () => 'システムエラーが発生しました。' },
};

/**
 * Adds the domains' tables to the shared codes; the API calls it once as it is composed
 * (api/app.ts), so that no table depends on which files happen to be loaded.
 */
export function installMessages(tables: MessageTable[]): void {
  for (const t of tables) Object.assign(messages, t);
}

/** Renders the message for a code in the caller's language. */
export function messageFor(code: string, lang: Lang, params: ErrorParams = {}): string {
  const m = messages[code];
  if (!m) return code;
  return m[lang](params);
}

/** Picks ja or en from an Accept-Language header; Japanese is the default, as in the product. */
export function pickLang(acceptLanguage: string | undefined): Lang {
  if (!acceptLanguage) return 'ja';
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag, ...rest] = part.trim().split(';');
      const q = rest.find((r) => r.trim().startsWith('q='));
      return { tag: (tag ?? '').toLowerCase(), q: q ? Number(q.split('=')[1]) || 0 : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('ja')) return 'ja';
    if (tag.startsWith('en')) return 'en';
  }
  return 'ja';
}

/** Every code that has a text, as installed so far: the problem pages and their tests walk it. */
export function messageCodes(): string[] {
  return Object.keys(messages);
}
