import { z } from 'zod';
import { UnauthenticatedError } from '../../domain/errors';
import type { Principal } from '../../domain/principal';
import type { Account, AccountPatch } from '../../db/accounts/accounts.store';
import { hashPassword, verifyPassword } from '../../lib/crypto';
import { toE164, toNationalDisplay } from '../../domain/telephony/e164';
import { defineRoute, locationHeader } from '../http/route';
import { checkPrefecture, normalisePhone, normalisePostalCode } from './profile';
import { e164Schema, emailSchema, languageSchema, loginIdSchema, nameSchema, nationalDisplaySchema, passwordSchema } from '../schemas';

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
  phone: e164Schema.nullable().describe('E.164: +81312345678'),
  phoneDisplay: nationalDisplaySchema.nullable().describe('The national form: 03-1234-5678'),
  createdAt: z.iso.datetime({ offset: true }),
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
  phone: a.phone === null ? null : toE164(a.phone),
  phoneDisplay: a.phone === null ? null : toNationalDisplay(a.phone),
  createdAt: a.createdAt.toISOString(),
});

const accountExample = {
  id: '3f2b8c1e-5a4d-4e6f-9b7a-2c1d0e9f8a7b',
  loginId: 'yamada-shoji',
  email: 'info@yamada-shoji.co.jp',
  name: '山田商事株式会社',
  language: 'ja',
  contactName: '山田 太郎',
  postalCode: '1500002',
  prefecture: '東京都',
  address: '渋谷区渋谷2-21-1 渋谷ヒカリエ12階',
  phone: '+81312345678',
  phoneDisplay: '03-1234-5678',
  createdAt: '2026-04-01T00:30:00.000Z',
};
const newAccountExample = {
  ...accountExample,
  contactName: null,
  postalCode: null,
  prefecture: null,
  address: null,
  phone: null,
  phoneDisplay: null,
};

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
    bodyExample: {
      loginId: 'yamada-shoji',
      password: 'Yamada-2026-pbx',
      email: 'info@yamada-shoji.co.jp',
      name: '山田商事株式会社',
      language: 'ja',
    },
    responses: {
      201: {
        description: 'The new account; Location is GET /v1/account, readable once logged in',
        schema: accountSchema,
        example: newAccountExample,
        headers: locationHeader('/v1/account'),
      },
    },
    handler: async ({ body, deps }) => {
      const account = await deps.stores.accounts.create({ ...body, passwordHash: await hashPassword(body.password) });
      return { status: 201, body: present(account), headers: { location: '/v1/account' } };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/account',
    operationId: 'getAccount',
    tag: 'account',
    summary: 'The logged-in account',
    access: ['account'],
    responses: { 200: { description: 'The account', schema: accountSchema, example: accountExample } },
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
    bodyExample: {
      contactName: '山田 太郎',
      postalCode: '150-0002',
      prefecture: '東京都',
      address: '渋谷区渋谷2-21-1 渋谷ヒカリエ12階',
      phone: '03-1234-5678',
    },
    responses: { 200: { description: 'The updated account', schema: accountSchema, example: accountExample } },
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
    bodyExample: { currentPassword: 'Yamada-2026-pbx', newPassword: 'Shibuya-Hikarie-12F' },
    responses: {
      200: {
        description: 'Changed; a fresh token replaces the old one',
        schema: z.object({ token: z.string(), expiresAt: z.iso.datetime({ offset: true }) }),
        example: { token: 'Yq3vN8kP2xR7tL5mW9cB4hJ6dF1gS0aZ', expiresAt: '2026-11-28T08:00:00.000Z' },
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
