import { z } from 'zod';
import { NotFoundError } from '../../domain/errors';
import type { StockLevel, StockReceipt } from '../../db/devices/stock.store';
import { defineRoute } from '../http/route';
import { staffIdOf } from '../prepaid/operator.service';
import { receiveStock } from './stock.service';

// Control characters are refused in free text; the refinement keeps the JSON Schema portable.
const CONTROL = /[\p{Cc}\p{Cs}\u2028\u2029]/u;
const MAX_RECEIPT = 10_000;

const modelParams = z.object({ code: z.string().regex(/^[A-Za-z0-9._-]{1,40}$/, 'a device model code such as GXP1620') });

const levelSchema = z.object({
  code: z.string(),
  name: z.string(),
  maker: z.string(),
  active: z.boolean(),
  stock: z.number().int(),
  lastReceivedAt: z.iso.datetime().nullable(),
});

const presentLevel = (l: StockLevel) => ({ ...l, lastReceivedAt: l.lastReceivedAt?.toISOString() ?? null });

const receiptSchema = z.object({
  id: z.uuid(),
  modelCode: z.string(),
  quantity: z.number().int(),
  stockAfter: z.number().int(),
  note: z.string(),
  receivedBy: z.object({ id: z.uuid(), name: z.string() }),
  receivedAt: z.iso.datetime(),
});

const presentReceipt = (r: StockReceipt) => ({ ...r, receivedAt: r.receivedAt.toISOString() });

/** Operators: device stock levels, receiving delivered units into stock, and the receipts' history. */
export const stockRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/devices/stock',
    operationId: 'listDeviceStock',
    tag: 'catalog',
    summary: 'Every device model (sellable or not) with its stock and the time of its latest receipt',
    access: ['operator'],
    responses: { 200: { description: 'Stock levels', schema: z.object({ items: z.array(levelSchema) }) } },
    handler: async ({ deps }) => ({ body: { items: (await deps.stores.stock.levels()).map(presentLevel) } }),
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
    responses: { 201: { description: 'The receipt', schema: receiptSchema.extend({ duplicate: z.boolean() }) } },
    handler: async ({ principal, params, body, headers, deps }) => {
      const key = headers['idempotency-key'];
      const { receipt, duplicate } = await receiveStock(
        deps,
        staffIdOf(principal),
        params.code,
        body,
        typeof key === 'string' ? key : undefined,
      );
      return { status: 201, body: { ...presentReceipt(receipt), duplicate } };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/devices/models/:code/stock-receipts',
    operationId: 'listDeviceStockReceipts',
    tag: 'catalog',
    summary: "A model's stock receipts, newest first; `before` (the last receivedAt of a page) gives the next page",
    access: ['operator'],
    params: modelParams,
    query: z
      .object({
        limit: z.coerce.number().int().min(1).max(200).default(50),
        before: z.iso.datetime({ offset: true }).optional(),
      })
      .strict(),
    responses: {
      200: { description: 'Receipts', schema: z.object({ items: z.array(receiptSchema), nextBefore: z.iso.datetime().nullable() }) },
    },
    handler: async ({ params, query, deps }) => {
      const items = await deps.stores.stock.history(params.code, {
        limit: query.limit,
        before: query.before ? new Date(query.before) : undefined,
      });
      if (!items) throw new NotFoundError('device model');
      const last = items.length === query.limit ? items[items.length - 1]! : undefined;
      return { body: { items: items.map(presentReceipt), nextBefore: last ? last.receivedAt.toISOString() : null } };
    },
  }),
];
