import { z } from 'zod';
import { UnauthenticatedError } from '../../domain/errors';
import type { Principal } from '../../domain/principal';
import type { Account, AccountPatch } from '../../db/accounts/accounts.store';
import { hashPassword, verifyPassword } from '../../lib/crypto';
import { defineRoute } from '../http/route';
import { checkPrefecture, normalisePhone, normalisePostalCode } from './profile';
import { emailSchema, languageSchema, loginIdSchema, nameSchema, passwordSchema } from '../schemas';

const accountSchema = z.object({
  id: z.uuid(),
  loginId: z.string(),
  email: z.string(),
  name: z.string(),
  language: languageSchema,
  contactName: z.string().nullable().describe('The contact person'),
  postalCode: z.string().nullable().describe('Seven digits, no hyphen'),
  prefecture: z.string().nullable(),
  address: z.string().nullable().describe('The address after the prefecture: city, street, building'),
  phone: z.string().nullable().describe('Digits only'),
  createdAt: z.iso.datetime(),
});

const present = (a: Account) => ({
  id: a.id,
  loginId: a.loginId,
  email: a.email,
  name: a.name,
  language: a.language,
  contactName: a.contactName,
  postalCode: a.postalCode,
  prefecture: a.prefecture,
  address: a.address,
  phone: a.phone,
  createdAt: a.createdAt.toISOString(),
});

const clearable = (schema: z.ZodString) => schema.nullable().optional();
const profilePatchSchema = z
  .object({
    email: emailSchema.optional(),
    name: nameSchema.optional().describe('The contract holder: the company, or the person'),
    language: languageSchema.optional(),
    contactName: clearable(nameSchema),
    postalCode: clearable(z.string().max(20)).describe('7 digits; 150-0002, 1500002 and full-width digits are accepted'),
    prefecture: clearable(z.string().max(10)).describe('One of the 47, as written in an address: 東京都'),
    address: clearable(z.string().trim().min(1).max(200)),
    phone: clearable(z.string().max(30)).describe('A Japanese number: 03-1234-5678, 090-1234-5678 or +81 3 1234 5678'),
  })
  .strict();

/** Normalises the contract data a customer typed; null clears a field. */
function profilePatch(body: z.infer<typeof profilePatchSchema>): AccountPatch {
  const { postalCode, prefecture, phone, ...rest } = body;
  const orNull = <T>(v: string | null | undefined, f: (s: string) => T) =>
    v === undefined ? undefined : v === null || v === '' ? null : f(v);
  return {
    ...rest,
    postalCode: orNull(postalCode, normalisePostalCode),
    prefecture: orNull(prefecture, checkPrefecture),
    phone: orNull(phone, normalisePhone),
  };
}

/** The account a customer login acts for (circle and unique logins carry it too). */
export const accountIdOf = (p: Principal | undefined): string => {
  if (!p || p.kind === 'staff') throw new UnauthenticatedError();
  return p.accountId;
};

/** Sign-up and the account's contract data. */
export const accountRoutes = [
  defineRoute({
    method: 'post',
    path: '/v1/accounts',
    operationId: 'createAccount',
    tag: 'account',
    summary: 'Open a customer account',
    access: 'public',
    idempotent: true,
    body: z
      .object({
        loginId: loginIdSchema,
        password: passwordSchema,
        email: emailSchema,
        name: nameSchema,
        language: languageSchema.default('ja'),
      })
      .strict(),
    responses: { 201: { description: 'The new account', schema: accountSchema } },
    handler: async ({ body, deps }) => {
      const account = await deps.stores.accounts.create({ ...body, passwordHash: await hashPassword(body.password) });
      return { status: 201, body: present(account) };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/account',
    operationId: 'getAccount',
    tag: 'account',
    summary: 'The logged-in account',
    access: ['account'],
    responses: { 200: { description: 'The account', schema: accountSchema } },
    handler: async ({ principal, deps }) => ({ body: present((await deps.stores.accounts.findById(accountIdOf(principal)))!) }),
  }),
  defineRoute({
    method: 'patch',
    path: '/v1/account',
    operationId: 'updateAccount',
    tag: 'account',
    summary: 'Change contract data: name, contact person, postal address, phone, mail address, language',
    description:
      'Send only the fields to change; null clears an optional one. A postal code that is not 7 digits (422 postal_code_invalid), an unknown prefecture (422 prefecture_unknown) or a phone number that is not 10-11 digits from 0 (422 phone_invalid) is refused with what is allowed.',
    access: ['account'],
    body: profilePatchSchema,
    responses: { 200: { description: 'The updated account', schema: accountSchema } },
    handler: async ({ principal, body, deps }) => ({
      body: present(await deps.stores.accounts.update(accountIdOf(principal), profilePatch(body))),
    }),
  }),
  defineRoute({
    method: 'post',
    path: '/v1/account/password',
    operationId: 'changePassword',
    tag: 'account',
    summary: "Change the account's password; every other session ends",
    access: ['account'],
    body: z.object({ currentPassword: z.string().min(1).max(128), newPassword: passwordSchema }).strict(),
    responses: {
      200: {
        description: 'Changed; a fresh token replaces the old one',
        schema: z.object({ token: z.string(), expiresAt: z.iso.datetime() }),
      },
    },
    handler: async ({ principal, body, deps }) => {
      const accountId = accountIdOf(principal);
      const account = await deps.stores.accounts.findById(accountId);
      const creds = account && (await deps.stores.accounts.findCredentials(account.loginId));
      if (!creds || !(await verifyPassword(body.currentPassword, creds.passwordHash)))
        throw new UnauthenticatedError('invalid_credentials');
      const hash = await hashPassword(body.newPassword);
      await deps.db.transaction(async (trx) => {
        await deps.stores.accounts.setPassword(accountId, hash, trx);
        await deps.stores.sessions.revokeAllForAccount(accountId, trx);
      });
      const session = await deps.stores.sessions.create({ kind: 'account', accountId }, deps.config.auth.sessionTtlMinutes);
      return { body: { token: session.token, expiresAt: session.expiresAt.toISOString() } };
    },
  }),
];
