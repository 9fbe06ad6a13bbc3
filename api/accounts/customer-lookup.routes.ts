import { z } from 'zod';
import { defineRoute } from '../http/route';
import { listQuerySchema, pageOf } from '../page';
import { adjustmentSchema } from '../prepaid/adjustments.service';
import { adjustmentExample, ledgerEntryExample } from '../prepaid/examples';
import { ledgerPage } from '../prepaid/ledger.service';
import { ledgerEntrySchema } from '../prepaid/present';
import { currencySchema, e164Schema, nationalDisplaySchema, uuidSchema, yenSchema } from '../schemas';
import { customerPage, lookupCustomers } from './customer-lookup.service';

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
  balance: yenSchema,
  currency: currencySchema,
  createdAt: z.iso.datetime({ offset: true }),
  matches: z.array(z.object({ field: z.enum(LOOKUP_FIELDS), value: z.string().describe('The stored value that matched') })),
});

const ledgerPageSchema = pageOf(ledgerEntrySchema);

const pageSchema = z.object({
  id: z.uuid().describe('The account’s ID'),
  account: z.object({
    id: z.uuid(),
    loginId: z.string(),
    name: z.string(),
    email: z.string(),
    language: z.enum(['ja', 'en']),
    balance: yenSchema,
    currency: currencySchema,
    lowBalanceThreshold: yenSchema.nullable(),
    createdAt: z.iso.datetime({ offset: true }),
  }),
  circles: z.array(
    z.object({ id: z.uuid(), name: z.string(), loginId: z.string(), removedAt: z.iso.datetime({ offset: true }).nullable() }),
  ),
  ledger: ledgerPageSchema,
  orders: z.array(
    z.object({
      id: z.uuid(),
      kind: z.string(),
      status: z.string(),
      circleId: z.uuid().nullable(),
      total: yenSchema,
      currency: currencySchema,
      failureReason: z.string().nullable(),
      createdAt: z.iso.datetime({ offset: true }),
      closedAt: z.iso.datetime({ offset: true }).nullable(),
      timeline: z.array(z.object({ status: z.string(), note: z.string().nullable(), at: z.iso.datetime({ offset: true }) })),
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
      monthlyFee: yenSchema,
      currency: currencySchema,
      createdAt: z.iso.datetime({ offset: true }),
      cancelledAt: z.iso.datetime({ offset: true }).nullable(),
    }),
  ),
  numbers: z.array(
    z.object({
      id: z.uuid(),
      number: e164Schema,
      numberDisplay: nationalDisplaySchema,
      kind: z.string(),
      country: z.string(),
      status: z.string(),
      circleId: z.uuid().nullable(),
      monthlyFee: yenSchema.nullable(),
      currency: currencySchema,
      activatedAt: z.iso.datetime({ offset: true }).nullable(),
      cancelledAt: z.iso.datetime({ offset: true }).nullable(),
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
      configFetchedAt: z.iso.datetime({ offset: true }).nullable(),
    }),
  ),
  adjustments: z.array(adjustmentSchema),
  approvalLimit: yenSchema.describe('Adjustments above it need a second operator'),
  currency: currencySchema,
});

const ACCOUNT_ID = adjustmentExample.accountId;
const CIRCLE_ID = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const ORDER_ID = '4c5d6e7f-8a9b-4c0d-9e1f-2a3b4c5d6e7f';
const resultExample = {
  id: ACCOUNT_ID,
  loginId: 'yamada-shoji',
  name: '山田商事株式会社',
  email: 'info@yamada-shoji.co.jp',
  balance: 12450,
  currency: 'JPY',
  createdAt: '2026-04-01T00:30:00.000Z',
  matches: [{ field: 'phone_number', value: '0312345678' }],
};
const pageExample = {
  id: ACCOUNT_ID,
  account: {
    id: ACCOUNT_ID,
    loginId: 'yamada-shoji',
    name: '山田商事株式会社',
    email: 'info@yamada-shoji.co.jp',
    language: 'ja',
    balance: 12450,
    currency: 'JPY',
    lowBalanceThreshold: 3000,
    createdAt: '2026-04-01T00:30:00.000Z',
  },
  circles: [{ id: CIRCLE_ID, name: '大阪支店', loginId: 'yamada-shoji-osaka', removedAt: null }],
  ledger: { items: [ledgerEntryExample], nextCursor: 'WzEwNDgyXQ' },
  orders: [
    {
      id: ORDER_ID,
      kind: 'services',
      status: 'completed',
      circleId: CIRCLE_ID,
      total: 1650,
      currency: 'JPY',
      failureReason: null,
      createdAt: '2026-05-10T01:05:00.000Z',
      closedAt: '2026-05-10T01:05:09.000Z',
      timeline: [
        { status: 'accepted', note: null, at: '2026-05-10T01:05:00.000Z' },
        { status: 'completed', note: null, at: '2026-05-10T01:05:09.000Z' },
      ],
    },
  ],
  uniques: [
    {
      id: '0b1c2d3e-4f5a-4b6c-9d7e-8f9a0b1c2d3e',
      code: '20483917',
      kind: 'standard',
      status: 'active',
      circleId: CIRCLE_ID,
      circleName: '大阪支店',
      name: '受付',
      incomingExtension: '201',
      monthlyFee: 550,
      currency: 'JPY',
      createdAt: '2026-05-10T01:05:05.000Z',
      cancelledAt: null,
    },
  ],
  numbers: [
    {
      id: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
      number: '+81663451234',
      numberDisplay: '06-6345-1234',
      kind: 'geographic',
      country: 'JP',
      status: 'active',
      circleId: CIRCLE_ID,
      monthlyFee: 1100,
      currency: 'JPY',
      activatedAt: '2026-05-10T01:05:08.000Z',
      cancelledAt: null,
    },
  ],
  devices: [],
  adjustments: [adjustmentExample],
  approvalLimit: 10000,
  currency: 'JPY',
};

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
    query: z.object({ ...listQuerySchema.shape, q: z.string().trim().min(1).max(200) }).strict(),
    responses: {
      200: {
        description: 'A page of matching accounts',
        schema: pageOf(resultSchema),
        example: { items: [resultExample], nextCursor: null },
      },
    },
    handler: async ({ query, deps }) => ({ body: await lookupCustomers(deps, query.q, query) }),
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
    responses: { 200: { description: 'The customer page', schema: pageSchema, example: pageExample } },
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
    query: listQuerySchema.strict(),
    responses: {
      200: {
        description: 'A page of entries',
        schema: ledgerPageSchema,
        example: { items: [ledgerEntryExample], nextCursor: 'WzEwNDgyXQ' },
      },
    },
    handler: async ({ params, query, deps }) => {
      // An unknown account answers 404, not an empty ledger.
      await deps.stores.ledger.balance(params.accountId);
      return { body: await ledgerPage(deps, params.accountId, query) };
    },
  }),
];
