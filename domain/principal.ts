/** Who is calling: one of the seed's three login tabs, or a member of staff. */
export type Principal =
  | { kind: 'account'; accountId: string }
  | { kind: 'circle'; accountId: string; circleId: string }
  | { kind: 'unique'; accountId: string; circleId: string; uniqueId: string }
  | { kind: 'staff'; staffId: string; role: StaffRole };

export type StaffRole = 'operator' | 'warehouse';

/** The kinds of login a route can allow, staff split by role. */
export type CallerKind = 'account' | 'circle' | 'unique' | 'operator' | 'warehouse';

/** Maps a principal to the kind an access rule names. */
export function callerKind(p: Principal): CallerKind {
  return p.kind === 'staff' ? p.role : p.kind;
}
