import { z } from 'zod';
import { NotFoundError } from '../../domain/errors';
import type { Principal } from '../../domain/principal';
import type { Circle } from '../../db/accounts/circles.store';
import { hashPassword } from '../../lib/crypto';
import { accountIdOf } from './account.routes';
import { currentSessionToken, setCirclePassword } from './circles.service';
import { defineRoute, locationHeader } from '../http/route';
import { listQuerySchema, pageOf, wholeList } from '../page';
import { loginIdSchema, nameSchema, passwordSchema, uuidSchema } from '../schemas';

const circleSchema = z.object({ id: z.uuid(), name: z.string(), loginId: z.string(), createdAt: z.iso.datetime({ offset: true }) });
const circleExample = {
  id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  name: '大阪支店',
  loginId: 'yamada-shoji-osaka',
  createdAt: '2026-05-10T01:00:00.000Z',
};
const present = (c: Circle) => ({ id: c.id, name: c.name, loginId: c.loginId, createdAt: c.createdAt.toISOString() });
const circleParams = z.object({ circleId: uuidSchema });

/** A circle login reaches only its own circle; any other reads as missing. */
export function assertCircleVisible(p: Principal | undefined, circleId: string): void {
  if ((p?.kind === 'circle' || p?.kind === 'unique') && p.circleId !== circleId) throw new NotFoundError('circle');
}

/** Circles under an account: list, add, rename, change the password, remove. */
export const circleRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/circles',
    operationId: 'listCircles',
    tag: 'circles',
    summary: "The account's circles (a circle login sees only its own)",
    description: 'An account has a few circles: the answer is always one whole page (nextCursor null).',
    access: ['account', 'circle'],
    query: listQuerySchema.strict(),
    responses: { 200: { description: 'Circles', schema: pageOf(circleSchema), example: { items: [circleExample], nextCursor: null } } },
    handler: async ({ principal, deps }) => {
      const all = await deps.stores.circles.list(accountIdOf(principal));
      const visible = principal?.kind === 'circle' ? all.filter((c) => c.id === principal.circleId) : all;
      return { body: wholeList(visible.map(present)) };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/circles',
    operationId: 'createCircle',
    tag: 'circles',
    summary: 'Add a circle with its own login',
    access: ['account'],
    idempotent: true,
    body: z.object({ name: nameSchema, loginId: loginIdSchema, password: passwordSchema }).strict(),
    bodyExample: { name: '大阪支店', loginId: 'yamada-shoji-osaka', password: 'Osaka-Umeda-2026' },
    responses: {
      201: {
        description: 'The new circle (and a Location header)',
        schema: circleSchema,
        example: circleExample,
        headers: locationHeader('/v1/circles/{circleId}'),
      },
    },
    handler: async ({ principal, body, deps }) => {
      const circle = await deps.stores.circles.create(accountIdOf(principal), {
        name: body.name,
        loginId: body.loginId,
        passwordHash: await hashPassword(body.password),
      });
      return { status: 201, body: present(circle), headers: { location: `/v1/circles/${circle.id}` } };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/circles/:circleId',
    operationId: 'getCircle',
    tag: 'circles',
    summary: 'One circle',
    access: ['account', 'circle'],
    params: circleParams,
    responses: { 200: { description: 'The circle', schema: circleSchema, example: circleExample } },
    handler: async ({ principal, params, deps }) => {
      assertCircleVisible(principal, params.circleId);
      return { body: present(await deps.stores.circles.get(accountIdOf(principal), params.circleId)) };
    },
  }),
  defineRoute({
    method: 'patch',
    path: '/v1/circles/:circleId',
    operationId: 'renameCircle',
    tag: 'circles',
    summary: 'Rename a circle',
    access: ['account', 'circle'],
    params: circleParams,
    body: z.object({ name: nameSchema }).strict(),
    bodyExample: { name: '大阪営業所' },
    responses: { 200: { description: 'The renamed circle', schema: circleSchema, example: { ...circleExample, name: '大阪営業所' } } },
    handler: async ({ principal, params, body, deps }) => {
      assertCircleVisible(principal, params.circleId);
      return { body: present(await deps.stores.circles.rename(accountIdOf(principal), params.circleId, body.name)) };
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/v1/circles/:circleId',
    operationId: 'removeCircle',
    tag: 'circles',
    summary: 'Remove a circle that has no active services',
    access: ['account'],
    params: circleParams,
    responses: { 204: { description: 'Removed' } },
    handler: async ({ principal, params, deps }) => {
      await deps.stores.circles.remove(accountIdOf(principal), params.circleId, deps.circleServiceChecks);
      return { status: 204 };
    },
  }),
  defineRoute({
    method: 'put',
    path: '/v1/circles/:circleId/password',
    operationId: 'setCirclePassword',
    tag: 'circles',
    summary: "Change the password of a circle's login",
    description:
      "The account sets it without the old one. A circle login changing its own password gives currentPassword too (422 circle_current_password_required / circle_current_password_wrong). The circle's other sessions end.",
    access: ['account', 'circle'],
    params: circleParams,
    body: z.object({ password: passwordSchema, currentPassword: z.string().min(1).max(128).optional() }).strict(),
    bodyExample: { password: 'Osaka-Namba-2027' },
    responses: { 204: { description: 'Changed' } },
    handler: async ({ principal, params, body, headers, deps }) => {
      assertCircleVisible(principal, params.circleId);
      await setCirclePassword(deps, principal!, params.circleId, body, currentSessionToken(headers));
      return { status: 204 };
    },
  }),
];
