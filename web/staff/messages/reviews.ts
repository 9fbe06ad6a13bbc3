import type { Messages } from '../../shared/i18n';

/** The reviews desk. */
export const reviewMessages = {
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
} satisfies Messages;
