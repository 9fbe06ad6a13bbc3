import { z } from 'zod';
import { defineRoute } from '../http/route';
import { adjustmentSchema } from '../prepaid/adjustments.service';
import { pageQuerySchema, uuidSchema } from '../schemas';
import { customerPage, lookupCustomers, presentEntry } from './customer-lookup.service';

const LOOKUP_FIELDS = [
  'account_id',
  'order_id',
  'login_id',
  'circle_login_id',
  'email',
  'phone_number',
  'shipping_phone',
  'unique_code',
  'mac',
  'name',
] as const;

const resultSchema = z.object({
  id: z.uuid(),
  loginId: z.string(),
  name: z.string(),
  email: z.string(),
  balance: z.number().int(),
  createdAt: z.iso.datetime(),
  matches: z.array(z.object({ field: z.enum(LOOKUP_FIELDS), value: z.string() })),
});

const entrySchema = z.object({
  id: z.number().int(),
  amount: z.number().int(),
  kind: z.string(),
  reference: z.string(),
  balanceAfter: z.number().int(),
  description: z.string().nullable(),
  createdAt: z.iso.datetime(),
});
const ledgerPageSchema = z.object({ items: z.array(entrySchema), nextBefore: z.number().int().nullable() });

const pageSchema = z.object({
  account: z.object({
    id: z.uuid(),
    loginId: z.string(),
    name: z.string(),
    email: z.string(),
    language: z.enum(['ja', 'en']),
    balance: z.number().int(),
    lowBalanceThreshold: z.number().int().nullable(),
    createdAt: z.iso.datetime(),
  }),
  circles: z.array(z.object({ id: z.uuid(), name: z.string(), loginId: z.string(), removedAt: z.iso.datetime().nullable() })),
  ledger: ledgerPageSchema,
  orders: z.array(
    z.object({
      id: z.uuid(),
      kind: z.string(),
      status: z.string(),
      circleId: z.uuid().nullable(),
      total: z.number().int(),
      failureReason: z.string().nullable(),
      createdAt: z.iso.datetime(),
      closedAt: z.iso.datetime().nullable(),
      timeline: z.array(z.object({ status: z.string(), note: z.string().nullable(), at: z.iso.datetime() })),
    }),
  ),
  uniques: z.array(
    z.object({
      id: z.uuid(),
      code: z.string().nullable(),
      kind: z.string(),
      status: z.string(),
      circleId: z.uuid(),
      circleName: z.string().nullable(),
      name: z.string().nullable(),
      incomingExtension: z.string().nullable(),
      monthlyFee: z.number().int(),
      createdAt: z.iso.datetime(),
      cancelledAt: z.iso.datetime().nullable(),
    }),
  ),
  numbers: z.array(
    z.object({
      id: z.uuid(),
      number: z.string(),
      kind: z.string(),
      country: z.string(),
      status: z.string(),
      circleId: z.uuid().nullable(),
      monthlyFee: z.number().int().nullable(),
      activatedAt: z.iso.datetime().nullable(),
      cancelledAt: z.iso.datetime().nullable(),
    }),
  ),
  devices: z.array(
    z.object({
      id: z.uuid(),
      orderId: z.uuid(),
      modelCode: z.string(),
      status: z.string(),
      mac: z.string().nullable(),
      serial: z.string().nullable(),
      uniqueCodes: z.array(z.string()),
      configFetchedAt: z.iso.datetime().nullable(),
    }),
  ),
  adjustments: z.array(adjustmentSchema),
  approvalLimit: z.number().int(),
});

const accountParams = z.object({ accountId: uuidSchema });

/** Operators: find a customer by anything they quote, and the customer page. */
export const customerLookupRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/operator/customers',
    operationId: 'lookupCustomers',
    tag: 'operator',
    summary: 'Find customers by account or order ID, login ID, e-mail, phone number, unique code, MAC address or name',
    description:
      'q is read every way it can be: a UUID as an account or order ID; digits as a phone number in any notation (03-1234-5678, +81 3 1234 5678), a unique code or a MAC; text as an e-mail, a login-ID prefix or part of a name. Each result lists what matched, strongest first; at most 50 accounts.',
    access: ['operator'],
    query: z.object({ q: z.string().trim().min(1).max(200) }).strict(),
    responses: { 200: { description: 'Matching accounts', schema: z.object({ items: z.array(resultSchema) }) } },
    handler: async ({ query, deps }) => ({ body: { items: await lookupCustomers(deps, query.q) } }),
  }),
  defineRoute({
    method: 'get',
    path: '/v1/operator/customers/:accountId',
    operationId: 'getCustomerPage',
    tag: 'operator',
    summary: "A customer's page: balance, recent ledger, orders with their timelines, uniques, numbers, devices and adjustments",
    access: ['operator'],
    params: accountParams,
    query: z.object({ ledgerLimit: z.coerce.number().int().min(1).max(200).default(20) }).strict(),
    responses: { 200: { description: 'The customer page', schema: pageSchema } },
    handler: async ({ params, query, deps }) => ({ body: await customerPage(deps, params.accountId, query.ledgerLimit) }),
  }),
  defineRoute({
    method: 'get',
    path: '/v1/operator/customers/:accountId/ledger',
    operationId: 'listCustomerLedger',
    tag: 'operator',
    summary: "A customer's ledger, newest first, keyset-paged",
    access: ['operator'],
    params: accountParams,
    query: pageQuerySchema.strict(),
    responses: { 200: { description: 'A page of entries', schema: ledgerPageSchema } },
    handler: async ({ params, query, deps }) => {
      // An unknown account answers 404, not an empty ledger.
      await deps.stores.ledger.balance(params.accountId);
      const items = await deps.stores.ledger.history(params.accountId, query);
      return { body: { items: items.map(presentEntry), nextBefore: items.length === query.limit ? items[items.length - 1]!.id : null } };
    },
  }),
];
