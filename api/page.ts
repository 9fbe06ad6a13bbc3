import { z } from 'zod';
import { InputError } from '../domain/errors';

/**
 * The one way every list pages: `limit` and an opaque `cursor` in, `{ items, nextCursor }` out.
 * A cursor carries the sort key of the last item of the page (e.g. its time and id), so a new row
 * never shifts a page that a program is walking.
 */
export const listQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50).describe('Items per page, 1-200'),
  cursor: z
    .string()
    .min(1)
    .max(300)
    .regex(/^[A-Za-z0-9_-]+$/, 'must be the nextCursor of the previous page')
    .optional()
    .describe('nextCursor of the previous page; leave out for the first page'),
});

/** The answer of every list: a page of items and the cursor of the next page (null on the last page). */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z.string().nullable().describe('Pass as `cursor` for the next page; null on the last page'),
  });
}

/** Encodes the sort key of a page's last item. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** Decodes a cursor made by encodeCursor into `size` parts; anything else is a 422 on `query.cursor`. */
export function decodeCursor(cursor: string, size: number): (string | number)[] {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(key) && key.length === size && key.every((k) => typeof k === 'string' || typeof k === 'number')) return key;
  } catch {
    // fall through: not one of ours
  }
  throw new InputError('invalid_cursor', {}, 'query.cursor');
}

/** The answer for a page read with limit+1 rows: the extra row only says that there is a next page. */
export function toPage<R, T>(rows: R[], limit: number, present: (row: R) => T, key: (row: R) => readonly (string | number)[]) {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return { items: page.map(present), nextCursor: rows.length > limit && last !== undefined ? encodeCursor(key(last)) : null };
}

/** A list that is never long (a customer's cards, circles): one page, always complete. */
export const wholeList = <T>(items: T[]) => ({ items, nextCursor: null });
