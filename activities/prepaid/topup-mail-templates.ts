import { signature, type RenderedMail, type TemplateTable } from '../mail/mail-templates';
import { konbiniStores } from '../../domain/prepaid/konbini-stores';
import { reasonWords, yen } from '../mail/order-words';

type Lang = 'ja' | 'en';
type Next = Record<string, any> | null;

/** Data of the order mails: who, which order, how much, and what to do next. */
export interface TopupMailData {
  name: string;
  orderId: string;
  amount: number;
  method: string;
  deadline: string | null;
  nextAction: Next;
  balance?: number;
  /** Why the order failed, as stored (a code the failed mail puts in words). */
  reason?: string | null;
  /** The portal's address: the mail links to the order's page there. */
  portalUrl: string;
}

/** A date and time in Tokyo, as customers read it. */
export const tokyoTime = (iso: string, lang: Lang) =>
  new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', { timeZone: 'Asia/Tokyo', dateStyle: 'long', timeStyle: 'short' }).format(
    new Date(iso),
  ) + (lang === 'ja' ? '' : ' JST');

const METHOD = {
  ja: {
    card: 'クレジットカード',
    registered_card: '登録済みクレジットカード',
    net_bank: 'ネットバンク振込',
    konbini: 'コンビニ払い',
    bank_transfer: '銀行振込',
  },
  en: {
    card: 'credit card',
    registered_card: 'registered credit card',
    net_bank: 'net-bank transfer',
    konbini: 'convenience store',
    bank_transfer: 'bank transfer',
  },
} as const;
const methodName = (m: string, lang: Lang) => (METHOD[lang] as Record<string, string>)[m] ?? m;

/** How to pay, from the order's next action: the slip, the virtual account or our bank account. */
function howToPay(n: Next, lang: Lang): string {
  if (!n) return '';
  const ja = lang === 'ja';
  if (n.type === 'konbini') {
    return ja
      ? `お支払い番号: ${n.paymentNumber}\nご利用いただけるコンビニ: ${konbiniStores(n.stores, 'ja')}`
      : `Payment number: ${n.paymentNumber}\nStores: ${konbiniStores(n.stores, 'en')}`;
  }
  const a = n.type === 'net_bank' ? n : n.type === 'bank_transfer' ? n.account : undefined;
  if (!a) return '';
  const ref = n.type === 'net_bank' ? n.transferReference : n.reference;
  return ja
    ? `振込先: ${a.bankName} ${a.branchName} ${a.accountType} ${a.accountNumber}\n口座名義: ${a.accountHolder}\nお振込み番号: ${ref}（振込依頼人名の前にご入力ください）\n振込手数料はお客様のご負担となります。`
    : `Bank: ${a.bankName}, ${a.branchName}, ${a.accountType} ${a.accountNumber}\nAccount holder: ${a.accountHolder}\nReference: ${ref} (put it before your name as the sender)\nTransfer fees are paid by the customer.`;
}

const wrap = (lang: Lang, name: string, body: string): string =>
  lang === 'ja' ? `${name} 様\n\n${body}${signature.ja}` : `Dear ${name},\n\n${body}${signature.en}`;

const orderLine = (d: TopupMailData, lang: Lang) =>
  lang === 'ja'
    ? `ご注文番号: ${d.orderId}\nお支払い方法: ${methodName(d.method, lang)}\n金額: ${yen(d.amount, lang)}\nご注文の状況: ${d.portalUrl}/orders/${d.orderId}`
    : `Order: ${d.orderId}\nPayment method: ${methodName(d.method, lang)}\nAmount: ${yen(d.amount, lang)}\nYour order: ${d.portalUrl}/orders/${d.orderId}`;

const deadlineLine = (d: TopupMailData, lang: Lang) =>
  d.deadline ? (lang === 'ja' ? `お支払い期限: ${tokyoTime(d.deadline, lang)}` : `Pay by: ${tokyoTime(d.deadline, lang)}`) : '';

const instructions = (lang: Lang, d: TopupMailData): RenderedMail => ({
  subject: lang === 'ja' ? '【クラウドPBX】プリペイドのお支払い方法のご案内' : '[Cloud PBX] How to pay for your prepaid top-up',
  text: wrap(
    lang,
    d.name,
    [
      lang === 'ja'
        ? 'プリペイドのご注文を承りました。期限までに以下の方法でお支払いください。'
        : 'Thank you for your prepaid order. Please pay as follows before the deadline.',
      orderLine(d, lang),
      howToPay(d.nextAction, lang),
      deadlineLine(d, lang),
    ]
      .filter(Boolean)
      .join('\n\n'),
  ),
});

const reminder = (lang: Lang, d: TopupMailData): RenderedMail => ({
  subject: lang === 'ja' ? '【クラウドPBX】お支払い期限が近づいています' : '[Cloud PBX] Payment reminder: your top-up deadline is near',
  text: wrap(
    lang,
    d.name,
    [
      lang === 'ja'
        ? 'プリペイドのお支払いがまだ確認できていません。期限を過ぎるとご注文は自動的にキャンセルされます。'
        : 'We have not yet received your payment. The order is cancelled automatically after the deadline.',
      orderLine(d, lang),
      howToPay(d.nextAction, lang),
      deadlineLine(d, lang),
    ]
      .filter(Boolean)
      .join('\n\n'),
  ),
});

const expired = (lang: Lang, d: TopupMailData): RenderedMail => ({
  subject:
    lang === 'ja'
      ? '【クラウドPBX】お支払い期限切れによりご注文をキャンセルしました'
      : '[Cloud PBX] Top-up cancelled: payment deadline passed',
  text: wrap(
    lang,
    d.name,
    [
      lang === 'ja'
        ? 'お支払い期限までにご入金が確認できなかったため、ご注文をキャンセルしました。期限後にお支払いいただいた場合は、担当者が確認のうえご連絡します。'
        : 'We did not receive your payment by the deadline, so the order has been cancelled. If you paid after the deadline, our staff will check it and contact you.',
      orderLine(d, lang),
    ].join('\n\n'),
  ),
});

const cancelled = (lang: Lang, d: TopupMailData): RenderedMail => ({
  subject: lang === 'ja' ? '【クラウドPBX】ご注文のキャンセルを承りました' : '[Cloud PBX] Your top-up order is cancelled',
  text: wrap(
    lang,
    d.name,
    [
      lang === 'ja'
        ? 'ご依頼によりご注文をキャンセルしました。お支払いは不要です。'
        : 'As you asked, the order has been cancelled. No payment is needed.',
      orderLine(d, lang),
    ].join('\n\n'),
  ),
});

const failed = (lang: Lang, d: TopupMailData): RenderedMail => ({
  subject: lang === 'ja' ? '【クラウドPBX】プリペイドのチャージができませんでした' : '[Cloud PBX] Your top-up could not be completed',
  text: wrap(
    lang,
    d.name,
    [
      lang === 'ja'
        ? `お支払いが完了しなかったため、プリペイドのチャージができませんでした。料金は請求されていません。\n理由: ${reasonWords(d.reason ?? null, lang)}`
        : `The payment did not go through, so your prepaid balance was not topped up. Nothing was charged.\nReason: ${reasonWords(d.reason ?? null, lang)}`,
      orderLine(d, lang),
      lang === 'ja'
        ? `お手数ですが、別のお支払い方法またはカードであらためてお申し込みください。\nチャージ: ${d.portalUrl}/topup`
        : `Please order again with another card or payment method.\nTop up: ${d.portalUrl}/topup`,
    ].join('\n\n'),
  ),
});

const receipt = (lang: Lang, d: TopupMailData): RenderedMail => ({
  subject: lang === 'ja' ? '【クラウドPBX】プリペイドチャージ完了のお知らせ（領収）' : '[Cloud PBX] Top-up receipt',
  text: wrap(
    lang,
    d.name,
    [
      lang === 'ja'
        ? 'お支払いを確認し、プリペイド残高にチャージしました。'
        : 'We received your payment and credited your prepaid balance.',
      orderLine(d, lang),
      lang === 'ja'
        ? `チャージ後の残高: ${yen(d.balance ?? 0, lang)}\nプリペイドの履歴: ${d.portalUrl}/prepaid`
        : `Balance after top-up: ${yen(d.balance ?? 0, lang)}\nPrepaid history: ${d.portalUrl}/prepaid`,
    ].join('\n\n'),
  ),
});

const refunded = (lang: Lang, d: TopupMailData): RenderedMail => ({
  subject: lang === 'ja' ? '【クラウドPBX】ご入金の返金手続きについて' : '[Cloud PBX] Your payment will be refunded',
  text: wrap(
    lang,
    d.name,
    [
      lang === 'ja'
        ? `ご入金額（${yen(d.amount, lang)}）を確認しましたが、チャージせずに返金いたします。返金先について担当者よりご連絡します。`
        : `We received ${yen(d.amount, lang)} but will refund it instead of crediting it. Our staff will contact you about the refund account.`,
      lang === 'ja'
        ? `ご注文番号: ${d.orderId}\nご注文の状況: ${d.portalUrl}/orders/${d.orderId}`
        : `Order: ${d.orderId}\nYour order: ${d.portalUrl}/orders/${d.orderId}`,
    ].join('\n\n'),
  ),
});

const lowBalance = (
  lang: Lang,
  d: { name: string; balance: number; threshold: number; autoTopupAmount: number | null; portalUrl: string },
): RenderedMail => ({
  subject: lang === 'ja' ? '【クラウドPBX】プリペイド残高が少なくなっています' : '[Cloud PBX] Your prepaid balance is low',
  text: wrap(
    lang,
    d.name,
    [
      lang === 'ja'
        ? `プリペイド残高が設定額（${yen(d.threshold, lang)}）を下回りました。現在の残高: ${yen(d.balance, lang)}`
        : `Your prepaid balance fell below your threshold of ${yen(d.threshold, lang)}. Current balance: ${yen(d.balance, lang)}.`,
      d.autoTopupAmount
        ? lang === 'ja'
          ? `自動チャージ（${yen(d.autoTopupAmount, lang)}、登録済みカード）を開始しました。`
          : `An automatic top-up of ${yen(d.autoTopupAmount, lang)} by your registered card has started.`
        : lang === 'ja'
          ? `サービスが停止しないよう、お早めにチャージしてください。\nチャージ: ${d.portalUrl}/topup`
          : `Please top up soon so that your service is not interrupted.\nTop up: ${d.portalUrl}/topup`,
      lang === 'ja'
        ? `通知額と自動チャージの設定: ${d.portalUrl}/prepaid`
        : `Threshold and automatic top-up settings: ${d.portalUrl}/prepaid`,
    ].join('\n\n'),
  ),
});

/** The prepaid domain's mails. */
export const prepaidMailTemplates = {
  topup_instructions: instructions,
  topup_reminder: reminder,
  topup_expired: expired,
  topup_cancelled: cancelled,
  topup_receipt: receipt,
  topup_refunded: refunded,
  topup_failed: failed,
  low_balance: lowBalance,
} as unknown as TemplateTable;
