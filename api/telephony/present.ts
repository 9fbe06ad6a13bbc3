import { z } from 'zod';
import type { PhoneNumber } from '../../db/telephony/numbers.store';
import type { Unique } from '../../db/telephony/uniques.store';
import type { CatalogConfig } from '../../domain/telephony/catalog';
import { toE164, toNationalDisplay } from '../../domain/telephony/e164';
import { toJstIso } from '../../lib/time/jst';
import { CURRENCY, currencySchema, e164Schema, nationalDisplaySchema } from '../schemas';
import { priceOf } from './numbers.service';

/** A stored number as the API answers it: E.164 and, beside it, the form a person reads. */
export const phoneFields = (stored: string) => ({ number: toE164(stored), numberDisplay: toNationalDisplay(stored) });

const E164 = /^\+[1-9][0-9]{1,14}$/;

/**
 * A number a person typed (a contact, a notification target) in E.164, or null when it has none:
 * a short number (110) or an internal extension is shown only in its display form.
 */
export function e164OrNull(stored: string | null): string | null {
  if (stored === null) return null;
  const e164 = toE164(stored);
  return E164.test(e164) ? e164 : null;
}

/** A number on sale, with its catalog price (null when it cannot be bought). */
export const numberOfferSchema = z.object({
  id: z.uuid(),
  number: e164Schema,
  numberDisplay: nationalDisplaySchema,
  kind: z.string(),
  areaCode: z.string().nullable(),
  country: z.string(),
  monthlyFee: z.number().int().nullable(),
  initialFee: z.number().int().nullable(),
  currency: currencySchema,
  purchasable: z.boolean(),
});

/** Renders a number on sale. */
export const presentOffer = (catalog: CatalogConfig, n: PhoneNumber) => ({
  id: n.id,
  ...phoneFields(n.number),
  kind: n.kind,
  areaCode: n.areaCode,
  country: n.country,
  ...priceOf(catalog, n),
  currency: CURRENCY,
});

export const offerExample = {
  id: '2b7e4c19-5a3d-4f80-9c62-1e8d7a0b3f54',
  number: '+81345678901',
  numberDisplay: '03-4567-8901',
  kind: 'local',
  areaCode: '03',
  country: 'JP',
  monthlyFee: 1100,
  initialFee: 1100,
  currency: CURRENCY,
  purchasable: true,
} satisfies z.input<typeof numberOfferSchema>;

/** A number in the cart: the hold (its own id) of one number on sale (numberId). */
export const holdSchema = numberOfferSchema.omit({ id: true }).extend({
  id: z.uuid().describe('The hold'),
  numberId: z.uuid().describe('The number held: what an order names in numberIds'),
  expiresAt: z.iso.datetime({ offset: true }).describe('When the hold runs out, Japan time'),
});

/** Renders a hold. */
export const presentHold = (catalog: CatalogConfig, n: PhoneNumber) => {
  const { id: numberId, ...offer } = presentOffer(catalog, n);
  return { id: n.holdId!, numberId, ...offer, expiresAt: toJstIso(n.heldUntil!) };
};

export const holdExample = {
  ...offerExample,
  id: '7d3a9f02-6e1b-4c45-8a7d-0f2c5b9e1a36',
  numberId: offerExample.id,
  expiresAt: '2026-11-28T10:45:00+09:00',
} satisfies z.input<typeof holdSchema>;

/** A number the account owns (active, or cancelled and in quarantine). */
export const ownedNumberSchema = z.object({
  id: z.uuid(),
  number: e164Schema,
  numberDisplay: nationalDisplaySchema,
  kind: z.string(),
  country: z.string(),
  status: z.enum(['active', 'quarantine']),
  circleId: z.uuid().nullable(),
  monthlyFee: z.number().int().nullable(),
  currency: currencySchema,
  activatedAt: z.iso.datetime({ offset: true }).nullable(),
  cancelledAt: z.iso.datetime({ offset: true }).nullable(),
  feeEndMonth: z.string().nullable(),
  quarantineUntil: z.iso.datetime({ offset: true }).nullable(),
});

export const ownedNumberExample = {
  id: offerExample.id,
  number: '+81345678901',
  numberDisplay: '03-4567-8901',
  kind: 'local',
  country: 'JP',
  status: 'active',
  circleId: '9a1d7e34-2b6f-4c58-8e0a-3f7b1c9d5e22',
  monthlyFee: 1100,
  currency: CURRENCY,
  activatedAt: '2026-11-28T01:20:03.512Z',
  cancelledAt: null,
  feeEndMonth: null,
  quarantineUntil: null,
} satisfies z.input<typeof ownedNumberSchema>;

const iso = (d: Date | null) => d?.toISOString() ?? null;
const month = (d: string | Date | null) =>
  d === null ? null : typeof d === 'string' ? d.slice(0, 7) : `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;

/** Renders an owned number. */
export const presentOwned = (n: PhoneNumber) => ({
  id: n.id,
  ...phoneFields(n.number),
  kind: n.kind,
  country: n.country,
  status: n.status as 'active' | 'quarantine',
  circleId: n.circleId,
  monthlyFee: n.monthlyFee,
  currency: CURRENCY,
  activatedAt: iso(n.activatedAt),
  cancelledAt: iso(n.cancelledAt),
  feeEndMonth: month(n.feeEndMonth),
  quarantineUntil: n.quarantineUntil ? toJstIso(n.quarantineUntil) : null,
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
  currency: currencySchema,
  canLogIn: z.boolean(),
  activatedAt: z.iso.datetime({ offset: true }).nullable(),
  cancelledAt: z.iso.datetime({ offset: true }).nullable(),
  feeEndMonth: z.string().nullable(),
});

export const uniqueSummaryExample = {
  id: '5c8e1f37-9b2a-4d60-8f14-7a3e0c6b2d98',
  code: 'U0012345',
  kind: 'sip_terminal',
  status: 'active',
  circleId: '9a1d7e34-2b6f-4c58-8e0a-3f7b1c9d5e22',
  name: '山田 太郎',
  incomingExtension: '201',
  monthlyFee: 550,
  currency: CURRENCY,
  canLogIn: true,
  activatedAt: '2026-11-28T01:20:03.512Z',
  cancelledAt: null,
  feeEndMonth: null,
} satisfies z.input<typeof uniqueSummarySchema>;

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
  currency: CURRENCY,
  canLogIn: u.canLogIn,
  activatedAt: iso(u.activatedAt),
  cancelledAt: iso(u.cancelledAt),
  feeEndMonth: month(u.feeEndMonth),
});

const numberChoiceSchema = z.object({ id: z.uuid(), number: e164Schema, numberDisplay: nationalDisplaySchema });

/** The unique settings screen (§4); its id is the unique's. */
export const settingsSchema = z.object({
  id: z.uuid(),
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
  pickupNotificationNumber: e164Schema.nullable().describe('null when not set, or when it is an extension (see the display)'),
  pickupNotificationNumberDisplay: nationalDisplaySchema.nullable().describe('as a person reads it: 03-1234-5678, or an extension'),
  pickupNotificationVoice: z.boolean(),
  notes: z.string().nullable(),
  incomingNumbers: z.array(numberChoiceSchema),
  numberChoices: z
    .array(numberChoiceSchema)
    .describe("the circle's active numbers: the choices for the incoming numbers and the caller ID"),
  callerId: z.string().nullable().describe('a number ID of the circle, "prohibited", or null when not set'),
  callerIdNumber: e164Schema.nullable().describe('the number shown to the called party'),
  callerIdNumberDisplay: nationalDisplaySchema.nullable(),
  outboundProhibited: z.boolean(),
  incomingExtension: z.string().nullable(),
  outgoingExtension: z.string().describe('"same_as_incoming" or a 2-5 digit extension'),
});

const choiceExample = { id: offerExample.id, number: '+81345678901', numberDisplay: '03-4567-8901' };

export const settingsExample = {
  id: uniqueSummaryExample.id,
  code: 'U0012345',
  kind: 'sip_terminal',
  status: 'active',
  circleId: uniqueSummaryExample.circleId,
  loginServer: 'sip.example.jp',
  sipUser: 'u0012345',
  guestManagementNumber: null,
  name: '山田 太郎',
  affiliation: '営業部',
  englishAnnouncement: false,
  pickupGroup: 1,
  pickupNotification: false,
  pickupNotificationNumber: null,
  pickupNotificationNumberDisplay: null,
  pickupNotificationVoice: false,
  notes: null,
  incomingNumbers: [choiceExample],
  numberChoices: [choiceExample],
  callerId: offerExample.id,
  callerIdNumber: '+81345678901',
  callerIdNumberDisplay: '03-4567-8901',
  outboundProhibited: false,
  incomingExtension: '201',
  outgoingExtension: 'same_as_incoming',
} satisfies z.input<typeof settingsSchema>;

/** SIP credentials of one unique (its id), shown once. */
export const credentialsSchema = z.object({
  id: z.uuid().describe('The unique'),
  code: z.string(),
  sipUser: z.string(),
  loginServer: z.string(),
  sipPassword: z.string(),
});

export const credentialsExample = {
  id: uniqueSummaryExample.id,
  code: 'U0012345',
  sipUser: 'u0012345',
  loginServer: 'sip.example.jp',
  sipPassword: 'q3Vd8sKx2LmPz7Wn',
} satisfies z.input<typeof credentialsSchema>;
