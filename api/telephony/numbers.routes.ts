import { z } from 'zod';
import { NotFoundError } from '../../domain/errors';
import { NUMBER_KINDS } from '../../domain/telephony/catalog';
import { defineRoute, locationHeader } from '../http/route';
import { textIdCursor } from '../orders/keyset';
import { listQuerySchema, pageOf, toPage, wholeList } from '../page';
import { uuidSchema } from '../schemas';
import { cancelNumber, extendHold, holdNumber, releaseHold, searchNumbers } from './numbers.service';
import {
  holdExample,
  holdSchema,
  numberOfferSchema,
  offerExample,
  ownedNumberExample,
  ownedNumberSchema,
  presentHold,
  presentOffer,
  presentOwned,
} from './present';
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
        ...listQuerySchema.shape,
      })
      .strict(),
    responses: {
      200: {
        description: 'Numbers on sale, in number order',
        schema: pageOf(numberOfferSchema),
        example: { items: [offerExample], nextCursor: null },
      },
    },
    handler: async ({ query, deps }) => {
      const { cursor, ...filters } = query;
      const after = textIdCursor(cursor);
      const [numbers, catalog] = await Promise.all([
        searchNumbers(deps, { ...filters, after: after && { number: after.key, id: after.id } }),
        catalogNow(deps),
      ]);
      return {
        body: toPage(
          numbers,
          query.limit,
          (n) => presentOffer(catalog, n),
          (n) => [n.number, n.id],
        ),
      };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/numbers/holds',
    operationId: 'listNumberHolds',
    tag: 'numbers',
    summary: "The account's cart: numbers held for it and when each hold runs out",
    description: 'A cart is short: the whole cart is one page (nextCursor is always null).',
    access: ['account', 'circle'],
    query: listQuerySchema.strict(),
    responses: { 200: { description: 'Holds', schema: pageOf(holdSchema), example: { items: [holdExample], nextCursor: null } } },
    handler: async ({ principal, deps }) => {
      const [holds, catalog] = await Promise.all([deps.stores.numbers.listHolds(serviceScope(principal).accountId), catalogNow(deps)]);
      return { body: wholeList(holds.map((n) => presentHold(catalog, n))) };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/numbers/holds/:holdId',
    operationId: 'getNumberHold',
    tag: 'numbers',
    summary: 'One hold of the cart and when it runs out (a hold that ran out is 404)',
    access: ['account', 'circle'],
    params: holdParams,
    responses: { 200: { description: 'The hold', schema: holdSchema, example: holdExample } },
    handler: async ({ principal, params, deps }) => {
      const held = await deps.stores.numbers.getHold(serviceScope(principal).accountId, params.holdId);
      return { body: presentHold(await catalogNow(deps), held) };
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
    bodyExample: { numberId: offerExample.id },
    responses: {
      201: {
        description: 'The hold; Location is its address',
        schema: holdSchema,
        example: holdExample,
        headers: locationHeader(`/v1/numbers/holds/${holdExample.id}`),
      },
    },
    handler: async ({ principal, body, deps }) => {
      const hold = presentHold(await catalogNow(deps), await holdNumber(deps, principal, body.numberId));
      return { status: 201, headers: { location: `/v1/numbers/holds/${hold.id}` }, body: hold };
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
    responses: { 200: { description: 'The extended hold', schema: holdSchema, example: holdExample } },
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
    query: z
      .object({ circleId: uuidSchema.optional(), status: z.enum(['active', 'quarantine']).optional(), ...listQuerySchema.shape })
      .strict(),
    responses: {
      200: {
        description: 'Numbers, in number order',
        schema: pageOf(ownedNumberSchema),
        example: { items: [ownedNumberExample], nextCursor: null },
      },
    },
    handler: async ({ principal, query, deps }) => {
      const scope = serviceScope(principal);
      if (scope.circleId && query.circleId && query.circleId !== scope.circleId) return { body: wholeList([]) };
      const after = textIdCursor(query.cursor);
      const rows = await deps.stores.numbers.listOwned(scope.accountId, {
        circleId: scope.circleId ?? query.circleId,
        status: query.status,
        limit: query.limit,
        after: after && { number: after.key, id: after.id },
      });
      return { body: toPage(rows, query.limit, presentOwned, (n) => [n.number, n.id]) };
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
    responses: { 200: { description: 'The number', schema: ownedNumberSchema, example: ownedNumberExample } },
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
    responses: {
      200: {
        description: 'The cancelled number',
        schema: ownedNumberSchema,
        example: {
          ...ownedNumberExample,
          status: 'quarantine',
          cancelledAt: '2026-11-28T03:00:00.000Z',
          feeEndMonth: '2026-11',
          quarantineUntil: '2027-02-26T12:00:00+09:00',
        },
      },
    },
    handler: async ({ principal, params, deps }) => ({ body: presentOwned(await cancelNumber(deps, principal, params.numberId)) }),
  }),
];
