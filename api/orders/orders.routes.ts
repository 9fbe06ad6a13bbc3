import { z } from 'zod';
import type { Principal } from '../../domain/principal';
import { ORDER_KINDS } from '../../db/orders/orders.store';
import { accountIdOf } from '../accounts/account.routes';
import { defineRoute } from '../http/route';
import { listQuerySchema, pageOf, toPage } from '../page';
import { uuidSchema } from '../schemas';
import { timeIdCursor, timeIdKey } from './keyset';
import { orderExample, orderSchema, presentOrder, withThreeDsReturn } from './present';

/** The account (and, for a circle login, the circle) whose orders the caller sees. */
export const orderScope = (p: Principal | undefined) => ({
  accountId: accountIdOf(p),
  circleId: p?.kind === 'circle' ? p.circleId : undefined,
});

const orderWithEventsSchema = orderSchema.extend({
  events: z.array(z.object({ status: z.string(), note: z.string().nullable(), at: z.iso.datetime({ offset: true }) })),
});

/** Order list and status pages, read from PostgreSQL, never from a workflow query. */
export const orderRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/orders',
    operationId: 'listOrders',
    tag: 'orders',
    summary: 'Orders of every kind, newest first',
    access: ['account', 'circle'],
    query: z
      .object({
        kind: z.enum(ORDER_KINDS).optional(),
        status: z.string().max(40).optional(),
        ...listQuerySchema.shape,
      })
      .strict(),
    responses: {
      200: {
        description: 'A page of orders',
        schema: pageOf(orderSchema),
        example: { items: [orderExample], nextCursor: null },
      },
    },
    handler: async ({ principal, query, deps }) => {
      const after = timeIdCursor(query.cursor);
      const rows = await deps.stores.orders.list(orderScope(principal), {
        kind: query.kind,
        status: query.status,
        limit: query.limit,
        after: after && { createdAt: after.at, id: after.id },
      });
      const present = (o: (typeof rows)[number]) => presentOrder(withThreeDsReturn(o, o.id, deps.config.publicBaseUrl));
      return { body: toPage(rows, query.limit, present, (o) => timeIdKey(o.createdAt, o.id)) };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/orders/:orderId',
    operationId: 'getOrder',
    tag: 'orders',
    summary: 'One order: status, amounts, what the customer must do next, and its history',
    access: ['account', 'circle'],
    params: z.object({ orderId: uuidSchema }),
    responses: {
      200: {
        description: 'The order',
        schema: orderWithEventsSchema,
        example: {
          ...orderExample,
          events: [{ status: 'processing', note: null, at: '2026-11-28T01:15:42.120Z' }],
        },
      },
    },
    handler: async ({ principal, params, deps }) => {
      const order = await deps.stores.orders.getVisible(params.orderId, orderScope(principal));
      const events = await deps.stores.orders.events(order.id);
      return {
        body: {
          ...presentOrder(withThreeDsReturn(order, order.id, deps.config.publicBaseUrl)),
          events: events.map((e) => ({ ...e, at: e.at.toISOString() })),
        },
      };
    },
  }),
];
