import { z } from 'zod';
import type { AuditEntry } from '../../db/accounts/audit.store';
import type { StaffListing } from '../../db/accounts/staff.store';
import { ForbiddenError, InputError, NotFoundError } from '../../domain/errors';
import { defineRoute, locationHeader } from '../http/route';
import { listQuerySchema, pageOf, toPage, wholeList } from '../page';
import { idCursor, idCursorSchema } from '../prepaid/keyset';
import { loginIdSchema, nameSchema, passwordSchema, uuidSchema } from '../schemas';
import { sessionTokenFromCookie } from '../http/session-cookie';
import {
  adminIdOf,
  changeOwnStaffPassword,
  changeStaffRole,
  createStaff,
  disableStaff,
  enableStaff,
  resetStaffPassword,
} from './staff-admin.service';

const roleSchema = z.enum(['operator', 'warehouse', 'admin']);

const staffSchema = z.object({
  id: z.uuid(),
  loginId: z.string(),
  name: z.string(),
  role: roleSchema,
  status: z.enum(['active', 'disabled']),
  disabledAt: z.iso.datetime({ offset: true }).nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  createdBy: z.string().nullable().describe('Login ID of the administrator who created the user; null for seeded users'),
  lastLoginAt: z.iso.datetime({ offset: true }).nullable(),
});

const STAFF_ID = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';
const staffExample = {
  id: STAFF_ID,
  loginId: 'sato.hanako',
  name: '佐藤 花子',
  role: 'operator',
  status: 'active',
  disabledAt: null,
  createdAt: '2026-04-01T00:00:00.000Z',
  createdBy: 'admin',
  lastLoginAt: '2026-11-20T00:02:00.000Z',
};

const presentStaff = (s: StaffListing) => ({
  id: s.id,
  loginId: s.loginId,
  name: s.name,
  role: s.role,
  status: s.disabledAt ? ('disabled' as const) : ('active' as const),
  disabledAt: s.disabledAt?.toISOString() ?? null,
  createdAt: s.createdAt.toISOString(),
  createdBy: s.createdByLoginId,
  lastLoginAt: s.lastLoginAt?.toISOString() ?? null,
});

const temporaryPasswordSchema = z
  .string()
  .nullable()
  .describe('Answered once: null when you chose the password, and on an idempotent replay (reset it again if it was lost)');

// A temporary password is answered once: the stored answer that a replay repeats leaves it out.
const withoutPassword = (body: unknown) => ({ ...(body as object), temporaryPassword: null });
const TEMPORARY_PASSWORD_EXAMPLE = 'Hk7m-Qz4W-p9Rt-X3bN';

const auditEntrySchema = z.object({
  id: z.string(),
  at: z.iso.datetime({ offset: true }),
  staffId: z.uuid().nullable().describe('Null for a failed login under an ID that belongs to nobody'),
  loginId: z.string(),
  role: roleSchema.nullable(),
  operationId: z.string(),
  method: z.string(),
  path: z.string(),
  params: z.record(z.string(), z.string()),
  body: z.unknown().describe('A summary of the request body: passwords, tokens and card data redacted, long values cut'),
  status: z.number().int().nullable().describe('The answer; null if it could not be recorded'),
  ip: z.string(),
  userAgent: z.string().nullable(),
  requestId: z.string(),
});

const presentAudit = (e: AuditEntry) => ({ ...e, role: e.role as z.infer<typeof roleSchema> | null, at: e.at.toISOString() });

const staffIdParams = z.object({ staffId: uuidSchema });

const auditExample = {
  id: '58213',
  at: '2026-11-20T01:40:12.000Z',
  staffId: STAFF_ID,
  loginId: 'sato.hanako',
  role: 'operator',
  operationId: 'confirmBankTransfer',
  method: 'POST',
  path: '/v1/operator/bank-transfers/8d0c4b6a-1f2e-4a3b-9c8d-7e6f5a4b3c2d/confirm',
  params: { orderId: '8d0c4b6a-1f2e-4a3b-9c8d-7e6f5a4b3c2d' },
  body: { amountReceived: 10000, arrivedOn: '2026-11-20' },
  status: 202,
  ip: '203.0.113.24',
  userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)',
  requestId: 'req-7f3c2a9e5b1d',
};

/** Administrators: staff users, their roles, passwords and access, and the staff audit log. */
export const staffAdminRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/staff',
    operationId: 'listStaff',
    tag: 'staff',
    summary: 'Every staff user, enabled first, by login ID',
    description: 'The staff are few: the answer is always one whole page (nextCursor null).',
    access: ['admin'],
    query: listQuerySchema.strict(),
    responses: { 200: { description: 'Staff users', schema: pageOf(staffSchema), example: { items: [staffExample], nextCursor: null } } },
    handler: async ({ deps }) => ({ body: wholeList((await deps.stores.staff.list()).map(presentStaff)) }),
  }),
  defineRoute({
    method: 'post',
    path: '/v1/staff',
    operationId: 'createStaff',
    tag: 'staff',
    summary: 'Create a staff user with a role; without a password, a temporary one is answered once',
    description: 'Login IDs are unique without regard to case (409 login_id_taken).',
    access: ['admin'],
    idempotent: true,
    replayBody: withoutPassword,
    body: z
      .object({
        loginId: loginIdSchema,
        name: nameSchema,
        role: roleSchema,
        password: passwordSchema.optional().describe('8-128 characters; leave it out to get a temporary password'),
      })
      .strict(),
    bodyExample: { loginId: 'sato.hanako', name: '佐藤 花子', role: 'operator' },
    responses: {
      201: {
        description: 'The new staff user, with the temporary password answered once (and a Location header)',
        schema: staffSchema.extend({ temporaryPassword: temporaryPasswordSchema }),
        example: { ...staffExample, lastLoginAt: null, temporaryPassword: TEMPORARY_PASSWORD_EXAMPLE },
        headers: locationHeader('/v1/staff/{staffId}'),
      },
    },
    handler: async ({ principal, body, deps }) => {
      const created = await createStaff(deps, adminIdOf(principal), body);
      return {
        status: 201,
        body: { ...presentStaff(created.staff), temporaryPassword: created.temporaryPassword },
        headers: { location: `/v1/staff/${created.staff.id}` },
      };
    },
  }),
  defineRoute({
    method: 'patch',
    path: '/v1/staff/:staffId',
    operationId: 'changeStaffRole',
    tag: 'staff',
    summary: "Change a staff user's role; it applies to their open sessions at once",
    description: 'Nobody changes their own role (422); the last enabled administrator stays one (409 staff_last_admin).',
    access: ['admin'],
    params: staffIdParams,
    body: z.object({ role: roleSchema }).strict(),
    bodyExample: { role: 'admin' },
    responses: { 200: { description: 'The staff user', schema: staffSchema, example: { ...staffExample, role: 'admin' } } },
    handler: async ({ principal, params, body, deps }) => ({
      body: presentStaff(await changeStaffRole(deps, adminIdOf(principal), params.staffId, body.role)),
    }),
  }),
  defineRoute({
    method: 'post',
    path: '/v1/staff/:staffId/password-reset',
    operationId: 'resetStaffPassword',
    tag: 'staff',
    summary: 'Give a staff user a new temporary password (answered once); all their sessions end',
    access: ['admin'],
    idempotent: true,
    replayBody: withoutPassword,
    params: staffIdParams,
    responses: {
      200: {
        description: 'The temporary password',
        schema: z.object({ staffId: z.uuid(), temporaryPassword: temporaryPasswordSchema, sessionsEnded: z.number().int() }),
        example: { staffId: STAFF_ID, temporaryPassword: TEMPORARY_PASSWORD_EXAMPLE, sessionsEnded: 2 },
      },
    },
    handler: async ({ params, deps }) => ({ body: { staffId: params.staffId, ...(await resetStaffPassword(deps, params.staffId)) } }),
  }),
  defineRoute({
    method: 'post',
    path: '/v1/staff/:staffId/disable',
    operationId: 'disableStaff',
    tag: 'staff',
    summary: 'Disable a staff user: their sessions end and they cannot log in',
    description:
      'A disabled user logging in is answered like a wrong password. You cannot disable yourself (422 staff_cannot_disable_self) or the last enabled administrator (409 staff_last_admin). Disabling twice changes nothing.',
    access: ['admin'],
    idempotent: true,
    params: staffIdParams,
    responses: {
      200: {
        description: 'The staff user',
        schema: staffSchema,
        example: { ...staffExample, status: 'disabled', disabledAt: '2026-11-21T02:00:00.000Z' },
      },
    },
    handler: async ({ principal, params, deps }) => ({
      body: presentStaff(await disableStaff(deps, adminIdOf(principal), params.staffId)),
    }),
  }),
  defineRoute({
    method: 'post',
    path: '/v1/staff/:staffId/enable',
    operationId: 'enableStaff',
    tag: 'staff',
    summary: 'Let a disabled staff user log in again, with the password they had',
    access: ['admin'],
    idempotent: true,
    params: staffIdParams,
    responses: { 200: { description: 'The staff user', schema: staffSchema, example: staffExample } },
    handler: async ({ params, deps }) => ({ body: presentStaff(await enableStaff(deps, params.staffId)) }),
  }),
  defineRoute({
    method: 'get',
    path: '/v1/staff/audit',
    operationId: 'listStaffAudit',
    tag: 'staff',
    summary: 'The staff audit log, newest first: who, what, when, from where, and the answer',
    description:
      'Every state-changing request of a staff session (any desk), and every staff login attempt, with a summary of the body (secrets redacted). ' +
      'A row is written before its action runs: if the log cannot be written, the request fails (500/503) and nothing is done; ' +
      'status null means the action ran but its answer could not be recorded. `to` is exclusive. Pass `nextCursor` as `cursor` for the next page.',
    access: ['admin'],
    query: z
      .object({
        staffId: uuidSchema.optional(),
        loginId: z.string().min(1).max(100).optional(),
        operationId: z
          .string()
          .regex(/^[A-Za-z][A-Za-z0-9]{0,63}$/, 'must be an operationId such as confirmBankTransfer')
          .optional(),
        requestId: z
          .string()
          .regex(/^[A-Za-z0-9._-]{8,64}$/, 'must be an X-Request-Id')
          .optional(),
        from: z.iso.datetime({ offset: true }).optional(),
        to: z.iso.datetime({ offset: true }).optional(),
        ...listQuerySchema.shape,
        cursor: idCursorSchema,
      })
      .strict(),
    responses: {
      200: { description: 'One page', schema: pageOf(auditEntrySchema), example: { items: [auditExample], nextCursor: 'WzU4MjEzXQ' } },
    },
    handler: async ({ query, deps }) => {
      const from = query.from ? new Date(query.from) : undefined;
      const to = query.to ? new Date(query.to) : undefined;
      if (from && to && from >= to) throw new InputError('audit_range_reversed', {}, 'from');
      const before = idCursor(query.cursor);
      const rows = await deps.stores.audit.search({
        ...query,
        from,
        to,
        limit: query.limit + 1,
        before: before === undefined ? undefined : String(before),
      });
      return { body: toPage(rows, query.limit, presentAudit, (e) => [Number(e.id)]) };
    },
  }),
  // After /v1/staff/audit: a path parameter would otherwise take "audit" for an ID.
  defineRoute({
    method: 'get',
    path: '/v1/staff/:staffId',
    operationId: 'getStaff',
    tag: 'staff',
    summary: 'One staff user',
    access: ['admin'],
    params: staffIdParams,
    responses: { 200: { description: 'The staff user', schema: staffSchema, example: staffExample } },
    handler: async ({ params, deps }) => {
      const listing = await deps.stores.staff.listing(params.staffId);
      if (!listing) throw new NotFoundError('staff member');
      return { body: presentStaff(listing) };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/staff/me/password',
    operationId: 'changeOwnStaffPassword',
    tag: 'staff',
    summary: 'Replace your own password; every other session of yours ends',
    description:
      'A password an administrator set (creation or reset) is temporary: until it is replaced, every other operation answers 403 password_change_required. 401 invalid_credentials when the current password is wrong.',
    access: ['operator', 'warehouse', 'admin'],
    body: z.object({ currentPassword: z.string().min(1).max(128), newPassword: passwordSchema }).strict(),
    bodyExample: { currentPassword: TEMPORARY_PASSWORD_EXAMPLE, newPassword: 'Sato-Desk-2026-11' },
    responses: { 204: { description: 'Replaced' } },
    handler: async ({ principal, body, headers, deps }) => {
      if (principal?.kind !== 'staff') throw new ForbiddenError();
      const bearer = /^Bearer (\S+)$/.exec(String(headers.authorization ?? ''))?.[1];
      const sessionToken = bearer ?? sessionTokenFromCookie(String(headers.cookie ?? ''));
      await changeOwnStaffPassword(deps, principal.staffId, { ...body, sessionToken });
      return { status: 204 };
    },
  }),
];
