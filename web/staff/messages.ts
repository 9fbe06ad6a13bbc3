import type { Messages } from '../shared/i18n';

/** Every text of the staff console, in Japanese and English. */
export const staffMessages = {
  appTitle: { ja: 'クラウドPBX スタッフコンソール', en: 'Cloud PBX staff console' },
  language: { ja: '言語を選択', en: 'Language' },
  logout: { ja: 'ログアウト', en: 'Log out' },
  loginTitle: { ja: 'スタッフログイン', en: 'Staff login' },
  loginId: { ja: 'ログインID', en: 'Login ID' },
  password: { ja: 'パスワード', en: 'Password' },
  login: { ja: 'ログイン', en: 'Log in' },
  notStaff: { ja: 'スタッフ用のログインではありません。', en: 'This is not a staff login.' },
  navTransfers: { ja: '銀行振込の確認', en: 'Bank transfers' },
  transfersTitle: { ja: '入金確認待ちの銀行振込', en: 'Bank transfers awaiting confirmation' },
  transfersHint: { ja: '古い順に表示しています。', en: 'Oldest first.' },
  search: { ja: '検索（振込番号・アカウント・名前・金額）', en: 'Search (reference, account, name, amount)' },
  none: { ja: '確認待ちの振込はありません。', en: 'No transfers are waiting.' },
  colDeadline: { ja: '期限', en: 'Deadline' },
  colReference: { ja: '振込番号', en: 'Reference' },
  colExpected: { ja: '請求額', en: 'Expected' },
  colAccount: { ja: 'アカウント', en: 'Account' },
  colReceived: { ja: '入金額', en: 'Amount received' },
  confirm: { ja: '入金を確認', en: 'Confirm receipt' },
  amountFor: { ja: '{reference} の入金額（円）', en: 'Amount received for {reference} (yen)' },
  outcomeCredit: { ja: '{reference}: 残高に{amount}を入金しました。', en: '{reference}: {amount} credited to the balance.' },
  outcomeScheduled: {
    ja: '{reference}: 営業時間外のため {at} に入金します。',
    en: '{reference}: outside business hours; credited at {at}.',
  },
  outcomeReview: {
    ja: '{reference}: 金額が一致しないため確認待ち（レビュー）に回しました。',
    en: '{reference}: the amount differs; sent to review.',
  },
  outcomeLate: {
    ja: '{reference}: 期限後の入金のため確認待ち（レビュー）に回しました。',
    en: '{reference}: arrived after the deadline; sent to review.',
  },
  outcomeDuplicate: { ja: '（確認済みの操作です）', en: '(already confirmed)' },
  navReviews: { ja: 'レビュー', en: 'Reviews' },
  reviewsTitle: { ja: '確認待ちの入金（レビュー）', en: 'Payments under review' },
  underReview: { ja: 'レビュー中の金額の合計: {amount}（{count}件）', en: 'Money under review: {amount} in {count} payments' },
  noReviews: { ja: 'レビュー待ちの入金はありません。', en: 'No payment is waiting for a decision.' },
  colSince: { ja: '受付日時', en: 'Since' },
  colReason: { ja: '理由', en: 'Reason' },
  colOrder: { ja: '注文', en: 'Order' },
  colAction: { ja: '対応', en: 'Decision' },
  reasonMismatch: { ja: '金額不一致', en: 'Amount differs' },
  reasonLate: { ja: '期限後の入金', en: 'Late payment' },
  credit: { ja: '入金する', en: 'Credit' },
  refund: { ja: '返金する', en: 'Refund' },
  creditFor: { ja: '{order} の{amount}を入金する', en: 'Credit {amount} of {order}' },
  refundFor: { ja: '{order} の{amount}を返金する', en: 'Refund {amount} of {order}' },
  resolvedCredited: { ja: '{order}: {amount}を入金しました。', en: '{order}: {amount} credited.' },
  resolvedRefunded: { ja: '{order}: {amount}の返金を記録しました。', en: '{order}: refund of {amount} recorded.' },
  warehouseNotYet: {
    ja: '倉庫の画面はまだありません。倉庫作業は API をご利用ください。',
    en: 'The warehouse screens are not here yet; use the API for warehouse work.',
  },
  loading: { ja: '読み込み中…', en: 'Loading…' },
} satisfies Messages;

/** A key of the staff console's texts. */
export type StaffMessage = keyof typeof staffMessages;
