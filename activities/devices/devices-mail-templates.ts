import { carrierName, trackingUrl } from '../../domain/devices/tracking';
import { signature, type TemplateTable } from '../mail/mail-templates';

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
  /** The portal's address: the mail links to the order's page there. */
  portalUrl: string;
}

const orderUrl = (d: DevicesMailData) => `${d.portalUrl}/orders/${d.orderId}`;

/** The carrier's tracking page as a line of the mail, when the carrier has one. */
const trackingLine = (lang: 'ja' | 'en', d: DevicesMailData) => {
  const url = trackingUrl(d.carrier, d.trackingNumber);
  return url ? (lang === 'ja' ? `\n配送状況: ${url}` : `\nTrack the parcel: ${url}`) : '';
};

/** "Your phones have shipped", with the carrier, tracking number and links. */
const devicesShipped = (lang: 'ja' | 'en', d: DevicesMailData) =>
  lang === 'ja'
    ? {
        subject: '【クラウドPBX】機器を発送しました',
        text: `${d.name} 様\n\nご注文の機器を発送しました。\n\nご注文番号: ${d.orderId}\n機器: ${d.modelName} × ${d.quantity}台\n配送業者: ${carrierName(d.carrier, 'ja')}\n追跡番号: ${d.trackingNumber}${trackingLine('ja', d)}\nご注文の状況: ${orderUrl(d)}\n\n${d.preconfigured ? '設定済みのため、到着後にLANケーブルと電源をつなぐだけでご利用いただけます。' : '到着後、お客様ご自身で設定してください。'}${signature.ja}`,
      }
    : {
        subject: '[Cloud PBX] Your devices have shipped',
        text: `Dear ${d.name},\n\nYour devices have shipped.\n\nOrder: ${d.orderId}\nDevice: ${d.modelName} x ${d.quantity}\nCarrier: ${carrierName(d.carrier, 'en')}\nTracking number: ${d.trackingNumber}${trackingLine('en', d)}\nYour order: ${orderUrl(d)}\n\n${d.preconfigured ? 'They are pre-configured: connect the network cable and power, and they work.' : 'Please configure them after they arrive.'}${signature.en}`,
      };

/** "Your phones have arrived", with the devices page where their status shows. */
const devicesDelivered = (lang: 'ja' | 'en', d: DevicesMailData) =>
  lang === 'ja'
    ? {
        subject: '【クラウドPBX】機器のお届けが完了しました',
        text: `${d.name} 様\n\nご注文の機器のお届けが完了しました。\n\nご注文番号: ${d.orderId}\n機器: ${d.modelName} × ${d.quantity}台\n追跡番号: ${d.trackingNumber}\nご注文の状況: ${orderUrl(d)}\n機器の接続状況: ${d.portalUrl}/devices\n\n保証期間は到着から${d.warrantyMonths}か月です。${signature.ja}`,
      }
    : {
        subject: '[Cloud PBX] Your devices were delivered',
        text: `Dear ${d.name},\n\nYour devices were delivered.\n\nOrder: ${d.orderId}\nDevice: ${d.modelName} x ${d.quantity}\nTracking number: ${d.trackingNumber}\nYour order: ${orderUrl(d)}\nYour phones' status: ${d.portalUrl}/devices\n\nThe warranty runs ${d.warrantyMonths} months from delivery.${signature.en}`,
      };

/** The devices domain's mails. */
export const devicesMailTemplates: TemplateTable = {
  devices_shipped: devicesShipped as never,
  devices_delivered: devicesDelivered as never,
};
