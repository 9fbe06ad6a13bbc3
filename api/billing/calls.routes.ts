import { z } from 'zod';
import { RATE_CLASSES } from '../../domain/billing/rate-table';
import { defineRoute } from '../http/route';
import { uuidSchema } from '../schemas';
import { authorizeCall, authorizeReceivedCall } from './authorize.service';
import { ingestCdrs, destinationSchema } from './cdrs.service';
import { callHistory, callScope } from './history.service';

const decisionSchema = z.object({
  allowed: z.boolean(),
  callId: z.string(),
  reason: z
    .enum(['outbound_prohibited', 'suspended', 'insufficient_balance', 'destination_barred', 'unique_inactive', 'no_caller_id'])
    .nullable(),
  maxSeconds: z.number().int().nullable().describe('The longest the call may last; null: no limit (an emergency call)'),
  destinationClass: z.enum(RATE_CLASSES).nullable(),
  reserved: z.number().int(),
  callerId: z.string().nullable().describe('The caller ID to present, in E.164 (outside calls)'),
});

const callIdSchema = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[\x21-\x7e]+$/);

const fieldErrorSchema = z.object({ field: z.string(), code: z.string(), message: z.string() });

const callSchema = z.object({
  callId: z.string(),
  uniqueId: z.uuid(),
  circleId: z.uuid(),
  direction: z.enum(['outbound', 'inbound']),
  destination: z.string(),
  destinationClass: z.string().nullable(),
  startedAt: z.iso.datetime(),
  durationSeconds: z.number().int(),
  cost: z.number().int().nullable(),
  taxRate: z.number().int().nullable(),
  rated: z.boolean(),
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
    body: z
      .object({
        direction: z.enum(['outbound', 'inbound']).default('outbound'),
        uniqueId: uuidSchema.optional().describe('The calling unique; required for an outbound call'),
        destination: destinationSchema.describe('The number dialled (outbound), or our number that was called (inbound)'),
        callId: callIdSchema.optional(),
      })
      .strict()
      .superRefine((b, ctx) => {
        if (b.direction === 'outbound' && !b.uniqueId) {
          ctx.addIssue({ code: 'custom', path: ['uniqueId'], message: 'is required for an outbound call' });
        }
        if (b.direction === 'inbound' && b.uniqueId) {
          ctx.addIssue({
            code: 'custom',
            path: ['uniqueId'],
            message: 'must be left out for an inbound call: the number called decides who pays',
          });
        }
      }),
    responses: {
      200: { description: 'The decision', schema: decisionSchema },
      404: { description: 'No such unique, or not one of our numbers' },
    },
    handler: async ({ body, deps }) => ({
      body:
        body.direction === 'inbound'
          ? await authorizeReceivedCall(deps, body)
          : await authorizeCall(deps, { ...body, uniqueId: body.uniqueId! }),
    }),
  }),
  defineRoute({
    method: 'post',
    path: '/v1/calls/cdrs',
    operationId: 'ingestCdrs',
    tag: 'calls',
    summary: 'Report finished calls in batches; idempotent by callId, bad records reported one by one',
    access: ['pbx', 'operator'],
    body: z.object({ records: z.array(z.unknown()).min(1).max(50_000) }).strict(),
    responses: {
      200: {
        description: 'What was stored; rating follows within seconds',
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
    query: z
      .object({ ...periodFilter, limit: z.coerce.number().int().min(1).max(200).default(50), cursor: z.string().max(300).optional() })
      .strict(),
    responses: {
      200: { description: 'A page of calls', schema: z.object({ items: z.array(callSchema), nextCursor: z.string().nullable() }) },
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
    query: z.object({ ...periodFilter, period: z.enum(['day', 'month']).default('month') }).strict(),
    responses: {
      200: {
        description: 'Totals per period',
        schema: z.object({
          items: z.array(
            z.object({
              period: z.string(),
              calls: z.number().int(),
              seconds: z.number().int(),
              cost: z.number().int(),
              unrated: z.number().int(),
            }),
          ),
        }),
      },
    },
    handler: async ({ principal, query, deps }) => {
      const items = await deps.stores.cdrs.totals(callScope(principal, query), {
        from: query.from ? new Date(query.from) : undefined,
        to: query.to ? new Date(query.to) : undefined,
        period: query.period,
      });
      return { body: { items } };
    },
  }),
];
