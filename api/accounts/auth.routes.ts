import { z } from 'zod';
import { emailSchema, loginIdSchema, messageSchema, passwordSchema } from '../schemas';
import { defineRoute } from '../http/route';
import { checkResetLink, login, requestLoginIdReminder, requestPasswordReminder, resetPassword } from './auth.service';
import { clearedSessionCookie, csrfTokenFor, secureCookies, sessionCookie, sessionTokenFromCookie } from '../http/session-cookie';

const principalSchema = z.object({
  kind: z.enum(['account', 'circle', 'unique', 'staff']),
  accountId: z.uuid().optional(),
  circleId: z.uuid().optional(),
  uniqueId: z.uuid().optional(),
  staffId: z.uuid().optional(),
  role: z.enum(['operator', 'warehouse', 'admin']).optional(),
  mustChangePassword: z
    .boolean()
    .optional()
    .describe('a staff password an administrator set: replace it first (POST /v1/staff/me/password)'),
});

const sessionSchema = z.object({
  token: z.string().optional().describe('The bearer token (token sessions only)'),
  csrfToken: z.string().optional().describe('Send it as X-CSRF-Token with every state-changing request (cookie sessions only)'),
  expiresAt: z.iso.datetime({ offset: true }),
  principal: principalSchema,
});

const ACCOUNT_ID = '3f2b8c1e-5a4d-4e6f-9b7a-2c1d0e9f8a7b';
const sessionExample = {
  token: 'Yq3vN8kP2xR7tL5mW9cB4hJ6dF1gS0aZ',
  expiresAt: '2026-11-28T08:00:00.000Z',
  principal: { kind: 'account', accountId: ACCOUNT_ID },
};
const TOKEN_EXAMPLE = 'p7Hc2Kq9Xw4Rt6Ym1Nb8Vd3Lf5Gs0Jz';

/** Login tabs, logout, the password reminder and reset. */
export const authRoutes = [
  defineRoute({
    method: 'post',
    path: '/v1/auth/login',
    operationId: 'login',
    tag: 'auth',
    summary: 'Log in on the account, circle or unique tab, or as staff',
    description:
      'A disabled member of staff is refused like a wrong password (401 invalid_credentials). Every staff attempt, successful or not, is in the staff audit log.',
    access: 'public',
    body: z
      .object({
        kind: z.enum(['account', 'circle', 'unique', 'staff']),
        loginId: z.string().min(1).max(64),
        password: z.string().min(1).max(128),
        session: z
          .enum(['token', 'cookie'])
          .optional()
          .describe('token (default): a bearer token for programs; cookie: an HttpOnly cookie and a CSRF token, for the browser screens'),
      })
      .strict(),
    bodyExample: { kind: 'account', loginId: 'yamada-shoji', password: 'Yamada-2026-pbx' },
    responses: { 200: { description: 'A new session', schema: sessionSchema, example: sessionExample } },
    auditedLogin: (body) => {
      const b = body as { kind?: unknown; loginId?: unknown } | undefined;
      return b?.kind === 'staff' && typeof b.loginId === 'string' && b.loginId ? b.loginId : undefined;
    },
    handler: async ({ body, ip, deps }) => {
      const s = await login(deps, { kind: body.kind, loginId: body.loginId, password: body.password, ip });
      const expiresAt = s.expiresAt.toISOString();
      if (body.session !== 'cookie') return { body: { token: s.token, expiresAt, principal: s.principal } };
      return {
        headers: { 'set-cookie': sessionCookie(s.token, s.expiresAt, secureCookies(deps.config.publicBaseUrl)) },
        body: { csrfToken: csrfTokenFor(deps.config.secret, s.token), expiresAt, principal: s.principal },
      };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/auth/logout',
    operationId: 'logout',
    tag: 'auth',
    summary: 'End the current session',
    access: ['account', 'circle', 'unique', 'operator', 'warehouse', 'admin'],
    responses: { 204: { description: 'Logged out' } },
    handler: async ({ headers, deps }) => {
      const bearer = /^Bearer (\S+)$/.exec(String(headers.authorization ?? ''))?.[1];
      const token = bearer ?? sessionTokenFromCookie(String(headers.cookie ?? ''));
      if (token) await deps.stores.sessions.revoke(token);
      if (bearer) return { status: 204 };
      return { status: 204, headers: { 'set-cookie': clearedSessionCookie(secureCookies(deps.config.publicBaseUrl)) } };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/auth/session',
    operationId: 'getSession',
    tag: 'auth',
    summary: 'Who the current session belongs to',
    access: ['account', 'circle', 'unique', 'operator', 'warehouse', 'admin'],
    responses: {
      200: {
        description: 'The principal (and, for a cookie session, its CSRF token)',
        schema: principalSchema.extend({ csrfToken: z.string().optional() }),
        example: sessionExample.principal,
      },
    },
    handler: async ({ principal, headers, deps }) => {
      const cookieToken = headers.authorization ? undefined : sessionTokenFromCookie(String(headers.cookie ?? ''));
      return { body: { ...principal, ...(cookieToken ? { csrfToken: csrfTokenFor(deps.config.secret, cookieToken) } : {}) } };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/auth/password-reminder',
    operationId: 'requestPasswordReminder',
    tag: 'auth',
    summary: 'Mail a password reset link to the registered address',
    description: 'Always answers 202, whether the login ID exists or not. The link is valid for 30 minutes and works once.',
    access: 'public',
    body: z.object({ loginId: loginIdSchema }).strict(),
    bodyExample: { loginId: 'yamada-shoji' },
    responses: {
      202: {
        description: 'Accepted',
        schema: messageSchema,
        example: { message: '登録されたメールアドレスにパスワード再設定のご案内を送信しました。' },
      },
    },
    handler: async ({ body, ip, deps, lang }) => {
      await requestPasswordReminder(deps, { loginId: body.loginId, ip });
      const message =
        lang === 'ja'
          ? '登録されたメールアドレスにパスワード再設定のご案内を送信しました。'
          : 'If the login ID is registered, a reset link has been mailed to its address.';
      return { status: 202, body: { message } };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/auth/password-reset',
    operationId: 'resetPassword',
    tag: 'auth',
    summary: 'Set a new password with the token from the reminder mail',
    description:
      'The link works once: a used link answers 410 reset_link_used, one past its 30 minutes 410 reset_link_expired, anything else 400 invalid_reset_token.',
    access: 'public',
    body: z.object({ token: z.string().min(10).max(200), newPassword: passwordSchema }).strict(),
    bodyExample: { token: TOKEN_EXAMPLE, newPassword: 'Shibuya-Hikarie-12F' },
    responses: { 204: { description: 'Password changed; every session of the account has ended' } },
    handler: async ({ body, deps }) => {
      await resetPassword(deps, body);
      return { status: 204 };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/auth/password-reset/check',
    operationId: 'checkPasswordResetLink',
    tag: 'auth',
    summary: 'Whether a reset link from the reminder mail can still be used',
    description:
      'Changes nothing. The token travels in the body, not the address, so it stays out of logs. Answers like the reset itself: 410 reset_link_used, 410 reset_link_expired or 400 invalid_reset_token.',
    access: 'public',
    body: z.object({ token: z.string().min(10).max(200) }).strict(),
    bodyExample: { token: TOKEN_EXAMPLE },
    responses: {
      200: {
        description: 'Usable until expiresAt',
        schema: z.object({ expiresAt: z.iso.datetime({ offset: true }) }),
        example: { expiresAt: '2026-11-28T00:30:00.000Z' },
      },
    },
    handler: async ({ body, deps }) => ({ body: { expiresAt: (await checkResetLink(deps, body.token)).expiresAt.toISOString() } }),
  }),
  defineRoute({
    method: 'post',
    path: '/v1/auth/login-id-reminder',
    operationId: 'requestLoginIdReminder',
    tag: 'auth',
    summary: 'Mail the login IDs registered to an address',
    description:
      "Always answers 202 with the same words, whether the address is registered or not. Each account registered to it is mailed its login ID and its circles' login IDs.",
    access: 'public',
    body: z.object({ email: emailSchema }).strict(),
    bodyExample: { email: 'info@yamada-shoji.co.jp' },
    responses: {
      202: {
        description: 'Accepted',
        schema: messageSchema,
        example: { message: 'ご入力のメールアドレスが登録されている場合は、ログインIDをお知らせするメールを送信しました。' },
      },
    },
    handler: async ({ body, ip, deps, lang }) => {
      await requestLoginIdReminder(deps, { email: body.email, ip });
      const message =
        lang === 'ja'
          ? 'ご入力のメールアドレスが登録されている場合は、ログインIDをお知らせするメールを送信しました。'
          : 'If the address is registered, a mail with its login IDs has been sent to it.';
      return { status: 202, body: { message } };
    },
  }),
];
