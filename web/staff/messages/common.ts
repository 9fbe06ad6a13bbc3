import type { Messages } from '../../shared/i18n';

/** The frame: title, language, login, navigation. */
export const commonMessages = {
  appTitle: { ja: 'クラウドPBX スタッフコンソール', en: 'Cloud PBX staff console' },
  language: { ja: '言語を選択', en: 'Language' },
  logout: { ja: 'ログアウト', en: 'Log out' },
  loginTitle: { ja: 'スタッフログイン', en: 'Staff login' },
  loginId: { ja: 'ログインID', en: 'Login ID' },
  password: { ja: 'パスワード', en: 'Password' },
  login: { ja: 'ログイン', en: 'Log in' },
  notStaff: { ja: 'スタッフ用のログインではありません。', en: 'This is not a staff login.' },
  changePasswordTitle: { ja: 'パスワードの変更', en: 'Change your password' },
  changePasswordHint: {
    ja: '管理者が設定した仮のパスワードです。続けるにはご自身のパスワードに変更してください。',
    en: 'An administrator set this password. Replace it with your own to go on.',
  },
  currentPassword: { ja: '現在のパスワード', en: 'Current password' },
  newPassword: { ja: '新しいパスワード（8文字以上）', en: 'New password (8 characters or more)' },
  newPasswordAgain: { ja: '新しいパスワード（確認）', en: 'New password again' },
  passwordsDiffer: { ja: '確認用のパスワードが一致しません。', en: 'The two new passwords differ.' },
  changePassword: { ja: 'パスワードを変更', en: 'Change password' },
  loading: { ja: '読み込み中…', en: 'Loading…' },
  navLabel: { ja: 'メニュー', en: 'Menu' },
  noScreens: { ja: 'この権限で開ける画面はありません。', en: 'This role has no screens.' },
  navTransfers: { ja: '銀行振込の確認', en: 'Bank transfers' },
  navStatements: { ja: '入金明細の取込', en: 'Bank statements' },
  navReviews: { ja: 'レビュー', en: 'Reviews' },
  navCustomers: { ja: 'お客様検索', en: 'Customers' },
  navCatalog: { ja: '商品・料金', en: 'Catalog' },
  navWarehouse: { ja: '出荷作業', en: 'Warehouse' },
  navStaff: { ja: 'スタッフ管理', en: 'Staff' },
  navAudit: { ja: '操作記録', en: 'Audit log' },
} satisfies Messages;
