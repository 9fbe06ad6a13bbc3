import type { Knex } from 'knex';
import { ConflictError, NotFoundError } from '../../domain/errors';

/** A circle: one managed group under an account, with its own login. */
export interface Circle {
  id: string;
  accountId: string;
  name: string;
  loginId: string;
  createdAt: Date;
}

type CircleRow = {
  id: string;
  account_id: string;
  name: string;
  login_id: string;
  password_hash: string;
  created_at: Date;
  removed_at: Date | null;
};

const toCircle = (r: CircleRow): Circle => ({
  id: r.id,
  accountId: r.account_id,
  name: r.name,
  loginId: r.login_id,
  createdAt: r.created_at,
});

/**
 * Counts a domain's live rows that keep a circle alive; removing a circle runs every domain's
 * check in its transaction, without this store knowing the domains.
 */
export type CircleServiceCheck = (db: Knex, circleId: string) => Promise<number>;

/** Circles of an account: list, add, rename, change the password, remove. */
export function createCirclesStore(db: Knex) {
  const active = () => db<CircleRow>('circles').whereNull('removed_at');
  return {
    async list(accountId: string): Promise<Circle[]> {
      const rows = await active().where({ account_id: accountId }).orderBy('created_at');
      return rows.map(toCircle);
    },

    /** Finds a circle only inside the given account, so another account's circle reads as missing. */
    async get(accountId: string, id: string): Promise<Circle> {
      const row = await active().where({ account_id: accountId, id }).first();
      if (!row) throw new NotFoundError('circle');
      return toCircle(row);
    },

    async create(accountId: string, input: { name: string; loginId: string; passwordHash: string }): Promise<Circle> {
      try {
        const [row] = await db<CircleRow>('circles')
          .insert({ account_id: accountId, name: input.name, login_id: input.loginId, password_hash: input.passwordHash })
          .returning('*');
        return toCircle(row!);
      } catch (err) {
        if ((err as { code?: string }).code === '23505') throw new ConflictError('login_id_taken', {}, 'loginId');
        throw err;
      }
    },

    async rename(accountId: string, id: string, name: string): Promise<Circle> {
      const [row] = await active().where({ account_id: accountId, id }).update({ name }).returning('*');
      if (!row) throw new NotFoundError('circle');
      return toCircle(row);
    },

    /** Sets a circle's login password and ends its sessions, except the one given (the circle's own, changing it). */
    async setPassword(accountId: string, id: string, passwordHash: string, keepSessionTokenHash?: string): Promise<void> {
      await db.transaction(async (trx) => {
        const updated = await trx<CircleRow>('circles')
          .whereNull('removed_at')
          .where({ account_id: accountId, id })
          .update({ password_hash: passwordHash });
        if (!updated) throw new NotFoundError('circle');
        const sessions = trx('sessions').where({ kind: 'circle', circle_id: id }).whereNull('revoked_at');
        if (keepSessionTokenHash) sessions.whereNot({ token_hash: keepSessionTokenHash });
        await sessions.update({ revoked_at: trx.fn.now() });
      });
    },

    /** Removes a circle unless one of the checks finds live services in it. */
    async remove(accountId: string, id: string, activeServiceChecks: CircleServiceCheck[]): Promise<void> {
      await db.transaction(async (trx) => {
        const row = await trx<CircleRow>('circles').whereNull('removed_at').where({ account_id: accountId, id }).forUpdate().first();
        if (!row) throw new NotFoundError('circle');
        let services = 0;
        for (const check of activeServiceChecks) services += await check(trx, id);
        if (services > 0) throw new ConflictError('circle_has_active_services', { services });
        await trx('circles').where({ id }).update({ removed_at: trx.fn.now() });
        await trx('sessions').where({ circle_id: id }).whereNull('revoked_at').update({ revoked_at: trx.fn.now() });
        await trx('api_keys').where({ circle_id: id }).whereNull('revoked_at').update({ revoked_at: trx.fn.now() });
      });
    },

    async findCredentials(loginId: string): Promise<{ circle: Circle; passwordHash: string } | undefined> {
      const row = await active().whereRaw('lower(login_id) = lower(?)', [loginId]).first();
      return row && { circle: toCircle(row), passwordHash: row.password_hash };
    },
  };
}

export type CirclesStore = ReturnType<typeof createCirclesStore>;
