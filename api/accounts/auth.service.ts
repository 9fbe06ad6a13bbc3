import { randomUUID } from 'node:crypto';
import { RateLimitedError, UnauthenticatedError, AppError } from '../../domain/errors';
import { decoyPasswordHash, hashPassword, verifyPassword } from '../../lib/crypto';
import type { PasswordReminderInput } from '../../workflows/accounts/contract';
import type { ApiDeps } from '../deps';
import { startLoginIdReminder, startPasswordReminder } from '../../workflows/accounts/starters';
import type { ResetRefusal } from '../../db/accounts/password-resets.store';

async function refuseWhenLimited(deps: ApiDeps, buckets: Array<{ bucket: string; limit: number }>) {
  const window = deps.config.auth.rateWindowSeconds;
  for (const { bucket, limit } of buckets) {
    const { hits, resetsAt } = await deps.stores.rateLimits.current(bucket, window);
    if (hits >= limit) throw new RateLimitedError(Math.max(1, Math.ceil((resetsAt.getTime() - Date.now()) / 1000)));
  }
}

/** Logs in on one of the login tabs; failures count against the ID and the client address. */
export async function login(deps: ApiDeps, input: { kind: string; loginId: string; password: string; ip: string }) {
  const { loginRatePerId, loginRatePerIp, rateWindowSeconds } = deps.config.auth;
  const idBucket = `login:id:${input.kind}:${input.loginId.toLowerCase()}`;
  const ipBucket = `login:ip:${input.ip}`;
  await refuseWhenLimited(deps, [
    { bucket: idBucket, limit: loginRatePerId },
    { bucket: ipBucket, limit: loginRatePerIp },
  ]);
  const lookup = deps.loginKinds[input.kind];
  const found = lookup ? await lookup(deps.stores, input.loginId) : undefined;
  // Verify against a decoy when the ID is unknown, so timing does not reveal which IDs exist.
  const ok = await verifyPassword(input.password, found?.passwordHash ?? (await decoyPasswordHash()));
  if (!found || !ok) {
    await deps.stores.rateLimits.hit(idBucket, rateWindowSeconds);
    await deps.stores.rateLimits.hit(ipBucket, rateWindowSeconds);
    throw new UnauthenticatedError('invalid_credentials');
  }
  const session = await deps.stores.sessions.create(found.principal, deps.config.auth.sessionTtlMinutes);
  if (found.principal.kind === 'staff') await deps.stores.staff.recordLogin(found.principal.staffId);
  return { ...session, principal: found.principal };
}

/** Starts the reminder workflow; the same answer whether the login ID exists or not. */
export async function requestPasswordReminder(deps: ApiDeps, input: { loginId: string; ip: string }) {
  const window = deps.config.auth.rateWindowSeconds;
  const idBucket = `reminder:id:${input.loginId.toLowerCase()}`;
  const ipBucket = `reminder:ip:${input.ip}`;
  await refuseWhenLimited(deps, [
    { bucket: idBucket, limit: 5 },
    { bucket: ipBucket, limit: deps.config.auth.loginRatePerIp },
  ]);
  await deps.stores.rateLimits.hit(idBucket, window);
  await deps.stores.rateLimits.hit(ipBucket, window);
  const requestId = randomUUID();
  const args: PasswordReminderInput = { requestId, loginId: input.loginId };
  await startPasswordReminder(deps.temporal, deps.config.temporal.taskQueue, args);
}

/** The answer to a reset token that cannot be used: used and expired links say so, anything else is just invalid. */
function refusedResetLink(deps: ApiDeps, refused: ResetRefusal): AppError {
  if (refused === 'used') return new AppError(410, 'reset_link_used', {}, 'token');
  if (refused === 'expired') return new AppError(410, 'reset_link_expired', { minutes: deps.config.auth.passwordResetTtlMinutes }, 'token');
  return new AppError(400, 'invalid_reset_token', {}, 'token');
}

/** Whether a reminder link can still set a password, so the page can say so before the form is filled. */
export async function checkResetLink(deps: ApiDeps, token: string): Promise<{ expiresAt: Date }> {
  const found = await deps.stores.passwordResets.inspect(token);
  if (found.state !== 'usable') throw refusedResetLink(deps, found.state);
  return { expiresAt: found.expiresAt };
}

/** Sets a new password from a reminder token; the token is consumed and every session ends. */
export async function resetPassword(deps: ApiDeps, input: { token: string; newPassword: string }) {
  const passwordHash = await hashPassword(input.newPassword);
  await deps.db.transaction(async (trx) => {
    const consumed = await deps.stores.passwordResets.consume(input.token, trx);
    if ('refused' in consumed) throw refusedResetLink(deps, consumed.refused);
    await deps.stores.accounts.setPassword(consumed.accountId, passwordHash, trx);
    await deps.stores.sessions.revokeAllForAccount(consumed.accountId, trx);
  });
}

/** Starts the login-ID reminder; the same answer whether the address is registered or not. */
export async function requestLoginIdReminder(deps: ApiDeps, input: { email: string; ip: string }) {
  const window = deps.config.auth.rateWindowSeconds;
  const emailBucket = `login-id-reminder:email:${input.email.trim().toLowerCase()}`;
  const ipBucket = `reminder:ip:${input.ip}`;
  await refuseWhenLimited(deps, [
    { bucket: emailBucket, limit: 5 },
    { bucket: ipBucket, limit: deps.config.auth.loginRatePerIp },
  ]);
  await deps.stores.rateLimits.hit(emailBucket, window);
  await deps.stores.rateLimits.hit(ipBucket, window);
  await startLoginIdReminder(deps.temporal, deps.config.temporal.taskQueue, { requestId: randomUUID(), email: input.email.trim() });
}
