import { signature, type TemplateTable } from '../mail/mail-templates';

/** Carrier names as the customer knows them. */
export const CARRIER_NAMES: Record<string, { ja: string; en: string }> = {
  yamato: { ja: 'ヤマト運輸', en: 'Yamato Transport' },
  sagawa: { ja: '佐川急便', en: 'Sagawa Express' },
  japanpost: { ja: '日本郵便', en: 'Japan Post' },
};

/** What the shipment and delivery mails show. */
export interface DevicesMailData {
  name: string;
  orderId: string;
  modelName: string;
  quantity: number;
  preconfigured: boolean;
  carrier: string;
  trackingNumber: string;
  warrantyMonths: number;
}

const carrierName = (lang: 'ja' | 'en', code: string) => CARRIER_NAMES[code]?.[lang] ?? code;

/** "Your phones have shipped", with the carrier and tracking number. */
const devicesShipped = (lang: 'ja' | 'en', d: DevicesMailData) =>
  lang === 'ja'
    ? {
        subject: '【クラウドPBX】機器を発送しました',
        text: `${d.name} 様\n\nご注文の機器を発送しました。\n\nご注文番号: ${d.orderId}\n機器: ${d.modelName} × ${d.quantity}台\n配送業者: ${carrierName('ja', d.carrier)}\n追跡番号: ${d.trackingNumber}\n\n${d.preconfigured ? '設定済みのため、到着後にLANケーブルと電源をつなぐだけでご利用いただけます。' : '到着後、お客様ご自身で設定してください。'}${signature.ja}`,
      }
    : {
        subject: '[Cloud PBX] Your devices have shipped',
        text: `Dear ${d.name},\n\nYour devices have shipped.\n\nOrder: ${d.orderId}\nDevice: ${d.modelName} x ${d.quantity}\nCarrier: ${carrierName('en', d.carrier)}\nTracking number: ${d.trackingNumber}\n\n${d.preconfigured ? 'They are pre-configured: connect the network cable and power, and they work.' : 'Please configure them after they arrive.'}${signature.en}`,
      };

/** "Your phones have arrived". */
const devicesDelivered = (lang: 'ja' | 'en', d: DevicesMailData) =>
  lang === 'ja'
    ? {
        subject: '【クラウドPBX】機器のお届けが完了しました',
        text: `${d.name} 様\n\nご注文の機器のお届けが完了しました。\n\nご注文番号: ${d.orderId}\n機器: ${d.modelName} × ${d.quantity}台\n追跡番号: ${d.trackingNumber}\n\n保証期間は到着から${d.warrantyMonths}か月です。${signature.ja}`,
      }
    : {
        subject: '[Cloud PBX] Your devices were delivered',
        text: `Dear ${d.name},\n\nYour devices were delivered.\n\nOrder: ${d.orderId}\nDevice: ${d.modelName} x ${d.quantity}\nTracking number: ${d.trackingNumber}\n\nThe warranty runs ${d.warrantyMonths} months from delivery.${signature.en}`,
      };

/** The devices domain's mails. */
export const devicesMailTemplates: TemplateTable = {
  devices_shipped: devicesShipped as never,
  devices_delivered: devicesDelivered as never,
};
