import { z } from 'zod';
import type { PrepaidSettings } from '../../db/prepaid/prepaid-settings.store';
import { accountIdOf } from '../accounts/account.routes';
import { defineRoute } from '../http/route';
import { CURRENCY, currencySchema } from '../schemas';
import { CARD_ID } from './examples';
import { saveSettings } from './settings.service';

const thresholdSchema = z.number().int().min(0).max(100_000_000).nullable().describe('Yen; null: no low-balance mail');
const amountSchema = z.number().int().safe().positive().nullable().describe('Yen topped up each time');

const settingsBodySchema = z
  .object({
    lowBalanceThreshold: thresholdSchema,
    autoTopup: z.object({ enabled: z.boolean(), amount: amountSchema, cardId: z.uuid().nullable() }).strict(),
  })
  .strict();

const settingsSchema = z.object({
  lowBalanceThreshold: thresholdSchema,
  currency: currencySchema,
  autoTopup: z.object({ enabled: z.boolean(), amount: amountSchema, currency: currencySchema, cardId: z.uuid().nullable() }),
});

const present = (s: PrepaidSettings) => ({
  lowBalanceThreshold: s.lowBalanceThreshold,
  currency: CURRENCY,
  autoTopup: { ...s.autoTopup, currency: CURRENCY },
});

const bodyExample = { lowBalanceThreshold: 3000, autoTopup: { enabled: true, amount: 10000, cardId: CARD_ID } };
const example = {
  lowBalanceThreshold: 3000,
  currency: 'JPY',
  autoTopup: { enabled: true, amount: 10000, currency: 'JPY', cardId: CARD_ID },
};

/** Prepaid settings: the low-balance notice threshold and the automatic top-up by registered card. */
export const prepaidSettingsRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/prepaid/settings',
    operationId: 'getPrepaidSettings',
    tag: 'prepaid',
    summary: 'Low-balance threshold and automatic top-up',
    access: ['account'],
    responses: { 200: { description: 'Settings', schema: settingsSchema, example } },
    handler: async ({ principal, deps }) => ({ body: present(await deps.stores.prepaidSettings.get(accountIdOf(principal))) }),
  }),
  defineRoute({
    method: 'put',
    path: '/v1/prepaid/settings',
    operationId: 'putPrepaidSettings',
    tag: 'prepaid',
    summary: 'Set the low-balance threshold (mail when the balance falls below it) and the automatic top-up',
    access: ['account'],
    body: settingsBodySchema,
    bodyExample,
    responses: { 200: { description: 'Saved settings', schema: settingsSchema, example } },
    handler: async ({ principal, body, deps }) => ({ body: present(await saveSettings(deps, accountIdOf(principal), body)) }),
  }),
];
