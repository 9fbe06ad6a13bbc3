import { signature, type RenderedMail, type TemplateTable } from './mail-templates';
import { itemLines, orderKindName, reasonWords, yen, type Lang, type NoticeItem, type NoticeOrderKind } from './order-words';

/** What every order notice shows: who, which order, what it contained, and the link to it. */
interface OrderNoticeBase {
  name: string;
  orderId: string;
  kind: NoticeOrderKind;
  items: NoticeItem[];
  /** The portal's address: the mail links to the order's page there. */
  portalUrl: string;
}

/** The order failed: why (the stored reason, put in words here) and what went back to the balance. */
export interface OrderFailedData extends OrderNoticeBase {
  reason: string | null;
  /** Numbers the carrier could not activate, when that was the reason. */
  failedNumbers: string[];
  /** Yen paid back to the prepaid balance; 0 when nothing had been taken. */
  refunded: number;
}

/** The order was cancelled: by whom and what went back to the balance. */
export interface OrderCancelledData extends OrderNoticeBase {
  by: 'customer' | 'staff';
  refunded: number;
}

/** Money went back to the prepaid balance: how much, why and the balance after it. */
export interface OrderRefundedData {
  name: string;
  orderId: string;
  kind: NoticeOrderKind;
  amount: number;
  cause: 'cancelled' | 'failed';
  balance: number;
  portalUrl: string;
}

const wrap = (lang: Lang, name: string, parts: string[]): string =>
  (lang === 'ja' ? `${name} 様\n\n` : `Dear ${name},\n\n`) + parts.filter(Boolean).join('\n\n') + signature[lang];

const orderLines = (lang: Lang, d: OrderNoticeBase): string =>
  lang === 'ja'
    ? `ご注文番号: ${d.orderId}\nご注文の種類: ${orderKindName(d.kind, lang)}\nご注文の内容:\n${itemLines(d.items, lang)}\nご注文の状況: ${d.portalUrl}/orders/${d.orderId}`
    : `Order: ${d.orderId}\nKind: ${orderKindName(d.kind, lang)}\nItems:\n${itemLines(d.items, lang)}\nYour order: ${d.portalUrl}/orders/${d.orderId}`;

const refundLine = (lang: Lang, refunded: number): string =>
  refunded > 0
    ? lang === 'ja'
      ? `お支払いいただいた${yen(refunded, lang)}は、プリペイド残高に返金しました。`
      : `The ${yen(refunded, lang)} you paid went back to your prepaid balance.`
    : lang === 'ja'
      ? '料金は引き落とされていません。'
      : 'Nothing was charged.';

/** "Your order could not be completed": the reason in words and the refund. */
const orderFailed = (lang: Lang, d: OrderFailedData): RenderedMail => {
  const numbers = d.failedNumbers.length
    ? lang === 'ja'
      ? `開通できなかった電話番号: ${d.failedNumbers.join('、')}`
      : `Numbers that could not be activated: ${d.failedNumbers.join(', ')}`
    : '';
  return {
    subject: lang === 'ja' ? '【クラウドPBX】ご注文を完了できませんでした' : '[Cloud PBX] Your order could not be completed',
    text: wrap(lang, d.name, [
      lang === 'ja'
        ? `申し訳ございません。${orderKindName(d.kind, lang)}を完了できませんでした。`
        : `We are sorry: your ${orderKindName(d.kind, lang)} could not be completed.`,
      (lang === 'ja' ? `理由: ${reasonWords(d.reason, lang)}` : `Reason: ${reasonWords(d.reason, lang)}`) + (numbers ? `\n${numbers}` : ''),
      refundLine(lang, d.refunded),
      orderLines(lang, d),
      lang === 'ja'
        ? 'お手数ですが、内容をご確認のうえ、あらためてご注文ください。ご不明な点はご注文番号を添えてサポートセンターへお問い合わせください。'
        : 'Please check the details and order again. If anything is unclear, contact support with the order number.',
    ]),
  };
};

/** "Your order was cancelled": what, by whom, and the refund. */
const orderCancelled = (lang: Lang, d: OrderCancelledData): RenderedMail => ({
  subject: lang === 'ja' ? '【クラウドPBX】ご注文をキャンセルしました' : '[Cloud PBX] Your order was cancelled',
  text: wrap(lang, d.name, [
    d.by === 'staff'
      ? lang === 'ja'
        ? `当社の担当者が${orderKindName(d.kind, lang)}をキャンセルしました。`
        : `Our staff cancelled your ${orderKindName(d.kind, lang)}.`
      : lang === 'ja'
        ? `ご依頼により、${orderKindName(d.kind, lang)}をキャンセルしました。`
        : `As you asked, your ${orderKindName(d.kind, lang)} was cancelled.`,
    refundLine(lang, d.refunded),
    orderLines(lang, d),
  ]),
});

/** "We refunded to your prepaid balance": the amount, why, and the balance after it. */
const orderRefunded = (lang: Lang, d: OrderRefundedData): RenderedMail => {
  const why =
    d.cause === 'cancelled'
      ? lang === 'ja'
        ? `${orderKindName(d.kind, lang)}のキャンセル`
        : `your ${orderKindName(d.kind, lang)} was cancelled`
      : lang === 'ja'
        ? `${orderKindName(d.kind, lang)}を完了できなかったこと`
        : `your ${orderKindName(d.kind, lang)} could not be completed`;
  return {
    subject: lang === 'ja' ? '【クラウドPBX】プリペイド残高への返金のお知らせ' : '[Cloud PBX] Refund to your prepaid balance',
    text: wrap(lang, d.name, [
      lang === 'ja'
        ? `${why}により、${yen(d.amount, lang)}をプリペイド残高に返金しました。`
        : `We refunded ${yen(d.amount, lang)} to your prepaid balance because ${why}.`,
      lang === 'ja'
        ? `返金額: ${yen(d.amount, lang)}\n返金先: プリペイド残高\n返金後の残高: ${yen(d.balance, lang)}\nご注文番号: ${d.orderId}\nご注文の状況: ${d.portalUrl}/orders/${d.orderId}\nプリペイドの履歴: ${d.portalUrl}/prepaid`
        : `Refunded: ${yen(d.amount, lang)}\nTo: your prepaid balance\nBalance after the refund: ${yen(d.balance, lang)}\nOrder: ${d.orderId}\nYour order: ${d.portalUrl}/orders/${d.orderId}\nPrepaid history: ${d.portalUrl}/prepaid`,
    ]),
  };
};

/** The order notices every order kind shares: failed, cancelled, refunded to the balance. */
export const orderNoticeTemplates: TemplateTable = {
  order_failed: orderFailed as never,
  order_cancelled: orderCancelled as never,
  order_refunded: orderRefunded as never,
};
