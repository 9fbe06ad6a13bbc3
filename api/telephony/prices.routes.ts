import { z } from 'zod';
import { PRICE_KINDS } from '../../domain/telephony/catalog';
import type { PriceVersion } from '../../db/telephony/prices.store';
import { defineRoute, locationHeader } from '../http/route';
import { listQuerySchema, pageOf, wholeList } from '../page';
import { staffIdOf } from '../prepaid/operator.service';
import { CURRENCY, currencySchema, uuidSchema } from '../schemas';
import { priceBoard, schedulePrice, withdrawPrice } from './prices.service';
import { toJstIso } from '../../lib/time/jst';

const yenSchema = z.number().int().min(0).max(10_000_000);
// Control characters are refused in free text; the refinement keeps the JSON Schema portable.
const CONTROL = /[\p{Cc}\p{Cs}\u2028\u2029]/u;

const versionSchema = z.object({
  id: z.uuid(),
  kind: z.enum(PRICE_KINDS),
  country: z.string().describe("ISO 3166 alpha-2 for overseas numbers, '' otherwise"),
  monthly: z.number().int(),
  initial: z.number().int(),
  currency: currencySchema,
  validFrom: z.iso.datetime({ offset: true }),
  createdBy: z.object({ id: z.uuid(), name: z.string() }).nullable().describe('null for a price seeded from the environment'),
  createdAt: z.iso.datetime({ offset: true }),
  note: z.string().nullable(),
});

const versionExample = {
  id: '6a2f8c41-3d9e-4b57-a0c8-2e7d5f1b9c63',
  kind: 'sip_terminal',
  country: '',
  monthly: 605,
  initial: 0,
  currency: CURRENCY,
  validFrom: '2027-03-31T15:00:00.000Z',
  createdBy: { id: '1f4b7e92-8c3a-4d15-b6e0-9a2c5d8f3e71', name: '鈴木 一郎' },
  createdAt: '2026-11-28T02:10:00.000Z',
  note: '2027年4月の価格改定',
} satisfies z.input<typeof versionSchema>;

const presentVersion = (v: PriceVersion) => ({
  id: v.id,
  kind: v.kind,
  country: v.country,
  monthly: v.monthly,
  initial: v.initial,
  currency: CURRENCY,
  validFrom: toJstIso(v.validFrom),
  createdBy: v.createdBy,
  createdAt: v.createdAt.toISOString(),
  note: v.note,
});

const priceLineSchema = z.object({
  id: z.string().describe('The price key: the kind, or overseas:<country>'),
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
    description: 'One short page: every price key (nextCursor is always null).',
    access: ['operator'],
    query: listQuerySchema.strict(),
    responses: {
      200: {
        description: 'The prices (JPY, tax excluded)',
        schema: pageOf(priceLineSchema).extend({ at: z.iso.datetime({ offset: true }) }),
        example: {
          items: [
            {
              id: 'sip_terminal',
              kind: 'sip_terminal',
              country: '',
              current: {
                ...versionExample,
                id: '0d5c9e38-1a7b-4f26-8e43-b9f2a6c1d704',
                monthly: 550,
                validFrom: '2023-12-31T15:00:00.000Z',
                createdBy: null,
                note: 'seeded from the environment',
              },
              scheduled: [versionExample],
            },
          ],
          nextCursor: null,
          at: '2026-11-28T02:15:00.000Z',
        },
      },
    },
    handler: async ({ deps }) => {
      const at = new Date();
      const lines = await priceBoard(deps, at);
      return {
        body: {
          ...wholeList(
            lines.map((l) => ({
              id: l.country ? `${l.kind}:${l.country}` : l.kind,
              kind: l.kind,
              country: l.country,
              current: l.current && presentVersion(l.current),
              scheduled: l.scheduled.map(presentVersion),
            })),
          ),
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
    bodyExample: { kind: 'sip_terminal', monthly: 605, initial: 0, validFrom: '2027-04-01T00:00:00+09:00', note: '2027年4月の価格改定' },
    responses: {
      201: {
        description: 'The scheduled version; Location is its address',
        schema: versionSchema,
        example: versionExample,
        headers: locationHeader('/v1/catalog/prices/6a2f8c41-3d9e-4b57-a0c8-2e7d5f1b9c63'),
      },
    },
    handler: async ({ principal, body, deps }) => {
      const version = presentVersion(await schedulePrice(deps, staffIdOf(principal), body));
      return { status: 201, headers: { location: `/v1/catalog/prices/${version.id}` }, body: version };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/catalog/prices/:versionId',
    operationId: 'getPriceVersion',
    tag: 'catalog',
    summary: 'One price version (a withdrawn one is 404)',
    access: ['operator'],
    params: z.object({ versionId: uuidSchema }),
    responses: { 200: { description: 'The version', schema: versionSchema, example: versionExample } },
    handler: async ({ params, deps }) => ({ body: presentVersion(await deps.stores.prices.get(params.versionId)) }),
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
