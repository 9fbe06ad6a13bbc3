import type { Knex } from 'knex';
import { ConflictError } from '../../domain/errors';

/** A customer account as the application sees it (never the password hash). */
export interface Account {
  id: string;
  loginId: string;
  email: string;
  name: string;
  language: 'ja' | 'en';
  balance: number;
  lowBalanceThreshold: number | null;
  createdAt: Date;
}

type AccountRow = {
  id: string;
  login_id: string;
  email: string;
  name: string;
  language: 'ja' | 'en';
  balance: number;
  low_balance_threshold: number | null;
  created_at: Date;
  password_hash: string;
};

const toAccount = (r: AccountRow): Account => ({
  id: r.id,
  loginId: r.login_id,
  email: r.email,
  name: r.name,
  language: r.language,
  balance: r.balance,
  lowBalanceThreshold: r.low_balance_threshold,
  createdAt: r.created_at,
});

const isUniqueViolation = (err: unknown) => (err as { code?: string }).code === '23505';

/** Accounts: create, look up, edit contract data and passwords. */
export function createAccountsStore(db: Knex) {
  return {
    async create(input: { loginId: string; passwordHash: string; email: string; name: string; language: 'ja' | 'en' }): Promise<Account> {
      try {
        const [row] = await db<AccountRow>('accounts')
          .insert({
            login_id: input.loginId,
            password_hash: input.passwordHash,
            email: input.email,
            name: input.name,
            language: input.language,
          })
          .returning('*');
        return toAccount(row!);
      } catch (err) {
        if (isUniqueViolation(err)) throw new ConflictError('login_id_taken', {}, 'loginId');
        throw err;
      }
    },

    async findById(id: string, trx: Knex = db): Promise<Account | undefined> {
      const row = await trx<AccountRow>('accounts').where({ id }).first();
      return row && toAccount(row);
    },

    /** Returns the account with its password hash, for login checks only. */
    async findCredentials(loginId: string): Promise<{ account: Account; passwordHash: string } | undefined> {
      const row = await db<AccountRow>('accounts').whereRaw('lower(login_id) = lower(?)', [loginId]).first();
      return row && { account: toAccount(row), passwordHash: row.password_hash };
    },

    async update(id: string, patch: Partial<Pick<Account, 'email' | 'name' | 'language' | 'lowBalanceThreshold'>>): Promise<Account> {
      const changes: Partial<AccountRow> = {};
      if (patch.email !== undefined) changes.email = patch.email;
      if (patch.name !== undefined) changes.name = patch.name;
      if (patch.language !== undefined) changes.language = patch.language;
      if (patch.lowBalanceThreshold !== undefined) changes.low_balance_threshold = patch.lowBalanceThreshold;
      const [row] = await db<AccountRow>('accounts')
        .where({ id })
        .update({ ...changes, updated_at: db.fn.now() } as Partial<AccountRow>)
        .returning('*');
      return toAccount(row!);
    },

    async setPassword(id: string, passwordHash: string, trx: Knex = db): Promise<void> {
      await trx('accounts').where({ id }).update({ password_hash: passwordHash, updated_at: trx.fn.now() });
    },
  };
}

export type AccountsStore = ReturnType<typeof createAccountsStore>;
