import { z } from 'zod';
import type { Contact } from '../../db/telephony/contacts.store';
import { defineRoute } from '../http/route';
import { nameSchema, uuidSchema } from '../schemas';
import { visibleCircle } from './scope';

const contactSchema = z.object({
  id: z.uuid(),
  circleId: z.uuid(),
  name: z.string(),
  nameKana: z.string().nullable(),
  company: z.string().nullable(),
  number: z.string(),
  notes: z.string().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

const present = (c: Contact) => ({ ...c, createdAt: c.createdAt.toISOString(), updatedAt: c.updatedAt.toISOString() });

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
    query: z.object({ q: z.string().trim().max(100).optional(), limit: z.coerce.number().int().min(1).max(500).default(100) }).strict(),
    responses: { 200: { description: 'Contacts', schema: z.object({ items: z.array(contactSchema) }) } },
    handler: async ({ principal, params, query, deps }) => {
      await visibleCircle(deps, principal, params.circleId);
      return { body: { items: (await deps.stores.contacts.search(params.circleId, query)).map(present) } };
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
    responses: { 201: { description: 'The contact', schema: contactSchema } },
    handler: async ({ principal, params, body, deps }) => {
      const circle = await visibleCircle(deps, principal, params.circleId);
      return { status: 201, body: present(await deps.stores.contacts.create(circle.accountId, circle.id, body)) };
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
    responses: { 200: { description: 'The contact', schema: contactSchema } },
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
