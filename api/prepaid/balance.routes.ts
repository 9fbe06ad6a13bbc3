import { z } from 'zod';
import type { LedgerEntry } from '../../db/prepaid/ledger.store';
import { accountIdOf } from '../accounts/account.routes';
import { defineRoute } from '../http/route';
import { pageQuerySchema } from '../schemas';
import { ledgerPage } from './ledger.service';

const entrySchema = z.object({
  id: z.number().int(),
  amount: z.number().int(),
  kind: z.string(),
  reference: z.string(),
  balanceAfter: z.number().int(),
  description: z.string().nullable(),
  createdAt: z.iso.datetime(),
});

const present = (e: LedgerEntry) => ({
  id: e.id,
  amount: e.amount,
  kind: e.kind,
  reference: e.reference,
  balanceAfter: e.balanceAfter,
  description: e.description,
  createdAt: e.createdAt.toISOString(),
});

/** The seed's "prepaid remaining balance" and the ledger behind it. */
export const balanceRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/prepaid/balance',
    operationId: 'getPrepaidBalance',
    tag: 'prepaid',
    summary: 'Prepaid remaining balance',
    access: ['account'],
    responses: { 200: { description: 'Balance in yen', schema: z.object({ balance: z.number().int(), currency: z.literal('JPY') }) } },
    handler: async ({ principal, deps }) => ({
      body: { balance: await deps.stores.ledger.balance(accountIdOf(principal)), currency: 'JPY' as const },
    }),
  }),
  defineRoute({
    method: 'get',
    path: '/v1/prepaid/ledger',
    operationId: 'listLedgerEntries',
    tag: 'prepaid',
    summary: 'Every balance movement, newest first, by kind and Tokyo date range',
    description: 'Newest first, paged by nextBefore (null on the last page). from and to are Tokyo dates, both included.',
    access: ['account'],
    query: pageQuerySchema
      .extend({
        kind: z
          .enum(['topup', 'topup_refund', 'purchase', 'refund', 'monthly_fee', 'call_charge', 'adjustment', 'manual_adjustment'])
          .optional(),
        from: z.iso.date().optional().describe('First Tokyo date, YYYY-MM-DD'),
        to: z.iso.date().optional().describe('Last Tokyo date, YYYY-MM-DD'),
      })
      .strict(),
    responses: {
      200: { description: 'A page of entries', schema: z.object({ items: z.array(entrySchema), nextBefore: z.number().int().nullable() }) },
    },
    handler: async ({ principal, query, deps }) => {
      const page = await ledgerPage(deps, accountIdOf(principal), query);
      return { body: { items: page.items.map(present), nextBefore: page.nextBefore } };
    },
  }),
];
