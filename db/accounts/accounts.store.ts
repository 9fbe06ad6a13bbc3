import type { Knex } from 'knex';
import { ConflictError } from '../../domain/errors';

/** A customer account as the application sees it (never the password hash). */
export type Account = {
  id: string;
  loginId: string;
  email: string;
  name: string;
  language: 'ja' | 'en';
  balance: number;
  lowBalanceThreshold: number | null;
  createdAt: Date;
} & AccountProfile;

/** The contract data beyond the name; null until the customer fills it in. */
export interface AccountProfile {
  contactName: string | null;
  /** Seven digits, without the hyphen. */
  postalCode: string | null;
  prefecture: string | null;
  address: string | null;
  /** Digits only, starting with 0. */
  phone: string | null;
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
  contact_name: string | null;
  postal_code: string | null;
  prefecture: string | null;
  address: string | null;
  phone: string | null;
};

/** The editable contract data of an account. */
export type AccountPatch = Partial<Pick<Account, 'email' | 'name' | 'language' | 'lowBalanceThreshold'> & AccountProfile>;

const PATCH_COLUMNS: Record<keyof AccountPatch, keyof AccountRow> = {
  email: 'email',
  name: 'name',
  language: 'language',
  lowBalanceThreshold: 'low_balance_threshold',
  contactName: 'contact_name',
  postalCode: 'postal_code',
  prefecture: 'prefecture',
  address: 'address',
  phone: 'phone',
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
  contactName: r.contact_name,
  postalCode: r.postal_code,
  prefecture: r.prefecture,
  address: r.address,
  phone: r.phone,
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

    async update(id: string, patch: AccountPatch): Promise<Account> {
      const changes: Record<string, unknown> = {};
      for (const [key, column] of Object.entries(PATCH_COLUMNS))
        if (patch[key as keyof AccountPatch] !== undefined) changes[column] = patch[key as keyof AccountPatch];
      const [row] = await db<AccountRow>('accounts')
        .where({ id })
        .update({ ...changes, updated_at: db.fn.now() } as Partial<AccountRow>)
        .returning('*');
      return toAccount(row!);
    },

    /** Every account registered to a mail address, whatever its case, oldest first. */
    async listByEmail(email: string): Promise<Account[]> {
      const rows = await db<AccountRow>('accounts').whereRaw('lower(email) = lower(?)', [email.trim()]).orderBy('created_at');
      return rows.map(toAccount);
    },

    async setPassword(id: string, passwordHash: string, trx: Knex = db): Promise<void> {
      await trx('accounts').where({ id }).update({ password_hash: passwordHash, updated_at: trx.fn.now() });
    },
  };
}

export type AccountsStore = ReturnType<typeof createAccountsStore>;
