import { z } from 'zod';
import type { Contact } from '../../db/telephony/contacts.store';
import { toNationalDisplay } from '../../domain/telephony/e164';
import { defineRoute, locationHeader } from '../http/route';
import { textIdCursor } from '../orders/keyset';
import { listQuerySchema, pageOf, toPage } from '../page';
import { e164Schema, nameSchema, nationalDisplaySchema, uuidSchema } from '../schemas';
import { e164OrNull } from './present';
import { visibleCircle } from './scope';

const contactSchema = z.object({
  id: z.uuid(),
  circleId: z.uuid(),
  name: z.string(),
  nameKana: z.string().nullable(),
  company: z.string().nullable(),
  number: e164Schema.nullable().describe('null for a short number (110) or an extension, which have no E.164: see the display'),
  numberDisplay: nationalDisplaySchema.describe('The form a person reads (03-1234-5678), or the short number as dialled'),
  notes: z.string().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});

const present = (c: Contact) => ({
  ...c,
  number: e164OrNull(c.number),
  numberDisplay: toNationalDisplay(c.number),
  createdAt: c.createdAt.toISOString(),
  updatedAt: c.updatedAt.toISOString(),
});

const contactExample = {
  id: '3e9b5d21-7c4f-4a86-b0d3-8f1a6c2e9b47',
  circleId: '9a1d7e34-2b6f-4c58-8e0a-3f7b1c9d5e22',
  name: '佐藤 花子',
  nameKana: 'サトウ ハナコ',
  company: '株式会社さくら商事',
  number: '+81312345678',
  numberDisplay: '03-1234-5678',
  notes: '経理担当',
  createdAt: '2026-11-28T01:30:00.000Z',
  updatedAt: '2026-11-28T01:30:00.000Z',
} satisfies z.input<typeof contactSchema>;

const contactLocation = (c: { circleId: string; id: string }) => `/v1/circles/${c.circleId}/contacts/${c.id}`;

// Digits with an optional leading + (overseas); hyphens are for people, not for dialling.
const dialSchema = z.string().regex(/^\+?[0-9]{2,15}$/, 'must be 2-15 digits, optionally starting with +');
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const contactFields = {
  name: nameSchema,
  nameKana: optionalText(100),
  company: optionalText(100),
  number: dialSchema,
  notes: optionalText(500),
};
const circleParams = z.object({ circleId: uuidSchema });
const contactParams = z.object({ circleId: uuidSchema, contactId: uuidSchema });

/** The circle phone book (電話帳). */
export const phonebookRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/circles/:circleId/contacts',
    operationId: 'searchContacts',
    tag: 'circles',
    summary: "Search the circle's phone book by name, kana, company or number",
    access: ['account', 'circle', 'unique'],
    params: circleParams,
    query: z.object({ q: z.string().trim().max(100).optional(), ...listQuerySchema.shape }).strict(),
    responses: {
      200: { description: 'Contacts, by name', schema: pageOf(contactSchema), example: { items: [contactExample], nextCursor: null } },
    },
    handler: async ({ principal, params, query, deps }) => {
      await visibleCircle(deps, principal, params.circleId);
      const after = textIdCursor(query.cursor);
      const rows = await deps.stores.contacts.search(params.circleId, {
        q: query.q,
        limit: query.limit,
        after: after && { name: after.key, id: after.id },
      });
      return { body: toPage(rows, query.limit, present, (c) => [c.name, c.id]) };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/circles/:circleId/contacts/:contactId',
    operationId: 'getContact',
    tag: 'circles',
    summary: 'One contact of the phone book',
    access: ['account', 'circle', 'unique'],
    params: contactParams,
    responses: { 200: { description: 'The contact', schema: contactSchema, example: contactExample } },
    handler: async ({ principal, params, deps }) => {
      await visibleCircle(deps, principal, params.circleId);
      return { body: present(await deps.stores.contacts.get(params.circleId, params.contactId)) };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/circles/:circleId/contacts',
    operationId: 'addContact',
    tag: 'circles',
    summary: 'Add a contact to the phone book',
    access: ['account', 'circle'],
    idempotent: true,
    params: circleParams,
    body: z.object(contactFields).strict(),
    bodyExample: { name: '佐藤 花子', nameKana: 'サトウ ハナコ', company: '株式会社さくら商事', number: '0312345678', notes: '経理担当' },
    responses: {
      201: {
        description: 'The contact; Location is its address',
        schema: contactSchema,
        example: contactExample,
        headers: locationHeader(contactLocation(contactExample)),
      },
    },
    handler: async ({ principal, params, body, deps }) => {
      const circle = await visibleCircle(deps, principal, params.circleId);
      const contact = present(await deps.stores.contacts.create(circle.accountId, circle.id, body));
      return { status: 201, headers: { location: contactLocation(contact) }, body: contact };
    },
  }),
  defineRoute({
    method: 'patch',
    path: '/v1/circles/:circleId/contacts/:contactId',
    operationId: 'updateContact',
    tag: 'circles',
    summary: 'Edit a contact',
    access: ['account', 'circle'],
    params: contactParams,
    body: z.object({ ...contactFields, name: nameSchema.optional(), number: dialSchema.optional() }).strict(),
    bodyExample: { company: '株式会社さくら商事 大阪支店', number: '0667891234' },
    responses: { 200: { description: 'The contact', schema: contactSchema, example: contactExample } },
    handler: async ({ principal, params, body, deps }) => {
      await visibleCircle(deps, principal, params.circleId);
      return { body: present(await deps.stores.contacts.update(params.circleId, params.contactId, body)) };
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/v1/circles/:circleId/contacts/:contactId',
    operationId: 'removeContact',
    tag: 'circles',
    summary: 'Remove a contact',
    access: ['account', 'circle'],
    params: contactParams,
    responses: { 204: { description: 'Removed' } },
    handler: async ({ principal, params, deps }) => {
      await visibleCircle(deps, principal, params.circleId);
      await deps.stores.contacts.remove(params.circleId, params.contactId);
      return { status: 204 };
    },
  }),
];
