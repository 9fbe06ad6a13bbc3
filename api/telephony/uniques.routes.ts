import { z } from 'zod';
import { defineRoute } from '../http/route';
import { textIdCursor } from '../orders/keyset';
import { listQuerySchema, pageOf, toPage, wholeList } from '../page';
import { passwordSchema, uuidSchema } from '../schemas';
import {
  credentialsExample,
  credentialsSchema,
  offerExample,
  presentUnique,
  settingsExample,
  settingsSchema,
  uniqueSummaryExample,
  uniqueSummarySchema,
} from './present';
import { serviceScope } from './scope';
import { cancelUnique, getSettings, resetSipPassword, setUniqueLoginPassword, updateSettings } from './uniques.service';

const uniqueParams = z.object({ uniqueId: uuidSchema });
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

const settingsBody = z
  .object({
    name: optionalText(100),
    affiliation: optionalText(100),
    guestManagementNumber: optionalText(20),
    englishAnnouncement: z.boolean().optional(),
    pickupGroup: z.number().int().min(1).max(99).nullable().optional(),
    pickupNotification: z.boolean().optional(),
    pickupNotificationNumber: z.string().max(20).nullable().optional(),
    pickupNotificationVoice: z.boolean().optional(),
    notes: optionalText(1000),
    incomingNumberIds: z
      .array(uuidSchema)
      .max(50)
      .optional()
      .describe('numbers of the same circle whose calls ring here (required: at least one; an empty list is refused)'),
    callerId: z
      .union([uuidSchema, z.literal('prohibited')])
      .nullable()
      .optional()
      .describe('a number of the circle, or "prohibited" to block every outside call (required: null is refused)'),
    incomingExtension: z.string().max(10).optional().describe('2-5 digits, unique within the circle'),
    outgoingExtension: z.string().max(20).optional().describe('"same_as_incoming" or 2-5 digits'),
  })
  .strict();

/** Uniques: list, the settings screen, logins, SIP password reset, cancellation. */
export const uniqueRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/uniques',
    operationId: 'listUniques',
    tag: 'uniques',
    summary: "The account's uniques (a circle login: its circle's; a unique login: itself)",
    access: ['account', 'circle', 'unique'],
    query: z.object({ circleId: uuidSchema.optional(), ...listQuerySchema.shape }).strict(),
    responses: {
      200: {
        description: 'Uniques, in code order',
        schema: pageOf(uniqueSummarySchema),
        example: { items: [uniqueSummaryExample], nextCursor: null },
      },
    },
    handler: async ({ principal, query, deps }) => {
      const scope = serviceScope(principal);
      if (scope.circleId && query.circleId && query.circleId !== scope.circleId) return { body: wholeList([]) };
      const after = textIdCursor(query.cursor);
      const rows = await deps.stores.uniques.list(
        { ...scope, circleId: scope.circleId ?? query.circleId },
        { limit: query.limit, after: after && { code: after.key, id: after.id } },
      );
      return { body: toPage(rows, query.limit, presentUnique, (u) => [u.code ?? '', u.id]) };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/uniques/:uniqueId/settings',
    operationId: 'getUniqueSettings',
    tag: 'uniques',
    summary: 'The unique settings screen (§4)',
    access: ['account', 'circle', 'unique'],
    params: uniqueParams,
    responses: { 200: { description: 'Settings', schema: settingsSchema, example: settingsExample } },
    handler: async ({ principal, params, deps }) => ({ body: await getSettings(deps, principal, params.uniqueId) }),
  }),
  defineRoute({
    method: 'patch',
    path: '/v1/uniques/:uniqueId/settings',
    operationId: 'updateUniqueSettings',
    tag: 'uniques',
    summary: 'Save settings; a broken rule is a 422 naming the field and the rule',
    description:
      'Every broken rule is reported: the problem names the first (code, field, detail) and, when there are several, lists each in errors[] with its field and message.',
    access: ['account', 'circle', 'unique'],
    params: uniqueParams,
    body: settingsBody,
    bodyExample: {
      name: '山田 太郎',
      affiliation: '営業部',
      incomingNumberIds: [offerExample.id],
      callerId: offerExample.id,
      incomingExtension: '201',
    },
    responses: { 200: { description: 'Updated settings', schema: settingsSchema, example: settingsExample } },
    handler: async ({ principal, params, body, lang, deps }) => ({
      body: await updateSettings(deps, principal, params.uniqueId, body, lang),
    }),
  }),
  defineRoute({
    method: 'put',
    path: '/v1/uniques/:uniqueId/login-password',
    operationId: 'setUniqueLoginPassword',
    tag: 'uniques',
    summary: "Set the password of the unique's own login (the Unique login tab)",
    access: ['account', 'circle'],
    params: uniqueParams,
    body: z.object({ password: passwordSchema }).strict(),
    bodyExample: { password: 'Hikari-2026-Shibuya' },
    responses: { 204: { description: 'Set' } },
    handler: async ({ principal, params, body, deps }) => {
      await setUniqueLoginPassword(deps, principal, params.uniqueId, body.password);
      return { status: 204 };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/uniques/:uniqueId/sip-password',
    operationId: 'resetUniqueSipPassword',
    tag: 'uniques',
    summary: 'Issue a new SIP password (pushed to the PBX; shown only in this answer)',
    access: ['account', 'circle'],
    params: uniqueParams,
    responses: { 200: { description: 'New credentials', schema: credentialsSchema, example: credentialsExample } },
    handler: async ({ principal, params, deps }) => ({ body: await resetSipPassword(deps, principal, params.uniqueId) }),
  }),
  defineRoute({
    method: 'post',
    path: '/v1/uniques/:uniqueId/cancellation',
    operationId: 'cancelUnique',
    tag: 'uniques',
    summary: 'Cancel a unique: off the PBX now, billed to the end of this month',
    access: ['account', 'circle'],
    params: uniqueParams,
    responses: {
      200: {
        description: 'The cancelled unique',
        schema: uniqueSummarySchema,
        example: {
          ...uniqueSummaryExample,
          status: 'cancelled',
          canLogIn: false,
          cancelledAt: '2026-11-28T03:00:00.000Z',
          feeEndMonth: '2026-11',
        },
      },
    },
    handler: async ({ principal, params, deps }) => ({ body: presentUnique(await cancelUnique(deps, principal, params.uniqueId)) }),
  }),
];
