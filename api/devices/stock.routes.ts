import { z } from 'zod';
import { NotFoundError } from '../../domain/errors';
import type { StockLevel, StockReceipt } from '../../db/devices/stock.store';
import { defineRoute, locationHeader } from '../http/route';
import { timeIdCursor, timeIdKey } from '../orders/keyset';
import { listQuerySchema, pageOf, toPage, wholeList } from '../page';
import { staffIdOf } from '../prepaid/operator.service';
import { uuidSchema } from '../schemas';
import { receiveStock } from './stock.service';

// Control characters are refused in free text; the refinement keeps the JSON Schema portable.
const CONTROL = /[\p{Cc}\p{Cs}\u2028\u2029]/u;
const MAX_RECEIPT = 10_000;

const modelParams = z.object({ code: z.string().regex(/^[A-Za-z0-9._-]{1,40}$/, 'a device model code such as GXP1620') });

const levelSchema = z.object({
  id: z.string().describe('The model code'),
  code: z.string(),
  name: z.string(),
  maker: z.string(),
  active: z.boolean(),
  stock: z.number().int(),
  lastReceivedAt: z.iso.datetime({ offset: true }).nullable(),
});

const presentLevel = (l: StockLevel) => ({ id: l.code, ...l, lastReceivedAt: l.lastReceivedAt?.toISOString() ?? null });

const receiptSchema = z.object({
  id: z.uuid(),
  modelCode: z.string(),
  quantity: z.number().int(),
  stockAfter: z.number().int(),
  note: z.string(),
  receivedBy: z.object({ id: z.uuid(), name: z.string() }),
  receivedAt: z.iso.datetime({ offset: true }),
});

const presentReceipt = (r: StockReceipt) => ({ ...r, receivedAt: r.receivedAt.toISOString() });

const receiptExample = {
  id: 'c7e2a9d4-5b18-4f63-a0e7-6d3b9c1f2a85',
  modelCode: 'GXP1620',
  quantity: 20,
  stockAfter: 62,
  note: '11月入荷分（納品書 No. 2026-1128）',
  receivedBy: { id: '1f4b7e92-8c3a-4d15-b6e0-9a2c5d8f3e71', name: '鈴木 一郎' },
  receivedAt: '2026-11-28T02:30:00.000Z',
} satisfies z.input<typeof receiptSchema>;

const receiptParams = modelParams.extend({ receiptId: uuidSchema });
const receiptLocation = (r: { modelCode: string; id: string }) =>
  `/v1/devices/models/${encodeURIComponent(r.modelCode)}/stock-receipts/${r.id}`;

/** Operators: device stock levels, receiving delivered units into stock, and the receipts' history. */
export const stockRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/devices/stock',
    operationId: 'listDeviceStock',
    tag: 'catalog',
    summary: 'Every device model (sellable or not) with its stock and the time of its latest receipt',
    description: 'One short page: every model (nextCursor is always null).',
    access: ['operator'],
    query: listQuerySchema.strict(),
    responses: {
      200: {
        description: 'Stock levels',
        schema: pageOf(levelSchema),
        example: {
          items: [
            {
              id: 'GXP1620',
              code: 'GXP1620',
              name: 'GXP1620 IP電話機',
              maker: 'Grandstream',
              active: true,
              stock: 62,
              lastReceivedAt: '2026-11-28T02:30:00.000Z',
            },
          ],
          nextCursor: null,
        },
      },
    },
    handler: async ({ deps }) => ({ body: wholeList((await deps.stores.stock.levels()).map(presentLevel)) }),
  }),
  defineRoute({
    method: 'post',
    path: '/v1/devices/models/:code/stock-receipts',
    operationId: 'receiveDeviceStock',
    tag: 'catalog',
    summary: 'Receive delivered units into stock, with a note; recorded with who received them and the stock after',
    description: `1 to ${MAX_RECEIPT.toLocaleString('en-US')} units per receipt. Send an Idempotency-Key: a retried receipt adds its units once.`,
    access: ['operator'],
    idempotent: true,
    params: modelParams,
    body: z
      .object({
        quantity: z.number().int().min(1).max(MAX_RECEIPT),
        note: z
          .string()
          .trim()
          .max(500)
          .refine((v) => !CONTROL.test(v), 'must not contain control characters or line separators')
          .optional(),
      })
      .strict(),
    bodyExample: { quantity: 20, note: '11月入荷分（納品書 No. 2026-1128）' },
    responses: {
      201: {
        description: 'The receipt (duplicate: a retry of a receipt already recorded); Location is its address',
        schema: receiptSchema.extend({ duplicate: z.boolean() }),
        example: { ...receiptExample, duplicate: false },
        headers: locationHeader(receiptLocation(receiptExample)),
      },
    },
    handler: async ({ principal, params, body, headers, deps }) => {
      const key = headers['idempotency-key'];
      const { receipt, duplicate } = await receiveStock(
        deps,
        staffIdOf(principal),
        params.code,
        body,
        typeof key === 'string' ? key : undefined,
      );
      return { status: 201, headers: { location: receiptLocation(receipt) }, body: { ...presentReceipt(receipt), duplicate } };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/devices/models/:code/stock-receipts',
    operationId: 'listDeviceStockReceipts',
    tag: 'catalog',
    summary: "A model's stock receipts, newest first",
    access: ['operator'],
    params: modelParams,
    query: listQuerySchema.strict(),
    responses: { 200: { description: 'Receipts', schema: pageOf(receiptSchema), example: { items: [receiptExample], nextCursor: null } } },
    handler: async ({ params, query, deps }) => {
      const rows = await deps.stores.stock.history(params.code, { limit: query.limit, after: timeIdCursor(query.cursor) });
      if (!rows) throw new NotFoundError('device model');
      return { body: toPage(rows, query.limit, presentReceipt, (r) => timeIdKey(r.receivedAt, r.id)) };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/devices/models/:code/stock-receipts/:receiptId',
    operationId: 'getDeviceStockReceipt',
    tag: 'catalog',
    summary: 'One stock receipt',
    access: ['operator'],
    params: receiptParams,
    responses: { 200: { description: 'The receipt', schema: receiptSchema, example: receiptExample } },
    handler: async ({ params, deps }) => {
      const receipt = await deps.stores.stock.receipt(params.code, params.receiptId);
      if (!receipt) throw new NotFoundError('stock receipt');
      return { body: presentReceipt(receipt) };
    },
  }),
];
