import type { Knex } from 'knex';
import type { StaffRole } from '../../domain/principal';

/** A member of staff: an operator (bank transfers) or warehouse staff (shipments). */
export interface Staff {
  id: string;
  loginId: string;
  name: string;
  role: StaffRole;
}

type StaffRow = { id: string; login_id: string; name: string; role: StaffRole; password_hash: string };

/** Staff users: looked up at login, created by the seed or an administrator. */
export function createStaffStore(db: Knex) {
  return {
    async findCredentials(loginId: string): Promise<{ staff: Staff; passwordHash: string } | undefined> {
      const row = await db<StaffRow>('staff').whereRaw('lower(login_id) = lower(?)', [loginId]).first();
      return row && { staff: { id: row.id, loginId: row.login_id, name: row.name, role: row.role }, passwordHash: row.password_hash };
    },

    async findById(id: string): Promise<Staff | undefined> {
      const row = await db<StaffRow>('staff').where({ id }).first();
      return row && { id: row.id, loginId: row.login_id, name: row.name, role: row.role };
    },

    /** Creates the staff user unless the login ID exists; an existing password is left alone. */
    async ensure(input: { loginId: string; name: string; role: StaffRole; passwordHash: string }): Promise<void> {
      await db.raw(
        `insert into staff (login_id, name, role, password_hash) values (?, ?, ?, ?)
         on conflict (lower(login_id)) do nothing`,
        [input.loginId, input.name, input.role, input.passwordHash],
      );
    },
  };
}

export type StaffStore = ReturnType<typeof createStaffStore>;
