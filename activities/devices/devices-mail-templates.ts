import { carrierName, trackingUrl } from '../../domain/devices/tracking';
import { signature, type TemplateTable } from '../mail/mail-templates';
import { yen } from '../mail/order-words';
import type { ShipTo } from '../../workflows/devices/contract';

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

const orderUrl = (d: { portalUrl: string; orderId: string }) => `${d.portalUrl}/orders/${d.orderId}`;

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

/** What the "order received" mail shows: the order, its price with tax, the address and the balance after payment. */
export interface DevicesOrderReceivedData {
  name: string;
  orderId: string;
  modelName: string;
  quantity: number;
  unitPrice: number;
  preconfigured: boolean;
  subtotal: number;
  tax: number;
  total: number;
  /** The prepaid balance after the order was paid from it. */
  balance: number;
  shipTo: ShipTo;
  portalUrl: string;
}

/** "We received your device order": what, how much with tax, where it goes, and what happens next. */
const devicesOrderReceived = (lang: 'ja' | 'en', d: DevicesOrderReceivedData) =>
  lang === 'ja'
    ? {
        subject: '【クラウドPBX】機器のご注文を受け付けました',
        text: `${d.name} 様\n\n機器のご注文を受け付け、代金をプリペイド残高からお支払いいただきました。\n\nご注文番号: ${d.orderId}\n機器: ${d.modelName} × ${d.quantity}台（単価 ${yen(d.unitPrice, 'ja')}、税抜）\n設定: ${d.preconfigured ? '設定済みでお届け' : '設定なし（到着後にお客様が設定）'}\n小計: ${yen(d.subtotal, 'ja')}\n消費税: ${yen(d.tax, 'ja')}\n合計（税込）: ${yen(d.total, 'ja')}\nお支払い後の残高: ${yen(d.balance, 'ja')}\n\nお届け先:\n  〒${d.shipTo.postalCode}\n  ${d.shipTo.address}\n  ${d.shipTo.name} 様\n  電話: ${d.shipTo.phone}\n\nこのあとの流れ: 倉庫で出荷の準備をいたします。発送しましたら、配送業者と追跡番号をメールでお知らせします。発送前であれば、ご注文の状況ページからキャンセルでき、代金はプリペイド残高に返金されます。\nご注文の状況: ${orderUrl(d)}${signature.ja}`,
      }
    : {
        subject: '[Cloud PBX] We received your device order',
        text: `Dear ${d.name},\n\nWe received your device order and it was paid from your prepaid balance.\n\nOrder: ${d.orderId}\nDevice: ${d.modelName} x ${d.quantity} (${yen(d.unitPrice, 'en')} each, tax excluded)\nSettings: ${d.preconfigured ? 'pre-configured before shipping' : 'none (you configure them after arrival)'}\nSubtotal: ${yen(d.subtotal, 'en')}\nConsumption tax: ${yen(d.tax, 'en')}\nTotal (tax included): ${yen(d.total, 'en')}\nBalance after payment: ${yen(d.balance, 'en')}\n\nShip to:\n  ${d.shipTo.name}\n  ${d.shipTo.address}\n  ${d.shipTo.postalCode}\n  Phone: ${d.shipTo.phone}\n\nWhat happens next: our warehouse prepares the parcel. When it ships, we mail you the carrier and tracking number. Until then you can cancel on the order page, and the money goes back to your prepaid balance.\nYour order: ${orderUrl(d)}${signature.en}`,
      };

/** The devices domain's mails. */
export const devicesMailTemplates: TemplateTable = {
  devices_order_received: devicesOrderReceived as never,
  devices_shipped: devicesShipped as never,
  devices_delivered: devicesDelivered as never,
};
