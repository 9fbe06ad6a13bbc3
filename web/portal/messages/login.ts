import type { Messages } from '../../shared/i18n';

/** Login, the password reminder, the reset page and the login-ID reminder. */
export const loginMessages = {
  loginTitle: { ja: 'ログイン', en: 'Log in' },
  tabAccount: { ja: 'アカウント', en: 'Account' },
  tabCircle: { ja: 'サークル', en: 'Circle' },
  tabUnique: { ja: 'ユニーク', en: 'Unique' },
  loginKinds: { ja: 'ログインの種類', en: 'Kind of login' },
  loginId: { ja: 'ログインID', en: 'Login ID' },
  password: { ja: 'パスワード', en: 'Password' },
  login: { ja: 'ログイン', en: 'Log in' },
  forgotPassword: { ja: 'パスワードをお忘れの方', en: 'Forgot your password?' },
  reminderTitle: { ja: 'パスワードリマインダー', en: 'Password reminder' },
  reminderHint: {
    ja: 'ログインIDを入力してください。登録されたメールアドレスにパスワード再設定用のURLをお送りします。',
    en: 'Enter your login ID. A link to reset the password is mailed to the registered address.',
  },
  sendReminder: { ja: 'リマインダーメールを送信', en: 'Send reminder mail' },
  backToLogin: { ja: 'ログイン画面へ戻る', en: 'Back to the login' },
  resetTitle: { ja: 'パスワードの再設定', en: 'Reset your password' },
  newPassword: { ja: '新しいパスワード', en: 'New password' },
  newPasswordAgain: { ja: '新しいパスワード（確認）', en: 'New password again' },
  passwordsDiffer: { ja: '確認用のパスワードが一致しません。', en: 'The two passwords differ.' },
  setPassword: { ja: 'パスワードを設定', en: 'Set the password' },
  resetDone: {
    ja: 'パスワードを変更しました。新しいパスワードでログインしてください。',
    en: 'Your password is changed. Log in with the new one.',
  },
  resetChecking: { ja: 'URLを確認しています…', en: 'Checking the link…' },
  resetLinkUsed: {
    ja: 'このURLは既に使用されています。パスワードは変更済みです。再度変更する場合は、もう一度リマインダーメールを送信してください。',
    en: 'This link has already been used: the password was changed with it. To change it again, send a new reminder mail.',
  },
  resetLinkExpired: {
    ja: 'このURLは有効期限が切れています。もう一度リマインダーメールを送信してください。',
    en: 'This link has expired. Send a new reminder mail.',
  },
  resetLinkInvalid: {
    ja: 'このURLは正しくありません。メールに記載のURLをそのまま開くか、もう一度リマインダーメールを送信してください。',
    en: 'This link is not valid. Open the URL exactly as the mail gives it, or send a new reminder mail.',
  },
  resetAskAgain: { ja: 'リマインダーメールを再送信する', en: 'Send a new reminder mail' },
  forgotLoginId: { ja: 'ログインIDをお忘れの方', en: 'Forgot your login ID?' },
  signupLink: { ja: '新規登録（アカウントを作成）', en: 'Sign up (create an account)' },
  resetNoToken: {
    ja: 'このリンクは正しくありません。メールのURLを開いてください。',
    en: 'This link is not valid. Open the URL from the mail.',
  },
} satisfies Messages;
