import { z } from 'zod';
import { accountIdOf } from '../accounts/account.routes';
import { defineRoute } from '../http/route';
import { cardTokenSchema, uuidSchema } from '../schemas';
import { addCard, removeCard } from './cards.service';
import { cardSchema, presentCard } from './present';

/** Registered credit cards: list (brand, last 4, registered, last used), add by processor token, remove. */
export const cardRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/prepaid/cards',
    operationId: 'listCards',
    tag: 'prepaid',
    summary: 'Registered cards',
    access: ['account'],
    responses: { 200: { description: 'Cards', schema: z.object({ items: z.array(cardSchema) }) } },
    handler: async ({ principal, deps }) => ({ body: { items: (await deps.stores.cards.list(accountIdOf(principal))).map(presentCard) } }),
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
    responses: { 201: { description: 'The registered card', schema: cardSchema } },
    handler: async ({ principal, body, deps }) => ({
      status: 201,
      body: presentCard(await addCard(deps, accountIdOf(principal), body.cardToken)),
    }),
  }),
  defineRoute({
    method: 'delete',
    path: '/v1/prepaid/cards/:cardId',
    operationId: 'removeCard',
    tag: 'prepaid',
    summary: 'Remove a registered card',
    access: ['account'],
    params: z.object({ cardId: uuidSchema }),
    responses: { 204: { description: 'Removed' } },
    handler: async ({ principal, params, deps }) => {
      await removeCard(deps, accountIdOf(principal), params.cardId);
      return { status: 204 };
    },
  }),
];
