import { z } from 'zod';
import { RATE_CLASSES } from '../../domain/billing/rate-table';
import { currencySchema, e164Schema, nationalDisplaySchema, uuidSchema } from '../schemas';
import { destinationSchema } from './cdrs.service';

const callIdSchema = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[\x21-\x7e]+$/);

/** What the PBX asks before a call starts. */
export const authorizeBodySchema = z
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
  });

/** The decision: go ahead for at most maxSeconds, or the reason not to. */
export const decisionSchema = z.object({
  allowed: z.boolean(),
  callId: z.string(),
  reason: z
    .enum(['outbound_prohibited', 'suspended', 'insufficient_balance', 'destination_barred', 'unique_inactive', 'no_caller_id'])
    .nullable(),
  maxSeconds: z.number().int().nullable().describe('The longest the call may last; null: no limit (an emergency call)'),
  destinationClass: z.enum(RATE_CLASSES).nullable(),
  reserved: z.number().int().describe('Yen held on the balance for this call until its CDR arrives or the hold expires'),
  currency: currencySchema,
  callerId: e164Schema.nullable().describe('The caller ID to present, in E.164 (outside calls)'),
  callerIdDisplay: nationalDisplaySchema.nullable(),
});

export const authorizeBodyExample = {
  direction: 'outbound',
  uniqueId: '3f0c2a9e-8d1b-4c5e-9a7f-2b6d4e8c1a05',
  destination: '0312345678',
  callId: 'a84b4c76e66710@pbx.example.jp',
};
export const decisionExample = {
  allowed: true,
  callId: 'a84b4c76e66710@pbx.example.jp',
  reason: null,
  maxSeconds: 5400,
  destinationClass: 'fixed',
  reserved: 1188,
  currency: 'JPY',
  callerId: '+81501234567',
  callerIdDisplay: '050-1234-5678',
};
