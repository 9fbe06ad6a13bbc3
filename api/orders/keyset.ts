import { InputError } from '../../domain/errors';
import { decodeCursor } from '../page';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Reads a cursor made of a time and an ID (the sort key of pages ordered by time): a cursor that
 * decodes but does not hold a time and a UUID would fail in the database, so it is refused here.
 */
export function timeIdCursor(cursor: string | undefined): { at: string; id: string } | undefined {
  if (cursor === undefined) return undefined;
  const [at, id] = decodeCursor(cursor, 2);
  if (typeof at !== 'string' || Number.isNaN(Date.parse(at)) || typeof id !== 'string' || !UUID.test(id))
    throw new InputError('invalid_cursor', {}, 'query.cursor');
  return { at, id };
}

/** Reads a cursor made of a text sort key (a number, a name, a code) and an ID. */
export function textIdCursor(cursor: string | undefined): { key: string; id: string } | undefined {
  if (cursor === undefined) return undefined;
  const [key, id] = decodeCursor(cursor, 2);
  if (typeof key !== 'string' || typeof id !== 'string' || !UUID.test(id)) throw new InputError('invalid_cursor', {}, 'query.cursor');
  return { key, id };
}

/** The sort key a page ordered by (time, id) puts in its cursor. */
export const timeIdKey = (at: Date, id: string) => [at.toISOString(), id] as const;
