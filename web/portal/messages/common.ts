import type { Messages } from '../../shared/i18n';

/** The frame: title, language, menus. */
export const commonMessages = {
  appTitle: { ja: 'クラウドPBX', en: 'Cloud PBX' },
  language: { ja: '言語を選択', en: 'Language' },
  logout: { ja: 'ログアウト', en: 'Log out' },
  loading: { ja: '読み込み中…', en: 'Loading…' },
  navLabel: { ja: 'メニュー', en: 'Menu' },
  navHome: { ja: 'ホーム', en: 'Home' },
  notFound: { ja: 'このページはありません。', en: 'There is no such page.' },
} satisfies Messages;
