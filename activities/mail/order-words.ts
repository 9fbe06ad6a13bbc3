import { kindName } from '../../domain/telephony/kind-names';
import { toNationalDisplay } from '../../domain/telephony/e164';

/** A mail's language. */
export type Lang = 'ja' | 'en';

/** Integer yen as a customer reads it: 1,234円 or ¥1,234. */
export const yen = (n: number, lang: Lang) => (lang === 'ja' ? `${n.toLocaleString('ja-JP')}円` : `¥${n.toLocaleString('en-US')}`);

export { KIND_NAMES, kindName } from '../../domain/telephony/kind-names';

/** The kinds of order a customer mail talks about. */
export type NoticeOrderKind = 'devices' | 'services' | 'topup';

const ORDER_KINDS: Record<NoticeOrderKind, { ja: string; en: string }> = {
  devices: { ja: '機器のご注文', en: 'device order' },
  services: { ja: 'ユニーク・電話番号のご注文', en: 'order of uniques and phone numbers' },
  topup: { ja: 'プリペイドのチャージ', en: 'prepaid top-up' },
};

/** What kind of order it was, in words. */
export const orderKindName = (kind: NoticeOrderKind, lang: Lang) => ORDER_KINDS[kind][lang];

/** One thing an order contained, in data a template turns into words. */
export type NoticeItem =
  | { type: 'device'; name: string; quantity: number }
  | { type: 'unique'; kind: string; quantity: number }
  | { type: 'number'; number: string; kind: string };

/** One line per ordered thing: "GXP1620 × 2台", "SIP端末 × 1", "03-1234-5678 (国内番号)". */
export function itemLines(items: NoticeItem[], lang: Lang): string {
  const line = (i: NoticeItem) => {
    if (i.type === 'device') return lang === 'ja' ? `${i.name} × ${i.quantity}台` : `${i.name} x ${i.quantity}`;
    if (i.type === 'unique') return `${kindName(i.kind, lang)} ${lang === 'ja' ? '×' : 'x'} ${i.quantity}`;
    return `${toNationalDisplay(i.number)} (${kindName(i.kind, lang)})`;
  };
  return items.map((i) => `  - ${line(i)}`).join('\n');
}

// The order's failure reason is stored for machines ("CarrierTimeout: ...", "card_declined"): its
// type or code picks the sentence the customer reads. Unknown reasons get a general sentence.
const REASONS: Record<string, { ja: string; en: string }> = {
  payment_deadline_passed: { ja: 'お支払い期限までにお支払いを確認できませんでした。', en: 'The payment was not made by its deadline.' },
  cancelled_by_customer: { ja: 'お支払いがキャンセルされました。', en: 'The payment was cancelled.' },
  InsufficientBalance: {
    ja: 'お支払いの時点でプリペイド残高が足りませんでした。',
    en: 'The prepaid balance was not enough when the order was to be paid.',
  },
  NumberHoldLost: {
    ja: 'お選びいただいた電話番号の確保期間が終わっていました。',
    en: 'The phone numbers you chose were no longer held for you.',
  },
  NumberActivationFailed: {
    ja: '通信事業者が電話番号を開通できませんでした。',
    en: 'The carrier could not activate the phone numbers.',
  },
  CarrierRejected: {
    ja: '通信事業者が電話番号の開通手続きをお受けできませんでした。',
    en: 'The carrier refused to activate the phone numbers.',
  },
  CarrierTimeout: {
    ja: '通信事業者から開通の回答が期限までに届きませんでした。',
    en: 'The carrier did not confirm the activation in time.',
  },
  PbxRejected: {
    ja: '交換機へのユニークの登録ができませんでした。',
    en: 'The uniques could not be set up on the exchange.',
  },
  three_ds_timeout: {
    ja: '本人認証（3Dセキュア）が時間内に完了しませんでした。',
    en: '3-D Secure authentication was not completed in time.',
  },
  three_ds_failed: { ja: '本人認証（3Dセキュア）に失敗しました。', en: '3-D Secure authentication failed.' },
  three_ds_unsupported: {
    ja: 'このカードは本人認証（3Dセキュア）に対応していないため、ご利用いただけません。',
    en: 'This card does not support 3-D Secure, which VISA, Mastercard and JCB cards need.',
  },
  card_declined: { ja: 'カード会社にお支払いを承認していただけませんでした。', en: 'The card issuer declined the payment.' },
  card_expired: { ja: 'カードの有効期限が切れていました。', en: 'The card has expired.' },
  card_removed: { ja: 'ご指定の登録済みカードが削除されていました。', en: 'The registered card was removed.' },
  card_not_on_file: {
    ja: '登録済みカードがカード会社側で確認できませんでした。お手数ですが、カードをもう一度ご登録ください。',
    en: 'The card processor no longer knows the registered card. Please register the card again.',
  },
  card_missing: { ja: 'カード情報が届いていませんでした。', en: 'The card details did not reach us.' },
};

const OTHER_REASON = {
  ja: 'システムの都合により、ご注文を完了できませんでした。',
  en: 'A problem on our side kept us from completing the order.',
};

/** Why an order failed, in a sentence of the customer's language. */
export function reasonWords(reason: string | null, lang: Lang): string {
  const text = reason ?? '';
  const type = text.split(':')[0]!.trim();
  return (REASONS[type] ?? REASONS[text.trim()] ?? OTHER_REASON)[lang];
}
