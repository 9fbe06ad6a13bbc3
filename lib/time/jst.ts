const JST_OFFSET_MS = 9 * 60 * 60 * 1000;

/**
 * A moment as RFC 3339 in Japan time, e.g. `2026-11-28T09:00:00+09:00`.
 * For times a person reads (deadlines, pay-by, report base times): customers
 * and staff think in JST, so the wall-clock part must be JST, not UTC.
 */
export function toJstIso(d: Date): string {
  const wall = new Date(d.getTime() + JST_OFFSET_MS).toISOString();
  return `${wall.slice(0, 19)}+09:00`;
}
