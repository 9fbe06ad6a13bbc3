import type { Knex } from 'knex';

/** Who did it, what, and from where: everything about a staff request but its answer. */
export interface AuditEntryInput {
  /** The member of staff, or null for a login attempt: then the typed loginId finds them, if anyone. */
  staffId: string | null;
  loginId: string | null;
  role: string | null;
  operationId: string;
  method: string;
  path: string;
  params: Record<string, string>;
  body: unknown;
  ip: string;
  userAgent: string | null;
  requestId: string;
}

/** One row of the staff audit log. */
export interface AuditEntry extends Omit<AuditEntryInput, 'loginId'> {
  id: string;
  loginId: string;
  at: Date;
  /** The answer's HTTP status; null if the action's outcome could not be recorded. */
  status: number | null;
}

/** Filters of the audit log; `to` is exclusive, `before` is the last ID of the previous page. */
export interface AuditQuery {
  staffId?: string;
  loginId?: string;
  operationId?: string;
  requestId?: string;
  from?: Date;
  to?: Date;
  before?: string;
  limit: number;
}

type AuditRow = {
  id: string;
  at: Date;
  staff_id: string | null;
  login_id: string;
  role: string | null;
  operation_id: string;
  method: string;
  path: string;
  params: Record<string, string>;
  body: unknown;
  status: number | null;
  ip: string;
  user_agent: string | null;
  request_id: string;
};

const toEntry = (r: AuditRow): AuditEntry => ({
  id: String(r.id),
  at: r.at,
  staffId: r.staff_id,
  loginId: r.login_id,
  role: r.role,
  operationId: r.operation_id,
  method: r.method,
  path: r.path,
  params: r.params,
  body: r.body,
  status: r.status,
  ip: r.ip,
  userAgent: r.user_agent,
  requestId: r.request_id,
});

/** The staff audit log: append-only (the database refuses edits and deletes), newest first. */
export function createAuditStore(db: Knex) {
  return {
    /**
     * Writes a row, complete when the status is known. Without staffId (a login attempt) the member
     * of staff is found by the typed login ID, and stays unknown when no one has it; the typed ID is
     * kept either way. Answers the row's ID, to record the status once the action has run.
     */
    async open(entry: AuditEntryInput, status: number | null = null): Promise<string> {
      const { rows } = await db.raw(
        `insert into staff_audit
           (staff_id, login_id, role, operation_id, method, path, params, body, status, ip, user_agent, request_id, completed_at)
         select s.id, coalesce(s.login_id, ?::text), coalesce(?::text, s.role), ?::text, ?::text, ?::text, ?::jsonb, ?::jsonb,
                ?::int, ?::text, ?::text, ?::text, case when ?::int is null then null else now() end
         from (select 1) one
         left join staff s on s.id = coalesce(?::uuid, (select id from staff where lower(login_id) = lower(?::text)))
         returning id`,
        [
          entry.loginId,
          entry.role,
          entry.operationId,
          entry.method,
          entry.path,
          JSON.stringify(entry.params),
          entry.body === undefined ? null : JSON.stringify(entry.body),
          status,
          entry.ip,
          entry.userAgent,
          entry.requestId,
          status,
          entry.staffId,
          entry.loginId,
        ],
      );
      return String(rows[0].id);
    },

    /** Records the answer of an action written before it ran. */
    async settle(id: string, status: number): Promise<void> {
      await db('staff_audit').where({ id }).whereNull('status').update({ status, completed_at: db.fn.now() });
    },

    /** A page of the log, newest first. */
    async search(q: AuditQuery): Promise<AuditEntry[]> {
      const query = db<AuditRow>('staff_audit').orderBy('id', 'desc').limit(q.limit);
      if (q.staffId) query.where('staff_id', q.staffId);
      if (q.loginId) query.whereRaw('lower(login_id) = lower(?)', [q.loginId]);
      if (q.operationId) query.where('operation_id', q.operationId);
      if (q.requestId) query.where('request_id', q.requestId);
      if (q.from) query.where('at', '>=', q.from);
      if (q.to) query.where('at', '<', q.to);
      if (q.before) query.where('id', '<', q.before);
      return (await query).map(toEntry);
    },
  };
}

export type AuditStore = ReturnType<typeof createAuditStore>;
