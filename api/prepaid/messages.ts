import type { MessageTable } from '../http/messages';
import { jaWord } from '../http/words';

const fmt = (v: unknown) => (typeof v === 'number' ? v.toLocaleString('en-US') : String(v));
const METHOD_EN: Record<string, string> = {
  card: 'credit card',
  registered_card: 'registered card',
  net_bank: 'net-bank',
  konbini: 'convenience-store',
  bank_transfer: 'bank transfer',
};
const METHOD_JA: Record<string, string> = {
  card: 'クレジットカード',
  registered_card: '登録済みカード',
  net_bank: 'ネットバンク',
  konbini: 'コンビニ',
  bank_transfer: '銀行振込',
};

/** The prepaid domain's answers, in Japanese and English. */
export const prepaidMessages: MessageTable = {
  topup_amount_out_of_range: {
    en: (p) => `A ${METHOD_EN[String(p.method)] ?? p.method} top-up must be ${fmt(p.min)} to ${fmt(p.max)} yen.`,
    ja: (p) => `${METHOD_JA[String(p.method)] ?? jaWord(p.method)}でのチャージは${fmt(p.min)}円〜${fmt(p.max)}円の範囲で指定してください。`,
  },
  topup_amount_missing: { en: () => 'Choose an amount: type one or pick a preset.', ja: () => '金額を選択または入力してください。' },
  topup_preset_unknown: {
    en: (p) => `Pick one of the preset amounts: ${(p.presets as number[]).map(fmt).join(', ')} yen.`,
    ja: (p) => `金額は次から選択してください: ${(p.presets as number[]).map(fmt).join('、')}円`,
  },
  topup_card_required: {
    en: (p) => (p.method === 'card' ? 'A new-card top-up needs cardToken from the processor.' : 'A registered-card top-up needs cardId.'),
    ja: (p) => (p.method === 'card' ? 'カード情報（`cardToken`）を指定してください。' : '登録済みカード（`cardId`）を指定してください。'),
  },
  card_refused: {
    en: () => 'This card cannot be used: its issuer does not support 3-D Secure, which VISA, Mastercard and JCB cards need.',
    ja: () => 'このカードはご利用いただけません（VISA・Mastercard・JCBは3Dセキュア対応のカードが必要です）。',
  },
  card_token_invalid: {
    en: () => 'The card token is unknown or expired; enter the card again.',
    ja: () => 'カード情報が無効です。もう一度入力してください。',
  },
  topup_not_cancellable: {
    en: (p) => `This order can no longer be cancelled (status: ${p.status}).`,
    ja: (p) => `このご注文はキャンセルできません（状態: ${jaWord(p.status)}）。`,
  },
  auto_topup_needs_threshold: {
    en: () => 'Set a low-balance threshold to use automatic top-up.',
    ja: () => '自動チャージには残高通知の設定額が必要です。',
  },
  auto_topup_card_required: {
    en: () => 'Automatic top-up needs a registered card and an amount.',
    ja: () => '自動チャージには登録済みカードと金額の指定が必要です。',
  },
  not_bank_transfer: { en: () => 'This order is not paid by bank transfer.', ja: () => 'このご注文は銀行振込ではありません。' },
  arrival_in_future: {
    en: (p) =>
      `The arrival date ${p.arrivedOn} is in the future; give the day the money arrived, ${p.today} (today, Japan time) or earlier.`,
    ja: (p) => `入金日 ${p.arrivedOn} は未来の日付です。入金のあった日（本日 ${p.today} 以前）を指定してください。`,
  },
  arrival_before_order: {
    en: (p) => `The arrival date ${p.arrivedOn} is before the order was placed (${p.orderedOn}); give a date from ${p.orderedOn} on.`,
    ja: (p) => `入金日 ${p.arrivedOn} はご注文日（${p.orderedOn}）より前です。${p.orderedOn} 以降の日付を指定してください。`,
  },
  review_order_required: {
    en: () => 'This deposit matched no order: give orderId, the bank-transfer order it belongs to, to credit it.',
    ja: () => 'この入金はどの注文にも一致していません。入金するには、対象の銀行振込の注文（`orderId`）を指定してください。',
  },
  review_order_not_needed: {
    en: () => 'This review already belongs to an order; send it without orderId.',
    ja: () => 'この確認案件は注文が決まっています。`orderId` を指定せずに送信してください。',
  },
  transfer_already_confirmed: {
    en: (p) =>
      `Order ${p.orderId} has already received its transfer; a second deposit cannot be assigned to it. Refund this one, or pick another order.`,
    ja: (p) => `注文 ${p.orderId} は入金確認済みのため、この入金を割り当てられません。返金するか、別の注文を指定してください。`,
  },
  review_not_open: {
    en: (p) => `This review is already closed (${p.status}).`,
    ja: (p) => `この確認案件は処理済みです（${jaWord(p.status)}）。`,
  },
  webhook_signature_invalid: {
    en: (p) => `Webhook signature refused: ${p.reason}.`,
    ja: (p) => `Webhookの署名が無効です（${jaWord(p.reason)}）。`,
  },
  processor_unavailable: {
    en: () => 'The card processor is not answering; try again shortly.',
    ja: () => '決済代行会社に接続できません。しばらくしてから再度お試しください。',
  },
  ledger_period_reversed: {
    en: (p) => `The period ends (${p.to}) before it starts (${p.from}): choose a "from" date on or before the "to" date.`,
    ja: (p) => `期間の終了日（${p.to}）が開始日（${p.from}）より前です。開始日は終了日以前の日付を指定してください。`,
  },
};
