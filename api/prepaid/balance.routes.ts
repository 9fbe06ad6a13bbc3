import { z } from 'zod';
import { accountIdOf } from '../accounts/account.routes';
import { defineRoute } from '../http/route';
import { listQuerySchema, pageOf } from '../page';
import { CURRENCY, currencySchema, yenSchema } from '../schemas';
import { ledgerEntryExample } from './examples';
import { ledgerPage } from './ledger.service';
import { ledgerEntrySchema } from './present';

/** The seed's "prepaid remaining balance" and the ledger behind it. */
export const balanceRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/prepaid/balance',
    operationId: 'getPrepaidBalance',
    tag: 'prepaid',
    summary: 'Prepaid remaining balance',
    access: ['account'],
    responses: {
      200: {
        description: 'Balance in yen',
        schema: z.object({ balance: yenSchema, currency: currencySchema }),
        example: { balance: 12450, currency: 'JPY' },
      },
    },
    handler: async ({ principal, deps }) => ({
      body: { balance: await deps.stores.ledger.balance(accountIdOf(principal)), currency: CURRENCY },
    }),
  }),
  defineRoute({
    method: 'get',
    path: '/v1/prepaid/ledger',
    operationId: 'listLedgerEntries',
    tag: 'prepaid',
    summary: 'Every balance movement, newest first, by kind and Tokyo date range',
    description: 'Newest first, paged by `cursor` (pass the nextCursor of the previous page). from and to are Tokyo dates, both included.',
    access: ['account'],
    query: z
      .object({
        ...listQuerySchema.shape,
        kind: z
          .enum(['topup', 'topup_refund', 'purchase', 'refund', 'monthly_fee', 'call_charge', 'adjustment', 'manual_adjustment'])
          .optional(),
        from: z.iso.date().optional().describe('First Tokyo date, YYYY-MM-DD'),
        to: z.iso.date().optional().describe('Last Tokyo date, YYYY-MM-DD'),
      })
      .strict(),
    responses: {
      200: {
        description: 'A page of entries',
        schema: pageOf(ledgerEntrySchema),
        example: { items: [ledgerEntryExample], nextCursor: 'WzEwNDgyXQ' },
      },
    },
    handler: async ({ principal, query, deps }) => ({ body: await ledgerPage(deps, accountIdOf(principal), query) }),
  }),
];
