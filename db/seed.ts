import type { Knex } from 'knex';
import { hashPassword } from '../lib/crypto';
import { createStaffStore } from './accounts/staff.store';

/** Staff users for local use only; their passwords are printed by `npm start`. */
export const DEMO_STAFF = [
  { loginId: 'operator', password: 'operator-pass-1', name: 'Demo Operator', role: 'operator' as const },
  { loginId: 'warehouse', password: 'warehouse-pass-1', name: 'Demo Warehouse', role: 'warehouse' as const },
  { loginId: 'operator2', password: 'operator2-pass-1', name: 'Demo Operator 2', role: 'operator' as const },
  { loginId: 'admin', password: 'admin-pass-1', name: 'Demo Admin', role: 'admin' as const },
];

/** Loads a domain's idempotent reference data (catalog, rates, number blocks). */
export type Seeder = (db: Knex) => Promise<void>;

/** Loads the domains' reference data, and demo staff when asked; safe to run at every start. */
export async function seedReferenceData(db: Knex, opts: { demo: boolean; seeders: Seeder[] }): Promise<void> {
  for (const seed of opts.seeders) await seed(db);
  if (opts.demo) {
    const staff = createStaffStore(db);
    for (const s of DEMO_STAFF)
      await staff.ensure({ loginId: s.loginId, name: s.name, role: s.role, passwordHash: await hashPassword(s.password) });
  }
}
