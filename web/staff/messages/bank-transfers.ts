import type { Messages } from '../../shared/i18n';

/** The bank-transfer desk. */
export const bankTransferMessages = {
  transfersTitle: { ja: '入金確認待ちの銀行振込', en: 'Bank transfers awaiting confirmation' },
  transfersHint: { ja: '古い順に表示しています。', en: 'Oldest first.' },
  search: { ja: '検索（振込番号・アカウント・名前・金額）', en: 'Search (reference, account, name, amount)' },
  none: { ja: '確認待ちの振込はありません。', en: 'No transfers are waiting.' },
  colDeadline: { ja: '期限', en: 'Deadline' },
  colReference: { ja: '振込番号', en: 'Reference' },
  colExpected: { ja: '請求額', en: 'Expected' },
  colAccount: { ja: 'アカウント', en: 'Account' },
  colReceived: { ja: '入金額', en: 'Amount received' },
  colConfirm: { ja: '入金額・入金日', en: 'Amount and day received' },
  confirm: { ja: '入金を確認', en: 'Confirm receipt' },
  amountFor: { ja: '{reference} の入金額（円）', en: 'Amount received for {reference} (yen)' },
  arrivedFor: { ja: '{reference} の入金日', en: 'Day {reference} arrived' },
  arrivalHint: {
    ja: '入金日は通帳・入金明細に記載の日付です。期限内かどうかは確認した日ではなく入金日で判断します。',
    en: 'The day received is the date on the bank statement. Whether it was on time is judged by that date, not by when you confirm.',
  },
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
  arrivalRequired: { ja: '入金日を入力してください。', en: 'Enter the day the money arrived.' },
  outcomeDuplicate: { ja: '（確認済みの操作です）', en: '(already confirmed)' },
} satisfies Messages;
