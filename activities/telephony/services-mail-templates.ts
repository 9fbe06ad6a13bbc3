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
}

/** "Thank you for your purchase": the seed's last screen of §3, as a mail listing what was bought. */
const servicesThankYou = (lang: 'ja' | 'en', d: ThankYouData) => {
  const k = (kind: string) => KIND_NAMES[kind]?.[lang] ?? kind;
  const uniques = d.uniques.map((u) => `  - ${u.code} (${k(u.kind)}, ${u.loginServer})`).join('\n');
  const numbers = d.numbers.map((n) => `  - ${n.number} (${k(n.kind)})`).join('\n');
  const orderUrl = d.portalUrl ? `${d.portalUrl}/orders/${d.orderId}` : '';
  return lang === 'ja'
    ? {
        subject: '【クラウドPBX】ご購入ありがとうございます',
        text: `${d.name} 様\n\nご購入ありがとうございます。サークル「${d.circleName}」に以下を追加しました。\n\nご注文番号: ${d.orderId}\n${uniques ? `\nユニーク:\n${uniques}\n` : ''}${numbers ? `\n電話番号:\n${numbers}\n` : ''}\n小計: ${yen(d.subtotal)}円\n消費税(10%): ${yen(d.tax)}円\n合計: ${yen(d.total)}円（プリペイド残高から引き落とし）\n\nSIPパスワードはご注文画面で一度だけ表示されます。${orderUrl ? `\nご注文画面: ${orderUrl}\nユニークの設定: ${d.portalUrl}/uniques` : ''}${signature.ja}`,
      }
    : {
        subject: '[Cloud PBX] Thank you for your purchase',
        text: `Dear ${d.name},\n\nThank you for your purchase. The following were added to the circle "${d.circleName}".\n\nOrder: ${d.orderId}\n${uniques ? `\nUniques:\n${uniques}\n` : ''}${numbers ? `\nPhone numbers:\n${numbers}\n` : ''}\nSubtotal: ¥${yen(d.subtotal)}\nConsumption tax (10%): ¥${yen(d.tax)}\nTotal: ¥${yen(d.total)} (paid from the prepaid balance)\n\nThe SIP passwords are shown once on the order page.${orderUrl ? `\nOrder page: ${orderUrl}\nSet up the uniques: ${d.portalUrl}/uniques` : ''}${signature.en}`,
      };
};

/** The telephony domain's mails. */
export const telephonyMailTemplates: TemplateTable = { services_thank_you: servicesThankYou as never };
