import type { Knex } from 'knex';
import { NotFoundError } from '../../domain/errors';

/** A contact of a circle's phone book (電話帳). */
export interface Contact {
  id: string;
  circleId: string;
  name: string;
  nameKana: string | null;
  company: string | null;
  number: string;
  notes: string | null;
  createdAt: Date;
  updatedAt: Date;
}

type Row = {
  id: string;
  account_id: string;
  circle_id: string;
  name: string;
  name_kana: string | null;
  company: string | null;
  number: string;
  notes: string | null;
  created_at: Date;
  updated_at: Date;
};

const toContact = (r: Row): Contact => ({
  id: r.id,
  circleId: r.circle_id,
  name: r.name,
  nameKana: r.name_kana,
  company: r.company,
  number: r.number,
  notes: r.notes,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** What a contact carries; all but name and number are optional. */
export interface ContactInput {
  name?: string;
  nameKana?: string | null;
  company?: string | null;
  number?: string;
  notes?: string | null;
}

const toColumns = (c: ContactInput) => {
  const cols: Record<string, unknown> = {};
  if (c.name !== undefined) cols.name = c.name;
  if (c.nameKana !== undefined) cols.name_kana = c.nameKana;
  if (c.company !== undefined) cols.company = c.company;
  if (c.number !== undefined) cols.number = c.number;
  if (c.notes !== undefined) cols.notes = c.notes;
  return cols;
};

/** The circle phone book: add, edit, remove, search. */
export function createContactsStore(db: Knex) {
  return {
    /** Contacts of the circle, by name; `q` matches name, kana, company or digits of the number. */
    async search(circleId: string, opts: { q?: string; limit: number; after?: { name: string; id: string } }): Promise<Contact[]> {
      // limit+1 rows: the extra one only says that there is a next page.
      const query = db<Row>('circle_contacts')
        .where({ circle_id: circleId })
        .orderBy(['name', 'id'])
        .limit(opts.limit + 1);
      if (opts.after) query.whereRaw('(name, id) > (?, ?::uuid)', [opts.after.name, opts.after.id]);
      if (opts.q) {
        const like = `%${opts.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
        query.where((w) =>
          w.whereILike('name', like).orWhereILike('name_kana', like).orWhereILike('company', like).orWhereILike('number', like),
        );
      }
      return (await query).map(toContact);
    },

    async get(circleId: string, id: string): Promise<Contact> {
      const row = await db<Row>('circle_contacts').where({ circle_id: circleId, id }).first();
      if (!row) throw new NotFoundError('contact');
      return toContact(row);
    },

    async create(accountId: string, circleId: string, c: ContactInput & { name: string; number: string }): Promise<Contact> {
      const [row] = await db<Row>('circle_contacts')
        .insert({ account_id: accountId, circle_id: circleId, ...toColumns(c) })
        .returning('*');
      return toContact(row!);
    },

    async update(circleId: string, id: string, c: ContactInput): Promise<Contact> {
      const [row] = await db<Row>('circle_contacts')
        .where({ circle_id: circleId, id })
        .update({ ...toColumns(c), updated_at: db.fn.now() } as never)
        .returning('*');
      if (!row) throw new NotFoundError('contact');
      return toContact(row);
    },

    async remove(circleId: string, id: string): Promise<void> {
      const n = await db('circle_contacts').where({ circle_id: circleId, id }).delete();
      if (n === 0) throw new NotFoundError('contact');
    },
  };
}

export type ContactsStore = ReturnType<typeof createContactsStore>;
