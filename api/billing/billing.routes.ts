import { z } from 'zod';
import { isMonth } from '../../domain/billing/months';
import { RATE_CLASSES, type Rate } from '../../domain/billing/rate-table';
import { InputError } from '../../domain/errors';
import { accountIdOf } from '../accounts/account.routes';
import { rateCacheFor } from './rate-cache';
import { defineRoute } from '../http/route';
import { uuidSchema } from '../schemas';
import { statementPdf } from './statement-pdf';
import { monthlyStatement, statementMonths } from './statement.service';

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
  taxRate: z.union([z.literal(0), z.literal(8), z.literal(10)]),
  validFrom: z.iso.datetime(),
  validTo: z.iso.datetime().nullable(),
});

const presentRate = (r: Rate) => ({ ...r, validFrom: r.validFrom.toISOString(), validTo: r.validTo?.toISOString() ?? null });

const milli = z.number().int().min(0).max(100_000_000);
const seconds = z.number().int().min(1).max(3600);
const taxRate = z.union([z.literal(0), z.literal(8), z.literal(10)]);

const statementSchema = z.object({
  title: z.string(),
  invoiceNumber: z.string(),
  month: z.string(),
  period: z.object({ from: z.iso.datetime(), to: z.iso.datetime() }),
  issuer: z.object({ name: z.string(), registrationNumber: z.string().regex(/^T\d{13}$/) }),
  recipient: z.object({ accountId: z.uuid(), name: z.string() }),
  lines: z.array(
    z.object({
      kind: z.enum(['monthly_fee', 'calls']),
      description: z.string(),
      quantity: z.number().int(),
      seconds: z.number().int().nullable(),
      amount: z.number().int(),
      taxRate: z.number().int(),
    }),
  ),
  taxByRate: z.array(z.object({ rate: z.number().int(), taxable: z.number().int(), tax: z.number().int() })),
  subtotal: z.number().int(),
  tax: z.number().int(),
  total: z.number().int(),
});

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
      })
      .strict(),
    responses: { 200: { description: 'Rates', schema: z.object({ items: z.array(rateSchema) }) } },
    handler: async ({ query, deps }) => {
      const items = await deps.stores.rates.list({ ...query, at: query.at ? new Date(query.at) : undefined });
      return { body: { items: items.map(presentRate) } };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/billing/rates',
    operationId: 'createRate',
    tag: 'billing',
    summary: 'Add a rate (or a new version of one, from a later validFrom); money in 1/1000 yen',
    access: ['operator'],
    idempotent: true,
    body: z
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
      .strict(),
    responses: { 201: { description: 'The new rate', schema: rateSchema } },
    handler: async ({ body, deps }) => {
      const rate = await deps.stores.rates.create({
        ...body,
        validFrom: new Date(body.validFrom),
        validTo: body.validTo ? new Date(body.validTo) : null,
      });
      rateCacheFor(deps.stores.rates, deps.config.billing.rateCacheMs).invalidate();
      return { status: 201, body: presentRate(rate) };
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
    responses: { 200: { description: 'The changed rate', schema: rateSchema } },
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
    summary: 'The months with a statement (something was charged), newest first, with their totals',
    access: ['account'],
    responses: {
      200: {
        description: 'Statement months',
        schema: z.object({
          items: z.array(z.object({ month: z.string(), subtotal: z.number().int(), tax: z.number().int(), total: z.number().int() })),
        }),
      },
    },
    handler: async ({ principal, deps }) => ({ body: { items: await statementMonths(deps, accountIdOf(principal)) } }),
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
    summary: "A month's statement as a qualified invoice (Japan-time month, YYYY-MM)",
    access: ['account'],
    params: z.object({ month: z.string() }),
    responses: { 200: { description: 'The statement', schema: statementSchema } },
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
          graceUntil: z.iso.datetime().nullable(),
          suspended: z.boolean(),
        }),
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
          graceUntil: state.graceUntil?.toISOString() ?? null,
          suspended: state.suspendedAt !== null,
        },
      };
    },
  }),
];
