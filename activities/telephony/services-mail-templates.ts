import { signature, type TemplateTable } from '../mail/mail-templates';
import { KIND_NAMES } from '../mail/order-words';

const yen = (n: number) => n.toLocaleString('en-US');

/** What the thank-you mail lists. */
export interface ThankYouData {
  name: string;
  orderId: string;
  circleName: string;
  uniques: Array<{ code: string; kind: string; loginServer: string }>;
  numbers: Array<{ number: string; kind: string }>;
  subtotal: number;
  tax: number;
  total: number;
  /** The portal's address: the mail links to the order's page there (empty: no link). */
  portalUrl: string;
  /** Numbers the carrier refused: the rest of the order went through without them. */
  refused?: Array<{ number: string; kind: string; reason: string | null }>;
  /** What went back to the balance for them, and the totals of what was kept (tax rounded once). */
  refund?: { amount: number; subtotal: number; tax: number; total: number } | null;
}

// The carrier's reasons are codes; the customer reads a sentence.
const CARRIER_REASONS: Record<string, { ja: string; en: string }> = {
  number_blocked: { ja: '通信事業者がこの番号の利用を停止しています', en: 'the carrier has blocked this number' },
  number_unavailable_at_carrier: { ja: '通信事業者でこの番号を用意できません', en: 'the carrier cannot provide this number' },
};
const OTHER_CARRIER_REASON = { ja: '通信事業者が開通を受け付けませんでした', en: 'the carrier refused to activate it' };
const carrierReason = (reason: string | null, lang: 'ja' | 'en') => (CARRIER_REASONS[reason ?? ''] ?? OTHER_CARRIER_REASON)[lang];

/** The part of the thank-you mail about refused numbers: each with its reason, then the refund and its arithmetic. */
function refusedPart(lang: 'ja' | 'en', d: ThankYouData, k: (kind: string) => string): string {
  const refused = d.refused ?? [];
  if (!refused.length || !d.refund) return '';
  const r = d.refund;
  const list = refused.map((n) => `  - ${n.number} (${k(n.kind)}): ${carrierReason(n.reason, lang)}`).join('\n');
  return lang === 'ja'
    ? `\n開通できなかった電話番号（ご注文から外しました）:\n${list}\n\n返金額: ${yen(r.amount)}円（プリペイド残高に返金しました）\n= お支払い ${yen(d.total)}円 − ご購入分 ${yen(r.total)}円（小計 ${yen(r.subtotal)}円 + 消費税 ${yen(r.tax)}円）\n`
    : `\nNumbers the carrier refused (taken out of the order):\n${list}\n\nRefunded: ¥${yen(r.amount)} (to your prepaid balance)\n= paid ¥${yen(d.total)} - bought ¥${yen(r.total)} (subtotal ¥${yen(r.subtotal)} + tax ¥${yen(r.tax)})\n`;
}

/** "Thank you for your purchase": the seed's last screen of §3, as a mail listing what was bought. */
const servicesThankYou = (lang: 'ja' | 'en', d: ThankYouData) => {
  const k = (kind: string) => KIND_NAMES[kind]?.[lang] ?? kind;
  const uniques = d.uniques.map((u) => `  - ${u.code} (${k(u.kind)}, ${u.loginServer})`).join('\n');
  const numbers = d.numbers.map((n) => `  - ${n.number} (${k(n.kind)})`).join('\n');
  const orderUrl = d.portalUrl ? `${d.portalUrl}/orders/${d.orderId}` : '';
  const refused = refusedPart(lang, d, k);
  return lang === 'ja'
    ? {
        subject: refused
          ? '【クラウドPBX】ご購入ありがとうございます（一部の番号は返金しました）'
          : '【クラウドPBX】ご購入ありがとうございます',
        text: `${d.name} 様\n\nご購入ありがとうございます。サークル「${d.circleName}」に以下を追加しました。\n\nご注文番号: ${d.orderId}\n${uniques ? `\nユニーク:\n${uniques}\n` : ''}${numbers ? `\n電話番号:\n${numbers}\n` : ''}\n小計: ${yen(d.subtotal)}円\n消費税(10%): ${yen(d.tax)}円\n合計: ${yen(d.total)}円（プリペイド残高から引き落とし）\n${refused}\nSIPパスワードはご注文画面で一度だけ表示されます。${orderUrl ? `\nご注文画面: ${orderUrl}\nユニークの設定: ${d.portalUrl}/uniques` : ''}${signature.ja}`,
      }
    : {
        subject: refused ? '[Cloud PBX] Thank you for your purchase (some numbers refunded)' : '[Cloud PBX] Thank you for your purchase',
        text: `Dear ${d.name},\n\nThank you for your purchase. The following were added to the circle "${d.circleName}".\n\nOrder: ${d.orderId}\n${uniques ? `\nUniques:\n${uniques}\n` : ''}${numbers ? `\nPhone numbers:\n${numbers}\n` : ''}\nSubtotal: ¥${yen(d.subtotal)}\nConsumption tax (10%): ¥${yen(d.tax)}\nTotal: ¥${yen(d.total)} (paid from the prepaid balance)\n${refused}\nThe SIP passwords are shown once on the order page.${orderUrl ? `\nOrder page: ${orderUrl}\nSet up the uniques: ${d.portalUrl}/uniques` : ''}${signature.en}`,
      };
};

/** What the "overseas number ready" mail says. */
export interface OverseasReadyData {
  name: string;
  orderId: string;
  circleName: string;
  country: string;
  /** The number in E.164. */
  number: string;
  subtotal: number;
  tax: number;
  total: number;
  portalUrl: string;
}

/** The overseas number bought by its own purchase is routed after its lead time: it can be used now. */
const overseasNumberReady = (lang: 'ja' | 'en', d: OverseasReadyData) => {
  const orderUrl = d.portalUrl ? `${d.portalUrl}/orders/${d.orderId}` : '';
  return lang === 'ja'
    ? {
        subject: '【クラウドPBX】海外番号の開通のお知らせ',
        text: `${d.name} 様\n\n海外番号のご購入ありがとうございます。通信事業者での開通が完了し、サークル「${d.circleName}」でご利用いただけます。\n\nご注文番号: ${d.orderId}\n海外番号: ${d.number}（国コード ${d.country}）\n\n小計: ${yen(d.subtotal)}円\n消費税(10%): ${yen(d.tax)}円\n合計: ${yen(d.total)}円（プリペイド残高から引き落とし）\n\n着信させるユニークは番号一覧から設定してください。${orderUrl ? `\nご注文画面: ${orderUrl}` : ''}${signature.ja}`,
      }
    : {
        subject: '[Cloud PBX] Your overseas number is ready',
        text: `Dear ${d.name},\n\nThank you for buying an overseas number. The carrier has activated it and it can be used in the circle "${d.circleName}".\n\nOrder: ${d.orderId}\nOverseas number: ${d.number} (${d.country})\n\nSubtotal: ¥${yen(d.subtotal)}\nConsumption tax (10%): ¥${yen(d.tax)}\nTotal: ¥${yen(d.total)} (paid from the prepaid balance)\n\nChoose the uniques it rings from the number list.${orderUrl ? `\nOrder page: ${orderUrl}` : ''}${signature.en}`,
      };
};

/** The telephony domain's mails. */
export const telephonyMailTemplates: TemplateTable = {
  services_thank_you: servicesThankYou as never,
  overseas_number_ready: overseasNumberReady as never,
};
