import { z } from 'zod';
import type { Principal } from '../../domain/principal';
import { accountIdOf } from '../accounts/account.routes';
import { defineRoute } from '../http/route';
import { uuidSchema } from '../schemas';
import { orderSchema, presentOrder, withThreeDsReturn } from './present';

/** The account (and, for a circle login, the circle) whose orders the caller sees. */
export const orderScope = (p: Principal | undefined) => ({
  accountId: accountIdOf(p),
  circleId: p?.kind === 'circle' ? p.circleId : undefined,
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
        kind: z.enum(['topup', 'services', 'devices']).optional(),
        status: z.string().max(40).optional(),
        limit: z.coerce.number().int().min(1).max(200).default(50),
        before: z.iso.datetime().optional(),
      })
      .strict(),
    responses: { 200: { description: 'A page of orders', schema: z.object({ items: z.array(orderSchema) }) } },
    handler: async ({ principal, query, deps }) => {
      const items = await deps.stores.orders.list(orderScope(principal), {
        ...query,
        before: query.before ? new Date(query.before) : undefined,
      });
      return { body: { items: items.map((o) => presentOrder(withThreeDsReturn(o, o.id, deps.config.publicBaseUrl))) } };
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
        schema: orderSchema.extend({
          events: z.array(z.object({ status: z.string(), note: z.string().nullable(), at: z.iso.datetime() })),
        }),
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
