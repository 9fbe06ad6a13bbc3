import type { Stores } from '../../db/stores';
import type { Principal } from '../../domain/principal';

/** A login kind's way to find the principal and password hash behind a login ID. */
export type CredentialLookup = (stores: Stores, loginId: string) => Promise<{ principal: Principal; passwordHash: string } | undefined>;

/** The accounts domain's login tabs: account, circle and staff (the unique tab is telephony's). */
export const accountLoginKinds: Record<string, CredentialLookup> = {
  account: async (stores, loginId) => {
    const found = await stores.accounts.findCredentials(loginId);
    return found && { principal: { kind: 'account', accountId: found.account.id }, passwordHash: found.passwordHash };
  },
  circle: async (stores, loginId) => {
    const found = await stores.circles.findCredentials(loginId);
    return (
      found && {
        principal: { kind: 'circle', accountId: found.circle.accountId, circleId: found.circle.id },
        passwordHash: found.passwordHash,
      }
    );
  },
  staff: async (stores, loginId) => {
    const found = await stores.staff.findCredentials(loginId);
    return found && { principal: { kind: 'staff', staffId: found.staff.id, role: found.staff.role }, passwordHash: found.passwordHash };
  },
};
