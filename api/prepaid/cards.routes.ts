import { z } from 'zod';
import { NotFoundError } from '../../domain/errors';
import { accountIdOf } from '../accounts/account.routes';
import { defineRoute, locationHeader } from '../http/route';
import { listQuerySchema, pageOf, wholeList } from '../page';
import { cardTokenSchema, uuidSchema } from '../schemas';
import { addCard, removeCard } from './cards.service';
import { cardExample } from './examples';
import { cardSchema, presentCard } from './present';

const cardParams = z.object({ cardId: uuidSchema });

/** Registered credit cards: list (brand, last 4, registered, last used), add by processor token, read, remove. */
export const cardRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/prepaid/cards',
    operationId: 'listCards',
    tag: 'prepaid',
    summary: 'Registered cards',
    description: 'An account has a few cards: the answer is always one whole page (nextCursor null).',
    access: ['account'],
    query: listQuerySchema.strict(),
    responses: { 200: { description: 'Cards', schema: pageOf(cardSchema), example: { items: [cardExample], nextCursor: null } } },
    handler: async ({ principal, deps }) => ({ body: wholeList((await deps.stores.cards.list(accountIdOf(principal))).map(presentCard)) }),
  }),
  defineRoute({
    method: 'post',
    path: '/v1/prepaid/cards',
    operationId: 'addCard',
    tag: 'prepaid',
    summary: "Register a card from the processor's token (the card number never reaches this API)",
    access: ['account'],
    idempotent: true,
    body: z.object({ cardToken: cardTokenSchema }).strict(),
    bodyExample: { cardToken: 'tok_9fK2mQ7xLp4Rz8Tb' },
    responses: {
      201: {
        description: 'The registered card (and a Location header)',
        schema: cardSchema,
        example: cardExample,
        headers: locationHeader('/v1/prepaid/cards/{cardId}'),
      },
    },
    handler: async ({ principal, body, deps }) => {
      const card = presentCard(await addCard(deps, accountIdOf(principal), body.cardToken));
      return { status: 201, body: card, headers: { location: `/v1/prepaid/cards/${card.id}` } };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/prepaid/cards/:cardId',
    operationId: 'getCard',
    tag: 'prepaid',
    summary: 'One registered card',
    access: ['account'],
    params: cardParams,
    responses: { 200: { description: 'The card', schema: cardSchema, example: cardExample } },
    handler: async ({ principal, params, deps }) => {
      const card = await deps.stores.cards.find(accountIdOf(principal), params.cardId);
      if (!card) throw new NotFoundError('card');
      return { body: presentCard(card) };
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/v1/prepaid/cards/:cardId',
    operationId: 'removeCard',
    tag: 'prepaid',
    summary: 'Remove a registered card',
    access: ['account'],
    params: cardParams,
    responses: { 204: { description: 'Removed' } },
    handler: async ({ principal, params, deps }) => {
      await removeCard(deps, accountIdOf(principal), params.cardId);
      return { status: 204 };
    },
  }),
];
