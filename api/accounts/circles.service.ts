import { InputError } from '../../domain/errors';
import type { Principal } from '../../domain/principal';
import { hashPassword, sha256, verifyPassword } from '../../lib/crypto';
import type { ApiDeps } from '../deps';
import { sessionTokenFromCookie } from '../http/session-cookie';
import { accountIdOf } from './account.routes';

/** The token of the request's own session, from the bearer header or the browser's cookie. */
export function currentSessionToken(headers: Record<string, string | string[] | undefined>): string | undefined {
  const bearer = /^Bearer (\S+)$/.exec(String(headers.authorization ?? ''))?.[1];
  return bearer ?? sessionTokenFromCookie(String(headers.cookie ?? ''));
}

/**
 * Sets a circle's login password. The account needs no old password (it manages its circles);
 * the circle itself proves it knows the current one. Every other session of the circle ends.
 */
export async function setCirclePassword(
  deps: ApiDeps,
  principal: Principal,
  circleId: string,
  input: { password: string; currentPassword?: string },
  ownToken: string | undefined,
): Promise<void> {
  const accountId = accountIdOf(principal);
  const circle = await deps.stores.circles.get(accountId, circleId);
  if (principal.kind === 'circle') {
    if (!input.currentPassword) throw new InputError('circle_current_password_required', {}, 'currentPassword');
    const creds = await deps.stores.circles.findCredentials(circle.loginId);
    if (!creds || !(await verifyPassword(input.currentPassword, creds.passwordHash)))
      throw new InputError('circle_current_password_wrong', {}, 'currentPassword');
  }
  const keep = principal.kind === 'circle' && ownToken ? sha256(ownToken) : undefined;
  await deps.stores.circles.setPassword(accountId, circleId, await hashPassword(input.password), keep);
}
