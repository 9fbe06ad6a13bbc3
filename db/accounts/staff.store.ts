import type { Knex } from 'knex';
import type { StaffRole } from '../../domain/principal';

/** A member of staff: an operator (money), warehouse staff (parcels) or an administrator (staff). */
export interface Staff {
  id: string;
  loginId: string;
  name: string;
  role: StaffRole;
}

/** A member of staff as the administrators' list shows them. */
export interface StaffListing extends Staff {
  createdAt: Date;
  createdByLoginId: string | null;
  disabledAt: Date | null;
  lastLoginAt: Date | null;
}

type StaffRow = {
  id: string;
  login_id: string;
  name: string;
  role: StaffRole;
  password_hash: string;
  created_at: Date;
  created_by: string | null;
  disabled_at: Date | null;
  disabled_by: string | null;
  password_changed_at: Date | null;
  last_login_at: Date | null;
};

const toStaff = (r: Pick<StaffRow, 'id' | 'login_id' | 'name' | 'role'>): Staff => ({
  id: r.id,
  loginId: r.login_id,
  name: r.name,
  role: r.role,
});

const toListing = (r: StaffRow & { created_by_login_id: string | null }): StaffListing => ({
  ...toStaff(r),
  createdAt: r.created_at,
  createdByLoginId: r.created_by_login_id,
  disabledAt: r.disabled_at,
  lastLoginAt: r.last_login_at,
});

/** Staff users: looked up at login, created by the seed or an administrator. */
export function createStaffStore(db: Knex) {
  return {
    /** The credentials of an active member of staff; a disabled one cannot log in, so is not found. */
    async findCredentials(loginId: string): Promise<{ staff: Staff; passwordHash: string } | undefined> {
      const row = await db<StaffRow>('staff').whereRaw('lower(login_id) = lower(?)', [loginId]).whereNull('disabled_at').first();
      return row && { staff: toStaff(row), passwordHash: row.password_hash };
    },

    async findById(id: string, trx: Knex = db): Promise<(Staff & { disabledAt: Date | null }) | undefined> {
      const row = await trx<StaffRow>('staff').where({ id }).first();
      return row && { ...toStaff(row), disabledAt: row.disabled_at };
    },

    /** Every member of staff, enabled first, then by login ID. */
    async list(): Promise<StaffListing[]> {
      const rows = await db('staff as s')
        .leftJoin('staff as c', 'c.id', 's.created_by')
        .select('s.*', 'c.login_id as created_by_login_id')
        .orderByRaw('s.disabled_at is not null, lower(s.login_id)');
      return rows.map(toListing);
    },

    async listing(id: string, trx: Knex = db): Promise<StaffListing | undefined> {
      const row = await trx('staff as s')
        .leftJoin('staff as c', 'c.id', 's.created_by')
        .select('s.*', 'c.login_id as created_by_login_id')
        .where('s.id', id)
        .first();
      return row && toListing(row);
    },

    /** Creates a member of staff; undefined when the login ID is taken (IDs compare without case). */
    async create(
      input: { loginId: string; name: string; role: StaffRole; passwordHash: string; createdBy: string },
      trx: Knex = db,
    ): Promise<string | undefined> {
      const { rows } = await trx.raw(
        `insert into staff (login_id, name, role, password_hash, created_by, password_changed_at, password_temporary) values (?, ?, ?, ?, ?, now(), true)
         on conflict (lower(login_id)) do nothing returning id`,
        [input.loginId, input.name, input.role, input.passwordHash, input.createdBy],
      );
      return rows[0]?.id;
    },

    /** Creates the staff user unless the login ID exists; an existing password is left alone. */
    async ensure(input: { loginId: string; name: string; role: StaffRole; passwordHash: string }): Promise<void> {
      await db.raw(
        `insert into staff (login_id, name, role, password_hash) values (?, ?, ?, ?)
         on conflict (lower(login_id)) do nothing`,
        [input.loginId, input.name, input.role, input.passwordHash],
      );
    },

    /** Sets a password: `temporary` when an administrator chose it, so that its owner must replace it. */
    async setPassword(id: string, passwordHash: string, temporary: boolean, trx: Knex = db): Promise<boolean> {
      const changed = { password_hash: passwordHash, password_changed_at: trx.fn.now(), password_temporary: temporary };
      return (await trx('staff').where({ id }).update(changed)) === 1;
    },

    /** Disables the user; one already disabled keeps its original time and author. */
    async disable(id: string, by: string, trx: Knex = db): Promise<void> {
      await trx('staff').where({ id }).whereNull('disabled_at').update({ disabled_at: trx.fn.now(), disabled_by: by });
    },

    async enable(id: string, trx: Knex = db): Promise<void> {
      await trx('staff').where({ id }).update({ disabled_at: null, disabled_by: null });
    },

    async setRole(id: string, role: StaffRole, trx: Knex = db): Promise<void> {
      await trx('staff').where({ id }).update({ role });
    },

    /**
     * The IDs of the enabled administrators, locked until the transaction ends: two administrators
     * who disable or demote each other at once are served one after the other, so one always remains.
     */
    async lockActiveAdmins(trx: Knex.Transaction): Promise<string[]> {
      const rows = await trx('staff').where({ role: 'admin' }).whereNull('disabled_at').forUpdate().select('id');
      return rows.map((r: { id: string }) => r.id);
    },

    /** Locks one member of staff's row for a change that depends on its current state. */
    async lock(id: string, trx: Knex.Transaction): Promise<void> {
      await trx('staff').where({ id }).forUpdate().select('id');
    },

    async recordLogin(id: string): Promise<void> {
      await db('staff').where({ id }).update({ last_login_at: db.fn.now() });
    },
  };
}

export type StaffStore = ReturnType<typeof createStaffStore>;
