import { z } from 'zod';
import type { Device, DeviceModel } from '../../db/devices/devices.store';
import type { WarehouseTask } from '../../db/devices/warehouse.store';
import { carrierName, trackingUrl } from '../../domain/devices/tracking';
import { toJstIso } from '../../lib/time/jst';
import { CURRENCY, currencySchema } from '../schemas';

/** A catalog entry. */
export const deviceModelSchema = z.object({
  id: z.string().describe('The model code'),
  code: z.string(),
  maker: z.string(),
  name: z.string(),
  features: z.array(z.string()),
  sipAccounts: z.number().int(),
  warrantyMonths: z.number().int(),
  price: z.number().int(),
  priceWithTax: z.number().int(),
  currency: currencySchema,
  stock: z.number().int(),
  inStock: z.boolean(),
});

export const deviceModelExample = {
  id: 'GXP1620',
  code: 'GXP1620',
  maker: 'Grandstream',
  name: 'GXP1620 IP電話機',
  features: ['2 SIPアカウント', 'HDオーディオ', 'PoE対応'],
  sipAccounts: 2,
  warrantyMonths: 12,
  price: 9800,
  priceWithTax: 10780,
  currency: CURRENCY,
  stock: 42,
  inStock: true,
} satisfies z.input<typeof deviceModelSchema>;

/** Renders a model in the caller's language. */
export const presentModel = (m: DeviceModel, lang: 'ja' | 'en') => ({
  id: m.code,
  code: m.code,
  maker: m.maker,
  name: m.name,
  features: m.features[lang] ?? [],
  sipAccounts: m.sipAccounts,
  warrantyMonths: m.warrantyMonths,
  price: m.price,
  priceWithTax: m.price + Math.floor((m.price * 10) / 100),
  currency: CURRENCY,
  stock: m.stock,
  inStock: m.stock > 0,
});

/** One unit as the customer sees it: identifiers once scanned, its uniques, and whether it is online. */
export const deviceSchema = z.object({
  id: z.uuid(),
  position: z.number().int(),
  model: z.string(),
  status: z.string(),
  mac: z.string().nullable(),
  serial: z.string().nullable(),
  uniques: z.array(z.object({ slot: z.number().int(), uniqueId: z.uuid(), code: z.string().nullable() })),
  preconfigured: z.boolean(),
  online: z.boolean(),
  configFetchedAt: z.iso.datetime({ offset: true }).nullable(),
  lastFetchAt: z.iso.datetime({ offset: true }).nullable(),
  fetchCount: z.number().int(),
});

export const deviceExample = {
  id: '8b4d2f60-1e7c-4a39-9d85-3c6a0e2f7b14',
  position: 1,
  model: 'GXP1620',
  status: 'shipped',
  mac: '000B82A1B2C3',
  serial: '20EZ8A1B2C3',
  uniques: [{ slot: 1, uniqueId: '5c8e1f37-9b2a-4d60-8f14-7a3e0c6b2d98', code: 'U0012345' }],
  preconfigured: true,
  online: true,
  configFetchedAt: '2026-11-29T00:05:12.000Z',
  lastFetchAt: '2026-11-29T00:05:12.000Z',
  fetchCount: 1,
} satisfies z.input<typeof deviceSchema>;

/** Renders a unit. */
export const presentDevice = (d: Device) => ({
  id: d.id,
  position: d.position,
  model: d.modelCode,
  status: d.status,
  mac: d.mac,
  serial: d.serial,
  uniques: d.uniques,
  preconfigured: d.provisioningUsername !== null || d.uniques.length > 0,
  online: d.configFetchedAt !== null,
  configFetchedAt: d.configFetchedAt?.toISOString() ?? null,
  lastFetchAt: d.lastFetchAt?.toISOString() ?? null,
  fetchCount: d.fetchCount,
});

/** The parcel, once shipped. */
export const shipmentSchema = z.object({
  carrier: z.string(),
  carrierName: z.string(),
  trackingNumber: z.string(),
  trackingUrl: z.url().nullable().describe("the carrier's tracking page for this parcel"),
  shippedAt: z.iso.datetime({ offset: true }).nullable().describe('Japan time'),
  deliveredAt: z.iso.datetime({ offset: true }).nullable().describe('Japan time'),
});

export const shipmentExample = {
  carrier: 'yamato',
  carrierName: 'ヤマト運輸',
  trackingNumber: '123456789012',
  trackingUrl: 'https://toi.kuronekoyamato.co.jp/cgi-bin/tneko?number01=123456789012',
  shippedAt: '2026-11-28T16:30:00+09:00',
  deliveredAt: null,
} satisfies z.input<typeof shipmentSchema>;

/** Renders the parcel of a task in the caller's language, or null before shipment. */
export const presentShipment = (t: WarehouseTask | undefined, lang: 'ja' | 'en' = 'ja') =>
  t?.carrier && t.trackingNumber
    ? {
        carrier: t.carrier,
        carrierName: carrierName(t.carrier, lang),
        trackingNumber: t.trackingNumber,
        trackingUrl: trackingUrl(t.carrier, t.trackingNumber),
        // Dates a customer reads off the parcel's page: Japan time.
        shippedAt: t.shippedAt ? toJstIso(t.shippedAt) : null,
        deliveredAt: t.deliveredAt ? toJstIso(t.deliveredAt) : null,
      }
    : null;
