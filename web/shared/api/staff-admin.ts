import type { Call } from '../api-client';

/** A staff role. */
export type StaffRole = 'operator' | 'warehouse' | 'admin';

/** A staff user as administrators see them (GET /v1/staff). */
export interface StaffUser {
  id: string;
  loginId: string;
  name: string;
  role: StaffRole;
  status: 'active' | 'disabled';
  disabledAt: string | null;
  createdAt: string;
  createdBy: string | null;
  lastLoginAt: string | null;
}

/** A new staff user with, when none was chosen, their temporary password (answered once). */
export interface CreatedStaff extends StaffUser {
  temporaryPassword: string | null;
}

/** One row of the staff audit log (GET /v1/staff/audit). */
export interface AuditEntry {
  id: string;
  at: string;
  staffId: string | null;
  loginId: string;
  role: StaffRole | null;
  operationId: string;
  method: string;
  path: string;
  params: Record<string, string>;
  body: unknown;
  status: number | null;
  ip: string;
  userAgent: string | null;
  requestId: string;
}

/** Filters of the audit log; `to` is exclusive. */
export interface AuditFilter {
  staffId?: string;
  operationId?: string;
  from?: string;
  to?: string;
  cursor?: string;
}

const staffPath = (id: string, action = '') => `/v1/staff/${encodeURIComponent(id)}${action}`;

/** The administrators' desk: staff users and the audit log. */
export const staffAdminApi = (call: Call) => ({
  /** The staff are few: one page holds them all. */
  listStaff: () => call<{ items: StaffUser[]; nextCursor: string | null }>('GET', '/v1/staff').then((r) => r.items),
  /** Creates a staff user; the key makes a double click create one. */
  createStaff: (input: { loginId: string; name: string; role: StaffRole; password?: string }, idempotencyKey: string) =>
    call<CreatedStaff>('POST', '/v1/staff', input, idempotencyKey),
  /** A new temporary password (answered once); every session of the user ends. */
  resetStaffPassword: (id: string, idempotencyKey: string) =>
    call<{ staffId: string; temporaryPassword: string | null; sessionsEnded: number }>(
      'POST',
      staffPath(id, '/password-reset'),
      undefined,
      idempotencyKey,
    ),
  disableStaff: (id: string, idempotencyKey: string) => call<StaffUser>('POST', staffPath(id, '/disable'), undefined, idempotencyKey),
  enableStaff: (id: string, idempotencyKey: string) => call<StaffUser>('POST', staffPath(id, '/enable'), undefined, idempotencyKey),
  changeStaffRole: (id: string, role: StaffRole) => call<StaffUser>('PATCH', staffPath(id), { role }),
  auditLog: (filter: AuditFilter) => {
    const q = new URLSearchParams({ limit: '50' });
    for (const [k, v] of Object.entries(filter)) if (v) q.set(k, v);
    return call<{ items: AuditEntry[]; nextCursor: string | null }>('GET', `/v1/staff/audit?${q}`);
  },
  /** Replaces your own staff password; your other sessions end. */
  changeOwnStaffPassword: (currentPassword: string, newPassword: string) =>
    call<void>('POST', '/v1/staff/me/password', { currentPassword, newPassword }),
});
