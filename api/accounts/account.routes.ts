import { z } from 'zod';
import { UnauthenticatedError } from '../../domain/errors';
import type { Principal } from '../../domain/principal';
import type { Account } from '../../db/accounts/accounts.store';
import { hashPassword, verifyPassword } from '../../lib/crypto';
import { defineRoute } from '../http/route';
import { emailSchema, languageSchema, loginIdSchema, nameSchema, passwordSchema } from '../schemas';

const accountSchema = z.object({
  id: z.uuid(),
  loginId: z.string(),
  email: z.string(),
  name: z.string(),
  language: languageSchema,
  createdAt: z.iso.datetime(),
});

const present = (a: Account) => ({
  id: a.id,
  loginId: a.loginId,
  email: a.email,
  name: a.name,
  language: a.language,
  createdAt: a.createdAt.toISOString(),
});

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
    summary: 'Change contract data: name, mail address, language',
    access: ['account'],
    body: z.object({ email: emailSchema.optional(), name: nameSchema.optional(), language: languageSchema.optional() }).strict(),
    responses: { 200: { description: 'The updated account', schema: accountSchema } },
    handler: async ({ principal, body, deps }) => ({ body: present(await deps.stores.accounts.update(accountIdOf(principal), body)) }),
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
