import type { Messages } from '../../shared/i18n';

/** The frame: title, language, menus. */
export const commonMessages = {
  appTitle: { ja: 'クラウドPBX', en: 'Cloud PBX' },
  language: { ja: '言語を選択', en: 'Language' },
  logout: { ja: 'ログアウト', en: 'Log out' },
  loading: { ja: '読み込み中…', en: 'Loading…' },
  navLabel: { ja: 'メニュー', en: 'Menu' },
  navHome: { ja: 'ホーム', en: 'Home' },
  navCircles: { ja: 'サークル', en: 'Circles' },
  navUniques: { ja: '設定', en: 'Settings' },
  navPurchase: { ja: '購入', en: 'Purchase' },
  navDevices: { ja: '機器', en: 'Devices' },
  navOrders: { ja: '購入・解約履歴', en: 'Orders' },
  navCalls: { ja: '通話履歴', en: 'Call history' },
  navPhonebook: { ja: '電話帳', en: 'Phone book' },
  navPrepaid: { ja: 'プリペイド', en: 'Prepaid' },
  navStatements: { ja: 'ご利用明細', en: 'Statements' },
  navAccount: { ja: 'アカウント情報', en: 'Account info' },
  notFound: { ja: 'このページはありません。', en: 'There is no such page.' },
} satisfies Messages;
