import type { Call } from '../api-client';
import { everyPage } from './operator';

/** A kind of unique the catalog sells (§3). */
export type UniqueKindCode = 'sip_terminal' | 'cloud_fax' | 'ymobile';

/** A kind of phone number the catalog sells (§3). */
export type PhoneNumberKind = 'local' | 'freecall' | 'special' | 'navidial' | 'ip050' | 'overseas';

/** One price of the catalog: a kind of unique, a kind of number, or overseas numbers of a country. */
export interface ServicesCatalogItem {
  id: string;
  itemType: 'unique' | 'number' | 'overseas';
  kind: UniqueKindCode | PhoneNumberKind;
  country: string | null;
  monthlyFee: number;
  initialFee: number;
  currency: 'JPY';
}

/** The prices in effect now (GET /v1/catalog), yen, tax excluded: uniques, then numbers, then overseas by country. */
export interface ServicesCatalog {
  items: ServicesCatalogItem[];
  nextCursor: null;
  taxRate: number;
}

/** A country whose overseas numbers can be bought (GET /v1/overseas-numbers/countries): price, lead time, areas in stock. */
export interface OverseasCountryOffer {
  id: string;
  country: string;
  monthlyFee: number;
  initialFee: number;
  subtotal: number;
  tax: number;
  total: number;
  currency: 'JPY';
  leadTimeDays: number;
  areaCodes: string[];
  available: number;
}

/** What an overseas number order buys: one number of a country (and area), for one circle. */
export interface OverseasNumberOrderBody {
  circleId: string;
  country: string;
  areaCode?: string;
}

/** A number on sale (GET /v1/numbers/search). */
export interface PhoneNumberOffer {
  id: string;
  /** E.164 */
  number: string;
  /** The national form a person reads (03-1234-5678) */
  numberDisplay: string;
  kind: PhoneNumberKind;
  areaCode: string | null;
  country: string;
  monthlyFee: number | null;
  initialFee: number | null;
  currency: 'JPY';
  purchasable: boolean;
}

/** A number in the cart: the hold (id) of a number (numberId), held for the account until expiresAt (Japan time). */
export interface PhoneNumberHold extends Omit<PhoneNumberOffer, 'id'> {
  id: string;
  numberId: string;
  expiresAt: string;
}

/** What a services order buys: quantities of uniques and held numbers, for one circle. */
export interface ServicesOrderRequestBody {
  circleId: string;
  uniques?: Partial<Record<UniqueKindCode, number>>;
  numberIds?: string[];
}

/** One priced line of a services quote. */
export interface ServicesQuoteLine {
  type: 'unique' | 'number';
  kind: string;
  quantity?: number;
  numberId?: string;
  number?: string;
  numberDisplay?: string;
  country?: string;
  monthlyFee: number;
  initialFee: number;
  amount: number;
  currency: 'JPY';
}

/** The confirmation screen: lines, subtotal, 10% tax, total and whether the balance pays for it. */
export interface ServicesQuote {
  lines: ServicesQuoteLine[];
  subtotal: number;
  tax: number;
  total: number;
  taxByRate: Array<{ rate: number; taxable: number; tax: number; currency: 'JPY' }>;
  balance: number;
  currency: 'JPY';
  sufficient: boolean;
}

/** A placed services order, as every order endpoint answers. */
export interface PlacedServicesOrder {
  id: string;
  kind: string;
  status: string;
  total: number;
  currency: 'JPY';
}

/** The SIP credentials of one unique (id), shown once. */
export interface SipCredentials {
  id: string;
  code: string;
  sipUser: string;
  loginServer: string;
  sipPassword: string;
}

/** A unique in lists (GET /v1/uniques). */
export interface UniqueSummary {
  id: string;
  code: string;
  kind: UniqueKindCode;
  status: 'active' | 'cancelled';
  circleId: string;
  name: string | null;
  incomingExtension: string | null;
  monthlyFee: number;
  currency: 'JPY';
  canLogIn: boolean;
  activatedAt: string | null;
  cancelledAt: string | null;
  feeEndMonth: string | null;
}

/** A number as the settings screen lists it. */
export interface UniqueNumberChoice {
  id: string;
  /** E.164 */
  number: string;
  numberDisplay: string;
}

/** The unique settings screen (§4). */
export interface UniqueSettings {
  /** The unique */
  id: string;
  code: string;
  kind: UniqueKindCode;
  status: string;
  circleId: string;
  loginServer: string | null;
  sipUser: string | null;
  guestManagementNumber: string | null;
  name: string | null;
  affiliation: string | null;
  englishAnnouncement: boolean;
  pickupGroup: number | null;
  pickupNotification: boolean;
  /** E.164; null when not set or when it is an extension */
  pickupNotificationNumber: string | null;
  pickupNotificationNumberDisplay: string | null;
  pickupNotificationVoice: boolean;
  notes: string | null;
  incomingNumbers: UniqueNumberChoice[];
  /** The circle's active numbers: the choices for incoming numbers and caller ID. */
  numberChoices: UniqueNumberChoice[];
  /** A number ID of the circle, 'prohibited', or null when not set yet. */
  callerId: string | null;
  /** E.164 */
  callerIdNumber: string | null;
  callerIdNumberDisplay: string | null;
  outboundProhibited: boolean;
  incomingExtension: string | null;
  /** 'same_as_incoming' or a 2-5 digit extension. */
  outgoingExtension: string;
}

/** What saving the settings screen sends; absent fields stay as they are. */
export interface UniqueSettingsPatch {
  name?: string | null;
  affiliation?: string | null;
  guestManagementNumber?: string | null;
  englishAnnouncement?: boolean;
  pickupGroup?: number | null;
  pickupNotification?: boolean;
  pickupNotificationNumber?: string | null;
  pickupNotificationVoice?: boolean;
  notes?: string | null;
  incomingNumberIds?: string[];
  callerId?: string | null;
  incomingExtension?: string;
  outgoingExtension?: string;
}

const enc = encodeURIComponent;

/** The customer's side of the telephony API: catalog, number search and cart, services orders, uniques. */
export const telephonyApi = (call: Call) => ({
  servicesCatalog: () => call<ServicesCatalog>('GET', '/v1/catalog'),
  searchPhoneNumbers: (q: { kind?: string; areaCode?: string; contains?: string; limit?: number }) => {
    const params = new URLSearchParams(Object.entries(q).flatMap(([k, v]) => (v === undefined || v === '' ? [] : [[k, String(v)]])));
    return call<{ items: PhoneNumberOffer[] }>('GET', `/v1/numbers/search?${params}`).then((r) => r.items);
  },
  phoneNumberHolds: () => call<{ items: PhoneNumberHold[] }>('GET', '/v1/numbers/holds').then((r) => r.items),
  holdPhoneNumber: (numberId: string) => call<PhoneNumberHold>('POST', '/v1/numbers/holds', { numberId }),
  extendPhoneNumberHold: (holdId: string) => call<PhoneNumberHold>('POST', `/v1/numbers/holds/${enc(holdId)}/extension`),
  releasePhoneNumberHold: (holdId: string) => call<void>('DELETE', `/v1/numbers/holds/${enc(holdId)}`),
  quoteServicesOrder: (body: ServicesOrderRequestBody) => call<ServicesQuote>('POST', '/v1/service-orders/quote', body),
  placeServicesOrder: (body: ServicesOrderRequestBody, idempotencyKey: string) =>
    call<PlacedServicesOrder>('POST', '/v1/service-orders', body, idempotencyKey),
  overseasCountries: () =>
    call<{ items: OverseasCountryOffer[]; nextCursor: null }>('GET', '/v1/overseas-numbers/countries').then((r) => r.items),
  placeOverseasNumberOrder: (body: OverseasNumberOrderBody, idempotencyKey: string) =>
    call<PlacedServicesOrder>('POST', '/v1/overseas-number-orders', body, idempotencyKey),
  revealSipCredentials: (orderId: string) =>
    call<{ items: SipCredentials[]; nextCursor: null }>('POST', `/v1/service-orders/${enc(orderId)}/credentials`).then((r) => r.items),
  listUniques: (circleId?: string) => everyPage<UniqueSummary>(call, `/v1/uniques${circleId ? `?circleId=${enc(circleId)}` : ''}`),
  uniqueSettings: (uniqueId: string) => call<UniqueSettings>('GET', `/v1/uniques/${enc(uniqueId)}/settings`),
  saveUniqueSettings: (uniqueId: string, patch: UniqueSettingsPatch) =>
    call<UniqueSettings>('PATCH', `/v1/uniques/${enc(uniqueId)}/settings`, patch),
  resetUniqueSipPassword: (uniqueId: string) => call<SipCredentials>('POST', `/v1/uniques/${enc(uniqueId)}/sip-password`),
  setUniqueLoginPassword: (uniqueId: string, password: string) =>
    call<void>('PUT', `/v1/uniques/${enc(uniqueId)}/login-password`, { password }),
});
