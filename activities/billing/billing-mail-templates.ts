import { signature } from '../mail/mail-templates';

const yen = (n: number) => n.toLocaleString('en-US');
const jstDate = (ms: number) => new Date(ms + 9 * 3_600_000).toISOString().slice(0, 10);

/** Every billing mail names the customer and carries the portal's address, for its links. */
interface BillingMailBase {
  name: string;
  portalUrl: string;
}

/** Billing mails: unpaid monthly fees, suspension and its end (the low-balance notice is the prepaid side's). */
export const billingTemplates = {
  fees_unpaid: (lang: 'ja' | 'en', d: BillingMailBase & { month: string; required: number; balance: number; graceUntil: number }) =>
    lang === 'ja'
      ? {
          subject: `【クラウドPBX】${d.month}分の月額料金をお支払いいただけませんでした`,
          text: `${d.name} 様\n\nプリペイド残高が不足しているため、${d.month}分の月額料金（税込 ${yen(d.required)}円）を引き落とせませんでした。\n現在の残高: ${yen(d.balance)}円\n\n${jstDate(d.graceUntil)} までにチャージされない場合、発信を停止します（着信と緊急通報は引き続きご利用いただけます）。\n\nチャージ: ${d.portalUrl}/topup${signature.ja}`,
        }
      : {
          subject: `[Cloud PBX] We could not charge your monthly fees for ${d.month}`,
          text: `Dear ${d.name},\n\nYour prepaid balance is too low for the monthly fees of ${d.month} (¥${yen(d.required)} incl. tax).\nBalance now: ¥${yen(d.balance)}\n\nUnless you top up by ${jstDate(d.graceUntil)} (Japan time), outbound calls will be suspended. Incoming and emergency calls keep working.\n\nTop up: ${d.portalUrl}/topup${signature.en}`,
        },
  outbound_suspended: (lang: 'ja' | 'en', d: BillingMailBase & { month: string }) =>
    lang === 'ja'
      ? {
          subject: '【クラウドPBX】発信を停止しました',
          text: `${d.name} 様\n\n${d.month}分の月額料金が未払いのため、発信を停止しました。着信と緊急通報（110・118・119）はご利用いただけます。\nチャージで残高が不足額を上回ると、直ちに再開されます。\n\nチャージ: ${d.portalUrl}/topup${signature.ja}`,
        }
      : {
          subject: '[Cloud PBX] Outbound calls suspended',
          text: `Dear ${d.name},\n\nThe monthly fees of ${d.month} are unpaid, so outbound calls are suspended. Incoming calls and emergency calls (110, 118, 119) keep working.\nThey resume at once when a top-up covers what is owed.\n\nTop up: ${d.portalUrl}/topup${signature.en}`,
        },
  suspension_lifted: (lang: 'ja' | 'en', d: BillingMailBase & { charged: number }) =>
    lang === 'ja'
      ? {
          subject: '【クラウドPBX】発信を再開しました',
          text: `${d.name} 様\n\n未払いの月額料金（税込 ${yen(d.charged)}円）をお支払いいただきました。発信を再開しました。\n\nご利用明細: ${d.portalUrl}/statements${signature.ja}`,
        }
      : {
          subject: '[Cloud PBX] Outbound calls resumed',
          text: `Dear ${d.name},\n\nThe unpaid monthly fees (¥${yen(d.charged)} incl. tax) are paid. Outbound calls work again.\n\nStatements: ${d.portalUrl}/statements${signature.en}`,
        },
};
