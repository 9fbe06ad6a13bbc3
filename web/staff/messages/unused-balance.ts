import type { Messages } from '../../shared/i18n';

/** The base-date report of the unused prepaid balance (Payment Services Act). */
export const unusedBalanceMessages = {
  navUnusedBalance: { ja: '未使用残高', en: 'Unused balance' },
  ubTitle: { ja: '基準日の未使用残高（資金決済法）', en: 'Unused balance on a base date (Payment Services Act)' },
  ubHint: {
    ja: 'プリペイド残高は自家型前払式支払手段です。基準日（3月31日・9月30日）の24:00（日本時間）時点の元帳から、残高がプラスのアカウントの合計を集計します。現在の残高ではありません。',
    en: 'The prepaid balance is a self-issued prepaid payment instrument. The figure is the sum of the positive balances in the ledger as it stood at 24:00 Japan time on the base date (March 31 or September 30), not today’s balances.',
  },
  ubBaseDate: { ja: '基準日', en: 'Base date' },
  ubShow: { ja: '集計する', en: 'Show' },
  ubBaseDateOption: { ja: '{date}（24:00 日本時間）', en: '{date} (24:00 Japan time)' },
  ubResultTitle: { ja: '{date} 24:00（日本時間）時点の集計', en: 'Figures at 24:00 Japan time on {date}' },
  ubUnused: { ja: '未使用残高', en: 'Unused balance' },
  ubAccounts: { ja: '残高がプラスのアカウント', en: 'Accounts with a positive balance' },
  ubAccountCount: { ja: '{count}件', en: '{count}' },
  ubNegative: { ja: '残高がマイナスのアカウント（含めていません）', en: 'Accounts below zero (not deducted)' },
  ubNegativeValue: { ja: '{count}件・合計 {amount}', en: '{count}, totalling {amount}' },
  ubThreshold: { ja: '基準額（{threshold}）を超えるか', en: 'Above {threshold}?' },
  ubExceeds: { ja: '超えています（届出と供託が必要）', en: 'Yes: the filing and a deposit are due' },
  ubNotExceeds: { ja: '超えていません', en: 'No' },
  ubDeposit: { ja: '必要な供託額（未使用残高の2分の1以上）', en: 'Deposit required (at least half the unused balance)' },
  ubNoDeposit: { ja: '不要', en: 'None' },
  ubDeadline: { ja: '届出・供託の期限', en: 'Filing and deposit deadline' },
  ubDeadlineValue: { ja: '{date}まで', en: 'by {date}' },
  ubSummaryExceeds: {
    ja: '{date}の未使用残高は{amount}で、基準額を超えています。{deadline}までに届出を行い、{deposit}以上を供託してください。',
    en: 'The unused balance on {date} is {amount}, above the threshold: file and deposit at least {deposit} by {deadline}.',
  },
  ubSummaryBelow: {
    ja: '{date}の未使用残高は{amount}で、基準額以下のため供託は不要です。',
    en: 'The unused balance on {date} is {amount}, not above the threshold: no deposit is required.',
  },
} satisfies Messages;
