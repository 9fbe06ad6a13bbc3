import type { Knex } from 'knex';

/** An account's prepaid settings: the low-balance threshold and the optional auto top-up. */
export interface PrepaidSettings {
  accountId: string;
  lowBalanceThreshold: number | null;
  autoTopup: { enabled: boolean; amount: number | null; cardId: string | null };
}

/** Prepaid settings, plus the once-per-crossing state of the low-balance notice. */
export function createPrepaidSettingsStore(db: Knex) {
  return {
    async get(accountId: string): Promise<PrepaidSettings> {
      const row = await db('accounts as a')
        .leftJoin('prepaid_settings as s', 's.account_id', 'a.id')
        .where('a.id', accountId)
        .first('a.low_balance_threshold', 's.auto_topup_enabled', 's.auto_topup_amount', 's.auto_topup_card_id');
      return {
        accountId,
        lowBalanceThreshold: row?.low_balance_threshold ?? null,
        autoTopup: {
          enabled: row?.auto_topup_enabled ?? false,
          amount: row?.auto_topup_amount ?? null,
          cardId: row?.auto_topup_card_id ?? null,
        },
      };
    },

    async save(s: PrepaidSettings): Promise<void> {
      await db.transaction(async (trx) => {
        await trx('accounts').where({ id: s.accountId }).update({ low_balance_threshold: s.lowBalanceThreshold, updated_at: trx.fn.now() });
        await trx.raw(
          `insert into prepaid_settings (account_id, auto_topup_enabled, auto_topup_amount, auto_topup_card_id) values (?, ?, ?, ?)
           on conflict (account_id) do update set auto_topup_enabled = excluded.auto_topup_enabled, auto_topup_amount = excluded.auto_topup_amount,
             auto_topup_card_id = excluded.auto_topup_card_id, updated_at = now()`,
          [s.accountId, s.autoTopup.enabled, s.autoTopup.amount, s.autoTopup.cardId],
        );
      });
    },

    /**
     * Marks the balance as below the threshold; returns the crossing number when this call
     * made the change (so exactly one caller mails and starts an auto top-up), else undefined.
     */
    async markBelow(accountId: string, trx: Knex = db): Promise<number | undefined> {
      await trx.raw(`insert into prepaid_settings (account_id) values (?) on conflict do nothing`, [accountId]);
      const r = await trx.raw(
        `update prepaid_settings set low_notified_at = now(), crossings = crossings + 1 where account_id = ? and low_notified_at is null returning crossings`,
        [accountId],
      );
      return r.rows[0]?.crossings;
    },

    /** Clears the notice state once the balance is back at or above the threshold. */
    async markRecovered(accountId: string): Promise<void> {
      await db('prepaid_settings').where({ account_id: accountId }).whereNotNull('low_notified_at').update({ low_notified_at: null });
    },
  };
}

export type PrepaidSettingsStore = ReturnType<typeof createPrepaidSettingsStore>;
