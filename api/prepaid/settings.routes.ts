import { z } from 'zod';
import type { PrepaidSettings } from '../../db/prepaid/prepaid-settings.store';
import { accountIdOf } from '../accounts/account.routes';
import { defineRoute } from '../http/route';
import { saveSettings } from './settings.service';

const settingsSchema = z.object({
  lowBalanceThreshold: z.number().int().min(0).max(100_000_000).nullable(),
  autoTopup: z
    .object({ enabled: z.boolean(), amount: z.number().int().safe().positive().nullable(), cardId: z.uuid().nullable() })
    .strict(),
});

const present = (s: PrepaidSettings) => ({ lowBalanceThreshold: s.lowBalanceThreshold, autoTopup: s.autoTopup });

/** Prepaid settings: the low-balance notice threshold and the automatic top-up by registered card. */
export const prepaidSettingsRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/prepaid/settings',
    operationId: 'getPrepaidSettings',
    tag: 'prepaid',
    summary: 'Low-balance threshold and automatic top-up',
    access: ['account'],
    responses: { 200: { description: 'Settings', schema: settingsSchema } },
    handler: async ({ principal, deps }) => ({ body: present(await deps.stores.prepaidSettings.get(accountIdOf(principal))) }),
  }),
  defineRoute({
    method: 'put',
    path: '/v1/prepaid/settings',
    operationId: 'putPrepaidSettings',
    tag: 'prepaid',
    summary: 'Set the low-balance threshold (mail when the balance falls below it) and the automatic top-up',
    access: ['account'],
    body: settingsSchema.strict(),
    responses: { 200: { description: 'Saved settings', schema: settingsSchema } },
    handler: async ({ principal, body, deps }) => ({ body: present(await saveSettings(deps, accountIdOf(principal), body)) }),
  }),
];
