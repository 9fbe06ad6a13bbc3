import { z } from 'zod';
import type { PhoneNumber } from '../../db/telephony/numbers.store';
import type { Unique } from '../../db/telephony/uniques.store';
import type { CatalogConfig } from '../../domain/telephony/catalog';
import { priceOf } from './numbers.service';

/** A number on sale, with its catalog price (null when it cannot be bought). */
export const numberOfferSchema = z.object({
  id: z.uuid(),
  number: z.string(),
  kind: z.string(),
  areaCode: z.string().nullable(),
  country: z.string(),
  monthlyFee: z.number().int().nullable(),
  initialFee: z.number().int().nullable(),
  purchasable: z.boolean(),
});

/** Renders a number on sale. */
export const presentOffer = (catalog: CatalogConfig, n: PhoneNumber) => ({
  id: n.id,
  number: n.number,
  kind: n.kind,
  areaCode: n.areaCode,
  country: n.country,
  ...priceOf(catalog, n),
});

/** A number in the cart. */
export const holdSchema = numberOfferSchema.extend({ holdId: z.uuid(), expiresAt: z.iso.datetime() });

/** Renders a hold. */
export const presentHold = (catalog: CatalogConfig, n: PhoneNumber) => ({
  ...presentOffer(catalog, n),
  holdId: n.holdId!,
  expiresAt: n.heldUntil!.toISOString(),
});

/** A number the account owns (active, or cancelled and in quarantine). */
export const ownedNumberSchema = z.object({
  id: z.uuid(),
  number: z.string(),
  kind: z.string(),
  country: z.string(),
  status: z.enum(['active', 'quarantine']),
  circleId: z.uuid().nullable(),
  monthlyFee: z.number().int().nullable(),
  activatedAt: z.iso.datetime().nullable(),
  cancelledAt: z.iso.datetime().nullable(),
  feeEndMonth: z.string().nullable(),
  quarantineUntil: z.iso.datetime().nullable(),
});

const iso = (d: Date | null) => d?.toISOString() ?? null;
const month = (d: string | Date | null) =>
  d === null ? null : typeof d === 'string' ? d.slice(0, 7) : `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;

/** Renders an owned number. */
export const presentOwned = (n: PhoneNumber) => ({
  id: n.id,
  number: n.number,
  kind: n.kind,
  country: n.country,
  status: n.status as 'active' | 'quarantine',
  circleId: n.circleId,
  monthlyFee: n.monthlyFee,
  activatedAt: iso(n.activatedAt),
  cancelledAt: iso(n.cancelledAt),
  feeEndMonth: month(n.feeEndMonth),
  quarantineUntil: iso(n.quarantineUntil),
});

/** A unique in lists. */
export const uniqueSummarySchema = z.object({
  id: z.uuid(),
  code: z.string(),
  kind: z.string(),
  status: z.enum(['active', 'cancelled']),
  circleId: z.uuid(),
  name: z.string().nullable(),
  incomingExtension: z.string().nullable(),
  monthlyFee: z.number().int(),
  canLogIn: z.boolean(),
  activatedAt: z.iso.datetime().nullable(),
  cancelledAt: z.iso.datetime().nullable(),
  feeEndMonth: z.string().nullable(),
});

/** Renders a unique for lists. */
export const presentUnique = (u: Unique) => ({
  id: u.id,
  code: u.code ?? '',
  kind: u.kind,
  status: u.status as 'active' | 'cancelled',
  circleId: u.circleId,
  name: u.name,
  incomingExtension: u.incomingExtension,
  monthlyFee: u.monthlyFee,
  canLogIn: u.canLogIn,
  activatedAt: iso(u.activatedAt),
  cancelledAt: iso(u.cancelledAt),
  feeEndMonth: month(u.feeEndMonth),
});

/** The unique settings screen (§4). */
export const settingsSchema = z.object({
  uniqueId: z.uuid(),
  code: z.string(),
  kind: z.string(),
  status: z.string(),
  circleId: z.uuid(),
  loginServer: z.string().nullable(),
  sipUser: z.string().nullable(),
  guestManagementNumber: z.string().nullable(),
  name: z.string().nullable(),
  affiliation: z.string().nullable(),
  englishAnnouncement: z.boolean(),
  pickupGroup: z.number().int().nullable(),
  pickupNotification: z.boolean(),
  pickupNotificationNumber: z.string().nullable(),
  pickupNotificationVoice: z.boolean(),
  notes: z.string().nullable(),
  incomingNumbers: z.array(z.object({ id: z.uuid(), number: z.string() })),
  numberChoices: z
    .array(z.object({ id: z.uuid(), number: z.string() }))
    .describe("the circle's active numbers: the choices for the incoming numbers and the caller ID"),
  callerId: z.string().nullable().describe('a number ID of the circle, "prohibited", or null when not set'),
  callerIdNumber: z.string().nullable(),
  outboundProhibited: z.boolean(),
  incomingExtension: z.string().nullable(),
  outgoingExtension: z.string().describe('"same_as_incoming" or a 2-5 digit extension'),
});

/** SIP credentials, shown once. */
export const credentialsSchema = z.object({
  uniqueId: z.uuid(),
  code: z.string(),
  sipUser: z.string(),
  loginServer: z.string(),
  sipPassword: z.string(),
});
