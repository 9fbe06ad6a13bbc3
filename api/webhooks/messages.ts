import type { MessageTable } from '../http/messages';

const URL_RULES = {
  en: (p: Record<string, unknown>) =>
    p.requireHttps
      ? 'Use an https:// URL whose host resolves only to public addresses (no loopback, private, link-local or unique-local addresses), without user:password.'
      : 'Use an http:// or https:// URL without user:password.',
  ja: (p: Record<string, unknown>) =>
    p.requireHttps
      ? 'https:// で始まり、公開アドレスのみに解決されるホスト（ループバック・プライベート・リンクローカル・ユニークローカルは不可）のURLを、ユーザー名・パスワードなしで指定してください。'
      : 'http:// または https:// で始まるURLを、ユーザー名・パスワードなしで指定してください。',
};

const REASONS: Record<string, { en: string; ja: string }> = {
  malformed: { en: 'The URL is not a valid absolute URL.', ja: 'URLの形式が正しくありません。' },
  scheme: { en: 'Only http and https URLs are allowed.', ja: 'http または https のURLのみ指定できます。' },
  https_required: { en: 'Endpoints must use https.', ja: '送信先には https のURLが必要です。' },
  credentials: { en: 'The URL may not carry a user name or password.', ja: 'URLにユーザー名やパスワードは含められません。' },
  private_address: {
    en: 'The host is, or resolves to, a loopback, private, link-local or otherwise non-public address.',
    ja: 'ホストがループバック・プライベート・リンクローカル等の非公開アドレスです（またはそれに解決されます）。',
  },
  unresolvable: { en: 'The host name does not resolve.', ja: 'ホスト名を名前解決できません。' },
};

/** The webhook domain's answers, in Japanese and English. */
export const webhooksMessages: MessageTable = {
  webhook_url_refused: {
    en: (p) => `${REASONS[String(p.reason)]?.en ?? 'The URL is refused.'} ${URL_RULES.en(p)}`,
    ja: (p) => `${REASONS[String(p.reason)]?.ja ?? 'このURLは使用できません。'}${URL_RULES.ja(p)}`,
  },
  webhook_endpoint_limit: {
    en: (p) => `An account may have at most ${p.max} webhook endpoints; delete one first.`,
    ja: (p) => `Webhookの送信先は1アカウントにつき${p.max}件までです。先に不要なものを削除してください。`,
  },
};
