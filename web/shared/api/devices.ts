import type { Call } from '../api-client';
import { everyPage } from './operator';

/** A device model of the catalog (GET /v1/devices/catalog), features in the caller's language. */
export interface DeviceModelEntry {
  id: string;
  code: string;
  maker: string;
  name: string;
  features: string[];
  sipAccounts: number;
  warrantyMonths: number;
  /** Yen, tax excluded. */
  price: number;
  priceWithTax: number;
  currency: 'JPY';
  stock: number;
  inStock: boolean;
}

/** The "device settings" of an order: shipped as is, or pre-configured with a unique per phone. */
export type DeviceOrderSettings =
  { mode: 'none' } | { mode: 'preconfigured'; circleId: string; devices: Array<{ uniqueId: string; secondUniqueId?: string }> };

/** Where the parcel goes. */
export interface DeviceShipTo {
  name: string;
  postalCode: string;
  address: string;
  phone: string;
}

/** How a device order is paid: the prepaid balance (default), or directly as a top-up of the total would be. */
export type DevicePayment =
  { method: 'balance' } | { method: 'card'; cardToken: string } | { method: 'registered_card'; cardId: string } | { method: 'konbini' };

/** A device order as the customer sends it. */
export interface DeviceOrderRequest {
  model: string;
  quantity: number;
  settings: DeviceOrderSettings;
  shipTo: DeviceShipTo;
  payment?: DevicePayment;
}

/** The confirmation screen's figures (POST /v1/device-orders/quote). */
export interface DeviceOrderQuote {
  model: string;
  quantity: number;
  unitPrice: number;
  subtotal: number;
  tax: number;
  total: number;
  balance: number;
  currency: 'JPY';
  sufficient: boolean;
  inStock: boolean;
}

/** One phone: identifiers once scanned, its uniques, and whether it fetched its configuration. */
export interface DeviceUnit {
  id: string;
  position: number;
  model: string;
  status: string;
  mac: string | null;
  serial: string | null;
  uniques: Array<{ slot: number; uniqueId: string; code: string | null }>;
  preconfigured: boolean;
  online: boolean;
  configFetchedAt: string | null;
  lastFetchAt: string | null;
  fetchCount: number;
}

/** The parcel, once shipped. */
export interface DeviceShipment {
  carrier: string;
  carrierName: string;
  trackingNumber: string;
  /** The carrier's tracking page, when the carrier has one. */
  trackingUrl: string | null;
  shippedAt: string | null;
  deliveredAt: string | null;
}

/** The order status document (the fields the devices pages read). */
export interface DeviceOrderStatus {
  id: string;
  kind: string;
  status: string;
  circleId: string | null;
  subtotal: number;
  tax: number;
  total: number;
  currency: 'JPY';
  detail: Record<string, unknown>;
  failureReason: string | null;
  createdAt: string;
}

/** A device order with its phones and parcel (GET /v1/device-orders/{id}). */
export interface DeviceOrderView extends DeviceOrderStatus {
  devices: DeviceUnit[];
  shipment: DeviceShipment | null;
  /** Paid directly and awaiting payment: what to do (three_d_secure with url, konbini with the slip). */
  nextAction: Record<string, unknown> | null;
  /** How it is paid; paid directly, the top-up that takes the payment and its status. */
  payment: { method: DevicePayment['method']; topupId: string | null; status: string | null };
}

/** A phone of the customer's, with its order (GET /v1/devices). */
export interface OwnedDevice extends DeviceUnit {
  orderId: string;
  orderedAt: string;
}

/** A unique a phone may be pre-configured with (GET /v1/uniques, the fields the order form reads). */
export interface DeviceUniqueChoice {
  id: string;
  circleId: string;
  code: string | null;
  kind: string;
  status: string;
  name?: string | null;
}

/** The customer's side of the devices API. */
export const devicesApi = (call: Call) => ({
  deviceCatalog: () => call<{ items: DeviceModelEntry[]; nextCursor: null; taxRate: number }>('GET', '/v1/devices/catalog'),
  quoteDeviceOrder: (req: DeviceOrderRequest) => call<DeviceOrderQuote>('POST', '/v1/device-orders/quote', req),
  placeDeviceOrder: (req: DeviceOrderRequest, idempotencyKey: string) =>
    call<DeviceOrderView>('POST', '/v1/device-orders', req, idempotencyKey),
  getDeviceOrder: (orderId: string) => call<DeviceOrderView>('GET', `/v1/device-orders/${orderId}`),
  cancelDeviceOrder: (orderId: string) => call<DeviceOrderStatus>('POST', `/v1/device-orders/${orderId}/cancel`),
  listOwnedDevices: () => everyPage<OwnedDevice>(call, '/v1/devices').then((items) => ({ items })),
  /** The uniques a login sees (of one circle, when given), for pickers such as the device settings. */
  uniquesForPicker: (circleId?: string) =>
    everyPage<DeviceUniqueChoice>(call, circleId ? `/v1/uniques?circleId=${encodeURIComponent(circleId)}` : '/v1/uniques').then(
      (items) => ({
        items,
      }),
    ),
});
