import type { Knex } from 'knex';
import type { CardBrand } from '../../domain/prepaid/cards';

/** A registered card: what the customer sees (brand, last 4) and the processor's reference. */
export interface Card {
  id: string;
  accountId: string;
  processorRef: string;
  brand: CardBrand;
  last4: string;
  expMonth: number;
  expYear: number;
  createdAt: Date;
  lastUsedAt: Date | null;
}

type CardRow = {
  id: string;
  account_id: string;
  processor_ref: string;
  brand: CardBrand;
  last4: string;
  exp_month: number;
  exp_year: number;
  created_at: Date;
  last_used_at: Date | null;
};

const toCard = (r: CardRow): Card => ({
  id: r.id,
  accountId: r.account_id,
  processorRef: r.processor_ref,
  brand: r.brand,
  last4: r.last4,
  expMonth: r.exp_month,
  expYear: r.exp_year,
  createdAt: r.created_at,
  lastUsedAt: r.last_used_at,
});

/** Registered cards; removal is soft so past top-ups keep their card. */
export function createCardsStore(db: Knex) {
  return {
    async add(c: Omit<Card, 'id' | 'createdAt' | 'lastUsedAt'>): Promise<Card> {
      const [row] = await db<CardRow>('cards')
        .insert({
          account_id: c.accountId,
          processor_ref: c.processorRef,
          brand: c.brand,
          last4: c.last4,
          exp_month: c.expMonth,
          exp_year: c.expYear,
        })
        .onConflict('processor_ref')
        .merge({ removed_at: null } as never)
        .returning('*');
      return toCard(row!);
    },

    async list(accountId: string): Promise<Card[]> {
      const rows = await db<CardRow>('cards').where({ account_id: accountId }).whereNull('removed_at').orderBy('created_at', 'asc');
      return rows.map(toCard);
    },

    /** The account's card, or undefined (another account's card is never found). */
    async find(accountId: string, cardId: string): Promise<Card | undefined> {
      const row = await db<CardRow>('cards').where({ id: cardId, account_id: accountId }).whereNull('removed_at').first();
      return row && toCard(row);
    },

    /** Soft-removes the card; false when it was not there. */
    async remove(accountId: string, cardId: string): Promise<boolean> {
      const n = await db('cards').where({ id: cardId, account_id: accountId }).whereNull('removed_at').update({ removed_at: db.fn.now() });
      return n > 0;
    },

    async markUsed(cardId: string, trx: Knex = db): Promise<void> {
      await trx('cards').where({ id: cardId }).update({ last_used_at: trx.fn.now() });
    },
  };
}

export type CardsStore = ReturnType<typeof createCardsStore>;
