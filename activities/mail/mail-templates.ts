/** A rendered mail in one language. */
export interface RenderedMail {
  subject: string;
  text: string;
}

type Lang = 'ja' | 'en';
/** A mail template: its rendering in a language for the data it needs. */
export type Template<D> = (lang: Lang, data: D) => RenderedMail;

/** A domain's mail templates by name. */
export type TemplateTable = Record<string, Template<never>>;

const signature = {
  ja: '\n\n--\nクラウドPBX サポートセンター\nこのメールは送信専用です。',
  en: '\n\n--\nCloud PBX support\nThis address does not receive replies.',
};

/** Password reminder: the reset link and how long it lasts. */
const passwordReset: Template<{ name: string; resetUrl: string; minutes: number }> = (lang, d) =>
  lang === 'ja'
    ? {
        subject: '【クラウドPBX】パスワード再設定のご案内',
        text: `${d.name} 様\n\nパスワード再設定のリクエストを受け付けました。\n以下のURLから${d.minutes}分以内に新しいパスワードを設定してください。\n\n${d.resetUrl}\n\nお心当たりのない場合は、このメールを破棄してください。${signature.ja}`,
      }
    : {
        subject: '[Cloud PBX] Reset your password',
        text: `Dear ${d.name},\n\nWe received a request to reset your password.\nSet a new password within ${d.minutes} minutes at:\n\n${d.resetUrl}\n\nIf you did not ask for this, ignore this mail.${signature.en}`,
      };

/** Login-ID reminder: the account's login ID and its circles'. */
const loginIdReminder: Template<{
  name: string;
  accountLoginId: string;
  circles: Array<{ name: string; loginId: string }>;
  loginUrl: string;
}> = (lang, d) => {
  const circles = d.circles.map((c) => `  ${c.name}: ${c.loginId}`).join('\n');
  return lang === 'ja'
    ? {
        subject: '【クラウドPBX】ログインIDのご案内',
        text: `${d.name} 様\n\nこのメールアドレスで登録されているログインIDをお知らせします。\n\nアカウントのログインID: ${d.accountLoginId}${circles ? `\nサークルのログインID:\n${circles}` : ''}\n\nログイン: ${d.loginUrl}\nパスワードをお忘れの場合は、ログイン画面の「パスワードをお忘れの方」から再設定してください。\n\nお心当たりのない場合は、このメールを破棄してください。${signature.ja}`,
      }
    : {
        subject: '[Cloud PBX] Your login IDs',
        text: `Dear ${d.name},\n\nThese are the login IDs registered to this address.\n\nAccount login ID: ${d.accountLoginId}${circles ? `\nCircle login IDs:\n${circles}` : ''}\n\nLog in at ${d.loginUrl}\nIf you forgot the password too, use "Forgot your password?" on the login page.\n\nIf you did not ask for this, ignore this mail.${signature.en}`,
      };
};

/** The accounts domain's mails. */
export const accountsMailTemplates: TemplateTable = { password_reset: passwordReset as never, login_id_reminder: loginIdReminder as never };

/** The mail templates of several domains in one table. */
export const mergeTemplates = (domains: Array<{ mailTemplates?: TemplateTable }>): TemplateTable =>
  Object.assign({}, ...domains.map((d) => d.mailTemplates ?? {}));

/** Renders a template by name from the templates the worker was composed with. */
export function render(templates: TemplateTable, name: string, lang: Lang, data: unknown): RenderedMail {
  const t = (templates as Record<string, Template<unknown>>)[name];
  if (!t) throw new Error(`unknown mail template ${name}`);
  return t(lang, data);
}

export { signature };
