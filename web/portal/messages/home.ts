import type { Messages } from '../../shared/i18n';

/** Home: balance, open orders and the set-up path. */
export const homeMessages = {
  homeTitle: { ja: 'ホーム', en: 'Home' },
  homeBalance: { ja: 'プリペイド残高', en: 'Prepaid balance' },
  homeTopup: { ja: 'チャージする', en: 'Top up' },
  homeLowBalance: {
    ja: '残高が {threshold} を下回っています。通話やご購入が止まらないよう、チャージしてください。',
    en: 'The balance is below {threshold}. Top up so that calls and purchases keep working.',
  },
  homeOpenOrders: { ja: '手続き中のご注文', en: 'Orders in progress' },
  homeNoOpenOrders: { ja: '手続き中のご注文はありません。', en: 'No orders in progress.' },
  homeSetup: { ja: 'ご利用開始までの流れ', en: 'Getting started' },
  homeStepDone: { ja: '完了', en: 'Done' },
  homeStepTodo: { ja: '未完了', en: 'To do' },
  homeStepPrepaid: { ja: 'プリペイドを購入（チャージ）', en: 'Buy prepaid credit (top up)' },
  homeStepServices: { ja: 'ユニークと電話番号を購入', en: 'Buy a unique and a phone number' },
  homeStepSettings: { ja: 'ユニークを設定', en: 'Set up the unique' },
  homeStepDevice: { ja: '機器を用意', en: 'Get a device' },
  homeStepGo: { ja: '手続きへ', en: 'Go' },
  homeCircleWelcome: {
    ja: 'サークルのページです。メニューから設定や購入ができます。',
    en: 'This is your circle. Use the menu for settings and purchases.',
  },
  homeUniqueWelcome: {
    ja: 'ユニークのページです。メニューから設定と通話履歴をご覧いただけます。',
    en: 'This is your unique. Use the menu for its settings and call history.',
  },
  homeLoadFailed: { ja: '読み込めませんでした: {reason}', en: 'Could not load: {reason}' },
} satisfies Messages;
