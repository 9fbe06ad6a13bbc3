import type { Stores } from '../../db/stores';
import type { Principal } from '../../domain/principal';

/** A login kind's way to find the principal and password hash behind a login ID. */
export type CredentialLookup = (stores: Stores, loginId: string) => Promise<{ principal: Principal; passwordHash: string } | undefined>;

/** The login tabs: account and circle here; later domains add theirs (unique). */
export const credentialLookups: Record<string, CredentialLookup> = {
  account: async (stores, loginId) => {
    const found = await stores.accounts.findCredentials(loginId);
    return found && { principal: { kind: 'account', accountId: found.account.id }, passwordHash: found.passwordHash };
  },
  circle: async (stores, loginId) => {
    const found = await stores.circles.findCredentials(loginId);
    return found && { principal: { kind: 'circle', accountId: found.circle.accountId, circleId: found.circle.id }, passwordHash: found.passwordHash };
  },
  staff: async (stores, loginId) => {
    const found = await stores.staff.findCredentials(loginId);
    return found && { principal: { kind: 'staff', staffId: found.staff.id, role: found.staff.role }, passwordHash: found.passwordHash };
  },
};

/** Adds a login kind (for example `unique`) from its own domain. */
export function registerLoginKind(kind: string, lookup: CredentialLookup): void {
  credentialLookups[kind] = lookup;
}
