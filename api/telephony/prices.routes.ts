import { z } from 'zod';
import { PRICE_KINDS } from '../../domain/telephony/catalog';
import type { PriceVersion } from '../../db/telephony/prices.store';
import { defineRoute } from '../http/route';
import { staffIdOf } from '../prepaid/operator.service';
import { uuidSchema } from '../schemas';
import { priceBoard, schedulePrice, withdrawPrice } from './prices.service';

const yenSchema = z.number().int().min(0).max(10_000_000);
// Control characters are refused in free text; the refinement keeps the JSON Schema portable.
const CONTROL = /[\p{Cc}\p{Cs}\u2028\u2029]/u;

const versionSchema = z.object({
  id: z.uuid(),
  kind: z.enum(PRICE_KINDS),
  country: z.string().describe("ISO 3166 alpha-2 for overseas numbers, '' otherwise"),
  monthly: z.number().int(),
  initial: z.number().int(),
  validFrom: z.iso.datetime(),
  createdBy: z.object({ id: z.uuid(), name: z.string() }).nullable().describe('null for a price seeded from the environment'),
  createdAt: z.iso.datetime(),
  note: z.string().nullable(),
});

const presentVersion = (v: PriceVersion) => ({
  id: v.id,
  kind: v.kind,
  country: v.country,
  monthly: v.monthly,
  initial: v.initial,
  validFrom: v.validFrom.toISOString(),
  createdBy: v.createdBy,
  createdAt: v.createdAt.toISOString(),
  note: v.note,
});

const priceLineSchema = z.object({
  kind: z.enum(PRICE_KINDS),
  country: z.string(),
  current: versionSchema.nullable(),
  scheduled: z.array(versionSchema),
});

/** Operators: the service and overseas-number prices, in effect and scheduled, each from its validFrom. */
export const priceRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/catalog/prices',
    operationId: 'listPriceVersions',
    tag: 'catalog',
    summary: 'Each price (unique, number kind, overseas country) with the version in effect now and those scheduled',
    access: ['operator'],
    responses: {
      200: {
        description: 'The prices (JPY, tax excluded)',
        schema: z.object({ items: z.array(priceLineSchema), kinds: z.array(z.enum(PRICE_KINDS)), at: z.iso.datetime() }),
      },
    },
    handler: async ({ deps }) => {
      const at = new Date();
      const lines = await priceBoard(deps, at);
      return {
        body: {
          items: lines.map((l) => ({
            kind: l.kind,
            country: l.country,
            current: l.current && presentVersion(l.current),
            scheduled: l.scheduled.map(presentVersion),
          })),
          kinds: [...PRICE_KINDS],
          at: at.toISOString(),
        },
      };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/catalog/prices',
    operationId: 'schedulePriceVersion',
    tag: 'catalog',
    summary: 'Set a price from validFrom on (now or later); orders placed before keep what they were charged',
    description:
      'Quotes and orders use the version with the latest validFrom not after the moment they are priced. Services already bought keep their monthly fee. ' +
      'validFrom more than a minute in the past, or more than two years ahead, is 422 price_valid_from_out_of_range; an unknown kind is 422 price_kind_unknown listing the kinds; ' +
      'overseas needs an ISO 3166 alpha-2 country; another live version of the key at the same instant is 409 price_version_exists.',
    access: ['operator'],
    idempotent: true,
    body: z
      .object({
        kind: z.string().min(1).max(40),
        country: z.string().max(2).optional(),
        monthly: yenSchema,
        initial: yenSchema,
        validFrom: z.iso.datetime({ offset: true }),
        note: z
          .string()
          .trim()
          .max(500)
          .refine((v) => !CONTROL.test(v), 'must not contain control characters or line separators')
          .optional(),
      })
      .strict(),
    responses: { 201: { description: 'The scheduled version', schema: versionSchema } },
    handler: async ({ principal, body, deps }) => ({
      status: 201,
      body: presentVersion(await schedulePrice(deps, staffIdOf(principal), body)),
    }),
  }),
  defineRoute({
    method: 'delete',
    path: '/v1/catalog/prices/:versionId',
    operationId: 'withdrawPriceVersion',
    tag: 'catalog',
    summary: 'Withdraw a price version before it takes effect (kept on record); one in effect is 409 price_version_in_effect',
    access: ['operator'],
    params: z.object({ versionId: uuidSchema }),
    responses: { 204: { description: 'Withdrawn (also when it already was)' } },
    handler: async ({ principal, params, deps }) => {
      await withdrawPrice(deps, staffIdOf(principal), params.versionId);
      return { status: 204 };
    },
  }),
];
