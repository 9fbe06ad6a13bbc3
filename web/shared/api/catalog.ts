import type { Call } from '../api-client';
import { everyPage } from './operator';

/** A device model's stock (GET /v1/devices/stock). */
export interface StockLevel {
  /** The model code */
  id: string;
  code: string;
  name: string;
  maker: string;
  active: boolean;
  stock: number;
  lastReceivedAt: string | null;
}

/** One delivery of units into stock (POST/GET /v1/devices/models/{code}/stock-receipts). */
export interface StockReceipt {
  id: string;
  modelCode: string;
  quantity: number;
  stockAfter: number;
  note: string;
  receivedBy: { id: string; name: string };
  receivedAt: string;
  duplicate?: boolean;
}

/** The kinds that carry a price. */
export type PriceKind = 'sip_terminal' | 'cloud_fax' | 'ymobile' | 'local' | 'freecall' | 'special' | 'navidial' | 'ip050' | 'overseas';

/** Every kind that has a price, in catalog order (the `kind` enum of the price schema). */
export const PRICE_KINDS: readonly PriceKind[] = [
  'sip_terminal',
  'cloud_fax',
  'ymobile',
  'local',
  'freecall',
  'special',
  'navidial',
  'ip050',
  'overseas',
];

/** One version of a price (JPY, tax excluded). */
export interface PriceVersion {
  id: string;
  kind: PriceKind;
  country: string;
  monthly: number;
  initial: number;
  currency: 'JPY';
  validFrom: string;
  createdBy: { id: string; name: string } | null;
  createdAt: string;
  note: string | null;
}

/** A price with the version in effect and those scheduled (GET /v1/catalog/prices). */
export interface PriceLine {
  /** The price key: the kind, or kind:country */
  id: string;
  kind: PriceKind;
  country: string;
  current: PriceVersion | null;
  scheduled: PriceVersion[];
}

/** What an operator schedules (POST /v1/catalog/prices). */
export interface NewPriceVersion {
  kind: PriceKind;
  country?: string;
  monthly: number;
  initial: number;
  validFrom: string;
  note?: string;
}

/** The rate classes of the rate table. */
export type RateClass = 'fixed' | 'mobile' | 'ip050' | 'freecall' | 'navidial' | 'international' | 'emergency' | 'barred';

/** One rate of the call rate table; money in 1/1000 yen (GET /v1/billing/rates). */
export interface Rate {
  id: string;
  direction: 'outbound' | 'inbound';
  prefix: string;
  class: RateClass;
  description: string;
  connectFeeMilli: number;
  unitPriceMilli: number;
  unitSeconds: number;
  incrementSeconds: number;
  /** The currency of the *Milli amounts (thousandths of a yen) */
  currency: 'JPY';
  taxRate: 0 | 8 | 10;
  validFrom: string;
  validTo: string | null;
}

/** What creating a rate takes (POST /v1/billing/rates). */
export type NewRate = Omit<Rate, 'id' | 'currency'>;

/** What may change on a rate (PATCH /v1/billing/rates/{id}). */
export type RatePatch = Partial<
  Pick<Rate, 'description' | 'connectFeeMilli' | 'unitPriceMilli' | 'unitSeconds' | 'incrementSeconds' | 'taxRate' | 'validTo'>
>;

const enc = encodeURIComponent;

/** The catalog desk: device stock, service and overseas prices, and the call rate table. */
export const catalogApi = (call: Call) => ({
  stockLevels: () => call<{ items: StockLevel[]; nextCursor: null }>('GET', '/v1/devices/stock').then((r) => r.items),
  /** Receives units; the key makes a double click (or a retry) add them once. */
  receiveStock: (code: string, quantity: number, note: string, idempotencyKey: string) =>
    call<StockReceipt>('POST', `/v1/devices/models/${enc(code)}/stock-receipts`, { quantity, note }, idempotencyKey),
  stockReceipts: (code: string) =>
    call<{ items: StockReceipt[]; nextCursor: string | null }>('GET', `/v1/devices/models/${enc(code)}/stock-receipts?limit=50`).then(
      (r) => r.items,
    ),
  priceLines: () => call<{ items: PriceLine[]; nextCursor: null; at: string }>('GET', '/v1/catalog/prices'),
  schedulePrice: (v: NewPriceVersion, idempotencyKey: string) => call<PriceVersion>('POST', '/v1/catalog/prices', v, idempotencyKey),
  withdrawPrice: (versionId: string) => call<void>('DELETE', `/v1/catalog/prices/${enc(versionId)}`),
  rates: (filter: { prefix?: string; direction?: Rate['direction']; at?: string }) => {
    const q = new URLSearchParams(Object.entries(filter).filter((e): e is [string, string] => Boolean(e[1])));
    return everyPage<Rate>(call, `/v1/billing/rates${q.size ? `?${q}` : ''}`);
  },
  createRate: (r: NewRate, idempotencyKey: string) => call<Rate>('POST', '/v1/billing/rates', r, idempotencyKey),
  updateRate: (id: string, patch: RatePatch) => call<Rate>('PATCH', `/v1/billing/rates/${enc(id)}`, patch),
});
