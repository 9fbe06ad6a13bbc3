/** Who is calling: one of the seed's three login tabs (or an API key standing in for the first two), or a member of staff. */
export type Principal =
  | { kind: 'account'; accountId: string; apiKey?: ApiKeyGrant }
  | { kind: 'circle'; accountId: string; circleId: string; apiKey?: ApiKeyGrant }
  | { kind: 'unique'; accountId: string; circleId: string; uniqueId: string }
  | { kind: 'staff'; staffId: string; role: StaffRole; mustChangePassword?: true };

/** What an API key may do: read only (GET), or read and write. */
export type ApiKeyAccess = 'read' | 'read_write';

/**
 * Set when the caller presented an API key instead of logging in. The key acts as the account's
 * or its circle's login, so every access rule and scope check applies unchanged.
 */
export interface ApiKeyGrant {
  id: string;
  access: ApiKeyAccess;
}

/** Operators mind the money, warehouse staff the parcels, administrators the staff. */
export type StaffRole = 'operator' | 'warehouse' | 'admin';

/**
 * The kinds of caller a route can allow, staff split by role. 'pbx' is the PBX itself, a machine
 * authenticated by its service key (X-Pbx-Key) rather than a login: it has no Principal, so a
 * route that allows it must not need one.
 */
export type CallerKind = 'account' | 'circle' | 'unique' | 'operator' | 'warehouse' | 'admin' | 'pbx';

/** Maps a principal to the kind an access rule names. */
export function callerKind(p: Principal): CallerKind {
  return p.kind === 'staff' ? p.role : p.kind;
}
