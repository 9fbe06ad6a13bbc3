import { z } from 'zod';
import { defineRoute } from '../http/route';
import { listQuerySchema, pageOf, wholeList } from '../page';
import { CURRENCY, currencySchema, e164Schema, nationalDisplaySchema, uuidSchema } from '../schemas';
import { authorizeBodyExample, authorizeBodySchema, decisionExample, decisionSchema } from './authorize.schemas';
import { decideCall } from './authorize.service';
import { ingestCdrs } from './cdrs.service';
import { callHistory, callScope } from './history.service';

const fieldErrorSchema = z.object({ field: z.string(), code: z.string(), message: z.string() });

const callSchema = z.object({
  id: z.string().describe("The PBX's call ID"),
  uniqueId: z.uuid(),
  circleId: z.uuid(),
  direction: z.enum(['outbound', 'inbound']),
  destination: e164Schema.nullable().describe('null for a short code such as 110, which has no E.164: see the display'),
  destinationDisplay: nationalDisplaySchema.describe('The form a person reads (090-1234-5678), or the short code as dialled'),
  destinationClass: z.string().nullable(),
  startedAt: z.iso.datetime({ offset: true }),
  durationSeconds: z.number().int(),
  cost: z.number().int().nullable(),
  currency: currencySchema,
  taxRate: z.number().int().nullable(),
  rated: z.boolean(),
});

const callExample = {
  id: 'a84f2c1d-77e3-4b1a-9c0e-5d2f8b6a3e19@pbx1',
  uniqueId: '5c8e1f37-9b2a-4d60-8f14-7a3e0c6b2d98',
  circleId: '9a1d7e34-2b6f-4c58-8e0a-3f7b1c9d5e22',
  direction: 'outbound',
  destination: '+819012345678',
  destinationDisplay: '090-1234-5678',
  destinationClass: 'mobile',
  startedAt: '2026-11-28T01:02:03.000Z',
  durationSeconds: 95,
  cost: 27,
  currency: CURRENCY,
  taxRate: 10,
  rated: true,
} satisfies z.input<typeof callSchema>;

const totalSchema = z.object({
  id: z.string().describe('The period: YYYY-MM-DD or YYYY-MM, Japan time'),
  period: z.string(),
  calls: z.number().int(),
  seconds: z.number().int(),
  cost: z.number().int(),
  currency: currencySchema,
  unrated: z.number().int(),
});

const periodFilter = {
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  circleId: uuidSchema.optional(),
  uniqueId: uuidSchema.optional(),
};

/** The PBX's calls into billing (authorise, report CDRs) and the customer's call history (通話履歴). */
export const callRoutes = [
  defineRoute({
    method: 'post',
    path: '/v1/calls/authorize',
    operationId: 'authorizeCall',
    tag: 'calls',
    summary: 'Ask before a call starts: allowed for at most maxSeconds, or refused with the reason',
    description:
      'Outbound: the unique calling a destination. Inbound: a call the carrier brings to one of our numbers; a received free call (0120/0800) is paid by the number holder. ' +
      'Concurrent calls hold reservations on the balance; the CDR with the same callId settles the hold, otherwise it expires. Emergency numbers (110, 118, 119) are always allowed, with no time limit.',
    access: ['pbx', 'operator'],
    body: authorizeBodySchema,
    bodyExample: authorizeBodyExample,
    responses: {
      200: { description: 'The decision', schema: decisionSchema, example: decisionExample },
      404: { description: 'No such unique, or not one of our numbers' },
    },
    handler: async ({ body, deps }) => ({ body: await decideCall(deps, body) }),
  }),
  defineRoute({
    method: 'post',
    path: '/v1/calls/cdrs',
    operationId: 'ingestCdrs',
    tag: 'calls',
    summary: 'Report finished calls in batches; idempotent by callId, bad records reported one by one',
    access: ['pbx', 'operator'],
    body: z.object({ records: z.array(z.unknown()).min(1).max(50_000) }).strict(),
    bodyExample: {
      records: [
        {
          callId: 'a84b4c76e66710@pbx.example.jp',
          uniqueId: '3f0c2a9e-8d1b-4c5e-9a7f-2b6d4e8c1a05',
          direction: 'outbound',
          destination: '0312345678',
          startedAt: '2026-11-27T10:15:00+09:00',
          durationSeconds: 184,
        },
      ],
    },
    responses: {
      200: {
        description: 'What was stored; rating follows within seconds',
        example: { accepted: 1, duplicates: [], rejected: [] },
        schema: z.object({
          accepted: z.number().int(),
          duplicates: z.array(z.string()),
          rejected: z.array(
            z.object({
              index: z.number().int(),
              callId: z.string().nullable(),
              code: z.enum(['malformed', 'unknown_unique']),
              errors: z.array(fieldErrorSchema),
            }),
          ),
        }),
      },
    },
    handler: async ({ body, deps, lang }) => ({ body: await ingestCdrs(deps, body.records, lang) }),
  }),
  defineRoute({
    method: 'get',
    path: '/v1/calls',
    operationId: 'listCalls',
    tag: 'calls',
    summary: 'Call history, newest first: the account sees all, a circle its own, a unique its own',
    access: ['account', 'circle', 'unique'],
    query: z.object({ ...periodFilter, ...listQuerySchema.shape }).strict(),
    responses: {
      200: { description: 'A page of calls', schema: pageOf(callSchema), example: { items: [callExample], nextCursor: null } },
    },
    handler: async ({ principal, query, deps }) => ({ body: await callHistory(deps, callScope(principal, query), query) }),
  }),
  defineRoute({
    method: 'get',
    path: '/v1/calls/totals',
    operationId: 'callTotals',
    tag: 'calls',
    summary: 'Calls, seconds and rated cost per Japan-time day or month',
    access: ['account', 'circle', 'unique'],
    description: 'One page: every period of the range (nextCursor is always null).',
    query: z.object({ ...periodFilter, period: z.enum(['day', 'month']).default('month'), ...listQuerySchema.shape }).strict(),
    responses: {
      200: {
        description: 'Totals per period',
        schema: pageOf(totalSchema),
        example: {
          items: [{ id: '2026-11', period: '2026-11', calls: 128, seconds: 20480, cost: 3120, currency: CURRENCY, unrated: 0 }],
          nextCursor: null,
        },
      },
    },
    handler: async ({ principal, query, deps }) => {
      const items = await deps.stores.cdrs.totals(callScope(principal, query), {
        from: query.from ? new Date(query.from) : undefined,
        to: query.to ? new Date(query.to) : undefined,
        period: query.period,
      });
      return { body: wholeList(items.map((t) => ({ id: t.period, ...t, currency: CURRENCY }))) };
    },
  }),
];
