import type { KeysetAfter } from '../../db/prepaid/keyset';
import { InputError } from '../../domain/errors';
import { decodeCursor, listQuerySchema } from '../page';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Reads a cursor of a page ordered by (time, id). One that decodes but holds no time and UUID
 * would fail in the database, so it is refused here as a 400 on `query.cursor`.
 */
export function afterCursor(cursor: string | undefined): KeysetAfter | undefined {
  if (cursor === undefined) return undefined;
  const [at, id] = decodeCursor(cursor, 2);
  const when = typeof at === 'string' ? new Date(at) : undefined;
  if (!when || Number.isNaN(when.getTime()) || typeof id !== 'string' || !UUID.test(id))
    throw new InputError('invalid_cursor', {}, 'query.cursor');
  return { at: when, id };
}

/** The sort key a page ordered by (time, id) puts in its cursor. */
export const timeIdKey = (at: Date, id: string): [string, string] => [at.toISOString(), id];

/** Reads a cursor of a page ordered by a numeric ID alone (ledger entries, audit rows). */
export function idCursor(cursor: string | undefined): number | undefined {
  if (cursor === undefined) return undefined;
  const [id] = decodeCursor(cursor, 1);
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 1) throw new InputError('invalid_cursor', {}, 'query.cursor');
  return id;
}

/**
 * The `cursor` of a list paged by a numeric ID, checked with the other query fields, so that a
 * request with a bad cursor and another bad filter hears of both at once.
 */
export const idCursorSchema = listQuerySchema.shape.cursor.refine(
  (c) => {
    if (c === undefined) return true;
    try {
      return idCursor(c) !== undefined;
    } catch {
      return false;
    }
  },
  { message: 'must be the nextCursor of the previous page' },
);
