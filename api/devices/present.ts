import { z } from 'zod';
import type { Device, DeviceModel } from '../../db/devices/devices.store';
import type { WarehouseTask } from '../../db/devices/warehouse.store';
import { carrierName, trackingUrl } from '../../domain/devices/tracking';

/** A catalog entry. */
export const deviceModelSchema = z.object({
  code: z.string(),
  maker: z.string(),
  name: z.string(),
  features: z.array(z.string()),
  sipAccounts: z.number().int(),
  warrantyMonths: z.number().int(),
  price: z.number().int(),
  priceWithTax: z.number().int(),
  stock: z.number().int(),
  inStock: z.boolean(),
});

/** Renders a model in the caller's language. */
export const presentModel = (m: DeviceModel, lang: 'ja' | 'en') => ({
  code: m.code,
  maker: m.maker,
  name: m.name,
  features: m.features[lang] ?? [],
  sipAccounts: m.sipAccounts,
  warrantyMonths: m.warrantyMonths,
  price: m.price,
  priceWithTax: m.price + Math.floor((m.price * 10) / 100),
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
  configFetchedAt: z.iso.datetime().nullable(),
  lastFetchAt: z.iso.datetime().nullable(),
  fetchCount: z.number().int(),
});

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
  shippedAt: z.iso.datetime().nullable(),
  deliveredAt: z.iso.datetime().nullable(),
});

/** Renders the parcel of a task in the caller's language, or null before shipment. */
export const presentShipment = (t: WarehouseTask | undefined, lang: 'ja' | 'en' = 'ja') =>
  t?.carrier && t.trackingNumber
    ? {
        carrier: t.carrier,
        carrierName: carrierName(t.carrier, lang),
        trackingNumber: t.trackingNumber,
        trackingUrl: trackingUrl(t.carrier, t.trackingNumber),
        shippedAt: t.shippedAt?.toISOString() ?? null,
        deliveredAt: t.deliveredAt?.toISOString() ?? null,
      }
    : null;
