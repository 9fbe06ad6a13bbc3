/** Where a keyset page resumes: the sort time and the ID of the previous page's last row. */
export interface KeysetAfter {
  at: Date;
  id: string;
}

/**
 * The SQL condition "after the row (at, id)" in a (time, id) order, `<` going newest first and `>`
 * oldest first. Columns keep microseconds but a cursor's time has milliseconds, so the row's own
 * stored time is used while the row exists (the cursor's only once it is gone): rows written in the
 * same millisecond are neither skipped nor repeated. Bind with keysetArgs.
 */
export function keysetAfter(
  timeCol: string,
  idCol: string,
  op: '<' | '>',
  table: string,
  idColumn: string,
  timeColumn = 'created_at',
): string {
  return `(${timeCol}, ${idCol}) ${op} (coalesce((select ${timeColumn} from ${table} where ${idColumn} = ?), ?::timestamptz), ?)`;
}

/** The bindings of keysetAfter's condition. */
export const keysetArgs = (after: KeysetAfter): string[] => [after.id, after.at.toISOString(), after.id];
