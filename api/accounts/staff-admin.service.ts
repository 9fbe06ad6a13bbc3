import { randomInt } from 'node:crypto';
import type { StaffListing } from '../../db/accounts/staff.store';
import { ConflictError, ForbiddenError, InputError, NotFoundError, UnauthenticatedError } from '../../domain/errors';
import type { Principal, StaffRole } from '../../domain/principal';
import { hashPassword, verifyPassword } from '../../lib/crypto';
import type { ApiDeps } from '../deps';

// No 0/O, 1/l/I: the administrator reads it out or types it for the new user.
const TEMPORARY_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

/** A temporary password: 16 random characters (about 93 bits) in four groups, easy to read out. */
export function temporaryPassword(): string {
  const chars = Array.from({ length: 16 }, () => TEMPORARY_ALPHABET[randomInt(TEMPORARY_ALPHABET.length)]);
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join('')).join('-');
}

/** The administrator making the request. */
export function adminIdOf(p: Principal | undefined): string {
  if (p?.kind !== 'staff' || p.role !== 'admin') throw new ForbiddenError();
  return p.staffId;
}

async function listingOf(deps: ApiDeps, staffId: string): Promise<StaffListing> {
  const listing = await deps.stores.staff.listing(staffId);
  if (!listing) throw new NotFoundError('staff member');
  return listing;
}

/** Creates a member of staff; without a password, a temporary one is made and answered once. */
export async function createStaff(
  deps: ApiDeps,
  adminId: string,
  input: { loginId: string; name: string; role: StaffRole; password?: string },
): Promise<{ staff: StaffListing; temporaryPassword: string | null }> {
  const temporary = input.password ? null : temporaryPassword();
  const passwordHash = await hashPassword(input.password ?? temporary!);
  const id = await deps.stores.staff.create({
    loginId: input.loginId,
    name: input.name,
    role: input.role,
    passwordHash,
    createdBy: adminId,
  });
  if (!id) throw new ConflictError('login_id_taken', {}, 'loginId');
  return { staff: await listingOf(deps, id), temporaryPassword: temporary };
}

/**
 * A member of staff replaces their own password (a temporary one must be replaced before anything
 * else): the current password proves it is them; every other session of theirs ends.
 */
export async function changeOwnStaffPassword(
  deps: ApiDeps,
  staffId: string,
  input: { currentPassword: string; newPassword: string; sessionToken: string | undefined },
): Promise<void> {
  const staff = await deps.stores.staff.findById(staffId);
  const creds = staff && (await deps.stores.staff.findCredentials(staff.loginId));
  if (!creds || !(await verifyPassword(input.currentPassword, creds.passwordHash))) throw new UnauthenticatedError('invalid_credentials');
  if (input.newPassword === input.currentPassword) throw new InputError('staff_password_unchanged', {}, 'newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  await deps.stores.transaction(async (trx) => {
    await deps.stores.staff.setPassword(staffId, passwordHash, false, trx);
    await deps.stores.sessions.revokeOthersForStaff(staffId, input.sessionToken, trx);
  });
}

/** Replaces the password with a temporary one, answered once, and ends every session of that member of staff. */
export async function resetStaffPassword(deps: ApiDeps, staffId: string): Promise<{ temporaryPassword: string; sessionsEnded: number }> {
  const temporary = temporaryPassword();
  const passwordHash = await hashPassword(temporary);
  const sessionsEnded = await deps.stores.transaction(async (trx) => {
    if (!(await deps.stores.staff.setPassword(staffId, passwordHash, true, trx))) throw new NotFoundError('staff member');
    return deps.stores.sessions.revokeAllForStaff(staffId, trx);
  });
  return { temporaryPassword: temporary, sessionsEnded };
}

/**
 * Disables a member of staff and ends their sessions; they can no longer log in. An administrator
 * cannot disable themself, and the last enabled administrator stays. Disabling twice changes nothing.
 */
export async function disableStaff(deps: ApiDeps, adminId: string, staffId: string): Promise<StaffListing> {
  if (staffId === adminId) throw new InputError('staff_cannot_disable_self');
  await deps.stores.transaction(async (trx) => {
    const activeAdmins = await deps.stores.staff.lockActiveAdmins(trx);
    await deps.stores.staff.lock(staffId, trx);
    const target = await deps.stores.staff.findById(staffId, trx);
    if (!target) throw new NotFoundError('staff member');
    if (activeAdmins.includes(staffId) && activeAdmins.length <= 1) throw new ConflictError('staff_last_admin');
    await deps.stores.staff.disable(staffId, adminId, trx);
    await deps.stores.sessions.revokeAllForStaff(staffId, trx);
  });
  return listingOf(deps, staffId);
}

/** Lets a disabled member of staff log in again (with the password they had). */
export async function enableStaff(deps: ApiDeps, staffId: string): Promise<StaffListing> {
  await listingOf(deps, staffId);
  await deps.stores.staff.enable(staffId);
  return listingOf(deps, staffId);
}

/** Changes a role; it applies to the member's open sessions at once. Nobody changes their own role, and the last administrator stays one. */
export async function changeStaffRole(deps: ApiDeps, adminId: string, staffId: string, role: StaffRole): Promise<StaffListing> {
  if (staffId === adminId) throw new InputError('staff_cannot_change_own_role', {}, 'role');
  await deps.stores.transaction(async (trx) => {
    const activeAdmins = await deps.stores.staff.lockActiveAdmins(trx);
    await deps.stores.staff.lock(staffId, trx);
    const target = await deps.stores.staff.findById(staffId, trx);
    if (!target) throw new NotFoundError('staff member');
    if (role !== 'admin' && activeAdmins.includes(staffId) && activeAdmins.length <= 1) throw new ConflictError('staff_last_admin');
    await deps.stores.staff.setRole(staffId, role, trx);
  });
  return listingOf(deps, staffId);
}
