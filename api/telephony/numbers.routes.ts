import { z } from 'zod';
import { NotFoundError } from '../../domain/errors';
import { NUMBER_KINDS } from '../../domain/telephony/catalog';
import { defineRoute } from '../http/route';
import { uuidSchema } from '../schemas';
import { cancelNumber, extendHold, holdNumber, releaseHold, searchNumbers } from './numbers.service';
import { holdSchema, numberOfferSchema, ownedNumberSchema, presentHold, presentOffer, presentOwned } from './present';
import { catalogNow } from './prices.service';
import { serviceScope } from './scope';

const holdParams = z.object({ holdId: uuidSchema });
const numberParams = z.object({ numberId: uuidSchema });

/** Number search, the cart (holds), owned numbers and their cancellation. */
export const numberRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/numbers/search',
    operationId: 'searchNumbers',
    tag: 'numbers',
    summary: 'Numbers available now (never one held by anyone or in quarantine)',
    access: ['account', 'circle'],
    query: z
      .object({
        kind: z.enum(NUMBER_KINDS).optional(),
        areaCode: z
          .string()
          .regex(/^[0-9]{1,5}$/, 'must be 1-5 digits')
          .optional(),
        contains: z
          .string()
          .regex(/^[0-9]{1,11}$/, 'must be 1-11 digits')
          .optional(),
        country: z
          .string()
          .regex(/^[A-Z]{2}$/, 'must be an ISO country code')
          .optional(),
        limit: z.coerce.number().int().min(1).max(200).default(20),
      })
      .strict(),
    responses: { 200: { description: 'Numbers on sale', schema: z.object({ items: z.array(numberOfferSchema) }) } },
    handler: async ({ query, deps }) => {
      const [numbers, catalog] = await Promise.all([searchNumbers(deps, query), catalogNow(deps)]);
      return { body: { items: numbers.map((n) => presentOffer(catalog, n)) } };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/numbers/holds',
    operationId: 'listNumberHolds',
    tag: 'numbers',
    summary: "The account's cart: numbers held for it and when each hold runs out",
    access: ['account', 'circle'],
    responses: { 200: { description: 'Holds', schema: z.object({ items: z.array(holdSchema) }) } },
    handler: async ({ principal, deps }) => {
      const [holds, catalog] = await Promise.all([deps.stores.numbers.listHolds(serviceScope(principal).accountId), catalogNow(deps)]);
      return { body: { items: holds.map((n) => presentHold(catalog, n)) } };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/numbers/holds',
    operationId: 'holdNumber',
    tag: 'numbers',
    summary: 'Put a number in the cart: held for this account for 30 minutes (configurable)',
    description: 'Of many callers holding one number at once, exactly one wins; the others get 409 number_unavailable.',
    access: ['account', 'circle'],
    body: z.object({ numberId: uuidSchema }).strict(),
    responses: { 201: { description: 'The hold', schema: holdSchema } },
    handler: async ({ principal, body, deps }) => {
      const held = await holdNumber(deps, principal, body.numberId);
      return { status: 201, body: presentHold(await catalogNow(deps), held) };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/numbers/holds/:holdId/extension',
    operationId: 'extendNumberHold',
    tag: 'numbers',
    summary: 'Hold the number for another full hold time from now',
    access: ['account', 'circle'],
    params: holdParams,
    responses: { 200: { description: 'The extended hold', schema: holdSchema } },
    handler: async ({ principal, params, deps }) => {
      const extended = await extendHold(deps, principal, params.holdId);
      return { body: presentHold(await catalogNow(deps), extended) };
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/v1/numbers/holds/:holdId',
    operationId: 'releaseNumberHold',
    tag: 'numbers',
    summary: 'Take a number out of the cart',
    access: ['account', 'circle'],
    params: holdParams,
    responses: { 204: { description: 'Released' } },
    handler: async ({ principal, params, deps }) => {
      if (!(await releaseHold(deps, principal, params.holdId))) throw new NotFoundError('hold');
      return { status: 204 };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/numbers',
    operationId: 'listOwnedNumbers',
    tag: 'numbers',
    summary: "The account's numbers (a circle login: its circle's), active or in quarantine",
    access: ['account', 'circle'],
    query: z.object({ circleId: uuidSchema.optional(), status: z.enum(['active', 'quarantine']).optional() }).strict(),
    responses: { 200: { description: 'Numbers', schema: z.object({ items: z.array(ownedNumberSchema) }) } },
    handler: async ({ principal, query, deps }) => {
      const scope = serviceScope(principal);
      if (scope.circleId && query.circleId && query.circleId !== scope.circleId) return { body: { items: [] } };
      const items = await deps.stores.numbers.listOwned(scope.accountId, {
        circleId: scope.circleId ?? query.circleId,
        status: query.status,
      });
      return { body: { items: items.map(presentOwned) } };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/numbers/:numberId',
    operationId: 'getOwnedNumber',
    tag: 'numbers',
    summary: 'One owned number',
    access: ['account', 'circle'],
    params: numberParams,
    responses: { 200: { description: 'The number', schema: ownedNumberSchema } },
    handler: async ({ principal, params, deps }) => {
      const scope = serviceScope(principal);
      return { body: presentOwned(await deps.stores.numbers.getOwned(scope.accountId, params.numberId, scope.circleId)) };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/numbers/:numberId/cancellation',
    operationId: 'cancelNumber',
    tag: 'numbers',
    summary: 'Cancel a number: billed to the end of this month, then 90 days of quarantine before resale',
    access: ['account', 'circle'],
    params: numberParams,
    responses: { 200: { description: 'The cancelled number', schema: ownedNumberSchema } },
    handler: async ({ principal, params, deps }) => ({ body: presentOwned(await cancelNumber(deps, principal, params.numberId)) }),
  }),
];
