import { z } from 'zod';
import { isMonth } from '../../domain/billing/months';
import { RATE_CLASSES, type Rate } from '../../domain/billing/rate-table';
import { InputError } from '../../domain/errors';
import { accountIdOf } from '../accounts/account.routes';
import { rateCacheFor } from './rate-cache';
import { toJstIso } from '../../lib/time/jst';
import { defineRoute, locationHeader } from '../http/route';
import { decodeCursor, listQuerySchema, pageOf, toPage } from '../page';
import { CURRENCY, currencySchema, uuidSchema } from '../schemas';
import { statementPdf } from './statement-pdf';
import { monthlyStatement, STATEMENT_LINE_KINDS, statementMonths } from './statement.service';

const rateSchema = z.object({
  id: z.uuid(),
  direction: z.enum(['outbound', 'inbound']),
  prefix: z.string(),
  class: z.enum(RATE_CLASSES),
  description: z.string(),
  connectFeeMilli: z.number().int(),
  unitPriceMilli: z.number().int(),
  unitSeconds: z.number().int(),
  incrementSeconds: z.number().int(),
  currency: currencySchema.describe('The currency of the *Milli amounts: thousandths of a yen'),
  taxRate: z.union([z.literal(0), z.literal(8), z.literal(10)]),
  validFrom: z.iso.datetime({ offset: true }),
  validTo: z.iso.datetime({ offset: true }).nullable(),
});

const presentRate = (r: Rate) => ({
  ...r,
  currency: CURRENCY,
  // When a rate starts and ends is read by operators in Japan time.
  validFrom: toJstIso(r.validFrom),
  validTo: r.validTo ? toJstIso(r.validTo) : null,
});

const rateExample = {
  id: 'b3f1d8a6-2c47-4e95-8a0b-7d6e4c2f9a18',
  direction: 'outbound',
  prefix: '090',
  class: 'mobile',
  description: '携帯電話（090）',
  connectFeeMilli: 0,
  unitPriceMilli: 16000,
  unitSeconds: 60,
  incrementSeconds: 6,
  currency: CURRENCY,
  taxRate: 10,
  validFrom: '2026-12-01T00:00:00+09:00',
  validTo: null,
} satisfies z.input<typeof rateSchema>;

const rateLocation = (id: string) => `/v1/billing/rates/${id}`;

/** A rate table cursor: the last rate's direction, prefix, start and id. */
function ratesCursor(cursor: string | undefined) {
  if (cursor === undefined) return undefined;
  const [direction, prefix, validFrom, id] = decodeCursor(cursor, 4);
  if (
    typeof direction !== 'string' ||
    typeof prefix !== 'string' ||
    typeof validFrom !== 'string' ||
    Number.isNaN(Date.parse(validFrom)) ||
    typeof id !== 'string' ||
    !/^[0-9a-f-]{36}$/i.test(id)
  )
    throw new InputError('invalid_cursor', {}, 'query.cursor');
  return { direction, prefix, validFrom, id };
}

/** A statements cursor: the last month of the page. */
function monthCursor(cursor: string | undefined) {
  if (cursor === undefined) return undefined;
  const [month] = decodeCursor(cursor, 1);
  if (typeof month !== 'string' || !isMonth(month)) throw new InputError('invalid_cursor', {}, 'query.cursor');
  return month;
}

const milli = z.number().int().min(0).max(100_000_000);
const seconds = z.number().int().min(1).max(3600);
const taxRate = z.union([z.literal(0), z.literal(8), z.literal(10)]);

const statementSchema = z.object({
  id: z.string().describe('The month, YYYY-MM'),
  title: z.string(),
  invoiceNumber: z.string(),
  month: z.string(),
  period: z
    .object({ from: z.iso.datetime({ offset: true }), to: z.iso.datetime({ offset: true }) })
    .describe('Japan time; to is exclusive'),
  issuer: z.object({ name: z.string(), registrationNumber: z.string().regex(/^T\d{13}$/) }),
  recipient: z.object({ accountId: z.uuid(), name: z.string() }),
  lines: z
    .array(
      z.object({
        id: z.string().describe('The ledger entry the line comes from; a calls line (every call charged at one rate) is calls-<rate>'),
        date: z.iso.datetime({ offset: true }).describe('When it was charged, Japan time (a calls line: its last charge)'),
        kind: z.enum(STATEMENT_LINE_KINDS),
        description: z.string(),
        quantity: z.number().int(),
        taxRate: z.number().int().describe('Percent: 10, 8, or 0 for exempt calls and manual adjustments'),
        amount: z.number().int().describe('Tax included; negative for a refund'),
        currency: currencySchema,
      }),
    )
    .describe("Every charge the month's ledger debited, oldest first, then the calls per tax rate"),
  taxByRate: z.array(z.object({ rate: z.number().int(), taxable: z.number().int(), tax: z.number().int(), currency: currencySchema })),
  subtotal: z.number().int(),
  tax: z.number().int(),
  total: z.number().int(),
  currency: currencySchema,
});

const statementExample = {
  id: '2026-10',
  title: '適格請求書 / Qualified invoice',
  invoiceNumber: 'INV-202610-3F2A9C1E7B',
  month: '2026-10',
  period: { from: '2026-10-01T00:00:00+09:00', to: '2026-11-01T00:00:00+09:00' },
  issuer: { name: '株式会社クラウドPBXジャパン', registrationNumber: 'T1234567890123' },
  recipient: { accountId: '3f2a9c1e-7b5d-4a80-9c36-1e8f4d2b7a05', name: '株式会社さくら商事' },
  lines: [
    {
      id: '10482',
      date: '2026-10-01T00:00:04+09:00',
      kind: 'monthly_fee',
      description: '月額基本料 2026-10 / Monthly fee 2026-10: sip_terminal',
      quantity: 1,
      taxRate: 10,
      amount: 1210,
      currency: CURRENCY,
    },
    {
      id: '10517',
      date: '2026-10-14T15:22:41+09:00',
      kind: 'purchase',
      description: '機器 / Devices: Grandstream GXP1620 × 1 #7c1e2f90',
      quantity: 1,
      taxRate: 10,
      amount: 9900,
      currency: CURRENCY,
    },
    {
      id: 'calls-10',
      date: '2026-10-31T18:05:12+09:00',
      kind: 'calls',
      description: '通話料 10% / Call charges at 10%',
      quantity: 12,
      taxRate: 10,
      amount: 563,
      currency: CURRENCY,
    },
  ],
  taxByRate: [{ rate: 10, taxable: 10612, tax: 1061, currency: CURRENCY }],
  subtotal: 10612,
  tax: 1061,
  total: 11673,
  currency: CURRENCY,
} satisfies z.input<typeof statementSchema>;

const rateBody = z
  .object({
    direction: z.enum(['outbound', 'inbound']).default('outbound'),
    prefix: z.string().regex(/^\d{1,10}$/, 'must be 1 to 10 digits'),
    class: z.enum(RATE_CLASSES),
    description: z.string().trim().min(1).max(200),
    connectFeeMilli: milli.default(0),
    unitPriceMilli: milli,
    unitSeconds: seconds,
    incrementSeconds: seconds,
    taxRate,
    validFrom: z.iso.datetime({ offset: true }),
    validTo: z.iso.datetime({ offset: true }).nullable().optional(),
  })
  .strict();

/** Rates (operators) and the customer's statement and billing status. */
export const billingRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/billing/rates',
    operationId: 'listRates',
    tag: 'billing',
    summary: 'The rate table; `at` shows only the rates in force at that instant',
    access: ['operator'],
    query: z
      .object({
        at: z.iso.datetime({ offset: true }).optional(),
        prefix: z
          .string()
          .regex(/^\d{1,10}$/)
          .optional(),
        direction: z.enum(['outbound', 'inbound']).optional(),
        ...listQuerySchema.shape,
      })
      .strict(),
    responses: {
      200: {
        description: 'Rates by direction, prefix and start',
        schema: pageOf(rateSchema),
        example: { items: [rateExample], nextCursor: null },
      },
    },
    handler: async ({ query, deps }) => {
      const rows = await deps.stores.rates.list({
        at: query.at ? new Date(query.at) : undefined,
        prefix: query.prefix,
        direction: query.direction,
        limit: query.limit,
        after: ratesCursor(query.cursor),
      });
      return { body: toPage(rows, query.limit, presentRate, (r) => [r.direction, r.prefix, r.validFrom.toISOString(), r.id]) };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/billing/rates/:rateId',
    operationId: 'getRate',
    tag: 'billing',
    summary: 'One rate',
    access: ['operator'],
    params: z.object({ rateId: uuidSchema }),
    responses: { 200: { description: 'The rate', schema: rateSchema, example: rateExample } },
    handler: async ({ params, deps }) => ({ body: presentRate(await deps.stores.rates.byId(params.rateId)) }),
  }),
  defineRoute({
    method: 'post',
    path: '/v1/billing/rates',
    operationId: 'createRate',
    tag: 'billing',
    summary: 'Add a rate (or a new version of one, from a later validFrom); money in 1/1000 yen',
    access: ['operator'],
    idempotent: true,
    body: rateBody,
    bodyExample: {
      direction: 'outbound',
      prefix: '090',
      class: 'mobile',
      description: '携帯電話（090）',
      connectFeeMilli: 0,
      unitPriceMilli: 16000,
      unitSeconds: 60,
      incrementSeconds: 6,
      taxRate: 10,
      validFrom: '2026-12-01T00:00:00+09:00',
    },
    responses: {
      201: {
        description: 'The new rate; Location is its address',
        schema: rateSchema,
        example: rateExample,
        headers: locationHeader(rateLocation(rateExample.id)),
      },
    },
    handler: async ({ body, deps }) => {
      const rate = await deps.stores.rates.create({
        ...body,
        validFrom: new Date(body.validFrom),
        validTo: body.validTo ? new Date(body.validTo) : null,
      });
      rateCacheFor(deps.stores.rates, deps.config.billing.rateCacheMs).invalidate();
      return { status: 201, headers: { location: rateLocation(rate.id) }, body: presentRate(rate) };
    },
  }),
  defineRoute({
    method: 'patch',
    path: '/v1/billing/rates/:rateId',
    operationId: 'updateRate',
    tag: 'billing',
    summary: 'Change a rate; set validTo to end it (calls are rated by the rate valid when they started)',
    description:
      'Prices, seconds and tax rate change only before validFrom; a rate in force answers 409 rate_in_force (add a new version instead).',
    access: ['operator'],
    params: z.object({ rateId: uuidSchema }),
    body: z
      .object({
        description: z.string().trim().min(1).max(200).optional(),
        connectFeeMilli: milli.optional(),
        unitPriceMilli: milli.optional(),
        unitSeconds: seconds.optional(),
        incrementSeconds: seconds.optional(),
        taxRate: taxRate.optional(),
        validTo: z.iso.datetime({ offset: true }).nullable().optional(),
      })
      .strict(),
    bodyExample: { validTo: '2027-04-01T00:00:00+09:00' },
    responses: {
      200: { description: 'The changed rate', schema: rateSchema, example: { ...rateExample, validTo: '2027-03-31T15:00:00.000Z' } },
    },
    handler: async ({ params, body, deps }) => {
      const { validTo, ...rest } = body;
      const rate = await deps.stores.rates.update(params.rateId, {
        ...rest,
        ...(validTo !== undefined ? { validTo: validTo === null ? null : new Date(validTo) } : {}),
      });
      rateCacheFor(deps.stores.rates, deps.config.billing.rateCacheMs).invalidate();
      return { body: presentRate(rate) };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/billing/statements',
    operationId: 'listStatements',
    tag: 'billing',
    summary: 'The months with a statement (the ledger charged or refunded something, Japan time), newest first, with their totals',
    access: ['account'],
    query: listQuerySchema.strict(),
    responses: {
      200: {
        description: 'Statement months',
        schema: pageOf(
          z.object({
            id: z.string().describe('The month, YYYY-MM'),
            month: z.string(),
            subtotal: z.number().int(),
            tax: z.number().int(),
            total: z.number().int(),
            currency: currencySchema,
          }),
        ),
        example: {
          items: [{ id: '2026-10', month: '2026-10', subtotal: 10612, tax: 1061, total: 11673, currency: CURRENCY }],
          nextCursor: null,
        },
      },
    },
    handler: async ({ principal, query, deps }) => {
      const rows = await statementMonths(deps, accountIdOf(principal), { limit: query.limit, before: monthCursor(query.cursor) });
      return {
        body: toPage(
          rows,
          query.limit,
          (m) => m,
          (m) => [m.month],
        ),
      };
    },
  }),
  // Declared before the JSON statement, whose :month would otherwise take "2027-01.pdf".
  defineRoute({
    method: 'get',
    path: '/v1/billing/statements/:month.pdf',
    operationId: 'getStatementPdf',
    tag: 'billing',
    summary: "A month's statement as a printable A4 PDF (qualified invoice), labelled in the caller's language",
    access: ['account'],
    params: z.object({ month: z.string() }),
    query: z
      .object({ lang: z.enum(['ja', 'en']).optional().describe("the labels' language, when a plain link cannot send Accept-Language") })
      .strict(),
    responses: { 200: { description: 'The statement (application/pdf)' } },
    handler: async ({ principal, params, query, deps, lang }) => {
      if (!isMonth(params.month)) throw new InputError('invalid_month', {}, 'path.month');
      const statement = await monthlyStatement(deps, accountIdOf(principal), params.month);
      return {
        body: statementPdf(statement, query.lang ?? lang),
        contentType: 'application/pdf',
        headers: {
          'content-disposition': `attachment; filename="statement-${params.month}.pdf"`,
          'cache-control': 'private, no-store',
        },
      };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/billing/statements/:month',
    operationId: 'getStatement',
    tag: 'billing',
    summary: "A month's statement as a qualified invoice (Japan-time month, YYYY-MM): every charge of the month with its tax rate",
    description:
      "Built from the month's ledger: purchases (initial fees and first month), devices, monthly fees, manual debits, refunds of purchases as negative lines, and the calls per tax rate. Tax per rate is the tax those debits carried (rounded once per rate: per order for a purchase, per month for fees and calls), so total equals what the month took from the balance. Top-ups are not charges.",
    access: ['account'],
    params: z.object({ month: z.string() }),
    responses: { 200: { description: 'The statement', schema: statementSchema, example: statementExample } },
    handler: async ({ principal, params, deps }) => {
      if (!isMonth(params.month)) throw new InputError('invalid_month', {}, 'path.month');
      return { body: await monthlyStatement(deps, accountIdOf(principal), params.month) };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/billing/status',
    operationId: 'getBillingStatus',
    tag: 'billing',
    summary: 'Balance, money held by calls in progress, owed fees, grace period and suspension',
    access: ['account'],
    responses: {
      200: {
        description: 'Billing status',
        schema: z.object({
          balance: z.number().int(),
          reserved: z.number().int(),
          owedMonths: z.array(z.string()),
          owedAmount: z.number().int(),
          currency: currencySchema,
          graceUntil: z.iso.datetime({ offset: true }).nullable().describe('The deadline to pay owed fees before suspension, Japan time'),
          suspended: z.boolean(),
        }),
        example: {
          balance: 18250,
          reserved: 120,
          owedMonths: [],
          owedAmount: 0,
          currency: CURRENCY,
          graceUntil: null,
          suspended: false,
        },
      },
    },
    handler: async ({ principal, deps }) => {
      const accountId = accountIdOf(principal);
      const [balance, reserved, state] = await Promise.all([
        deps.stores.ledger.balance(accountId),
        deps.stores.reservations.activeFor(accountId),
        deps.stores.billing.get(accountId),
      ]);
      return {
        body: {
          balance,
          reserved,
          owedMonths: state.owedMonths,
          owedAmount: state.owedAmount,
          currency: CURRENCY,
          graceUntil: state.graceUntil ? toJstIso(state.graceUntil) : null,
          suspended: state.suspendedAt !== null,
        },
      };
    },
  }),
];
