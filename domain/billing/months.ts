/** Japan has no daylight saving time: JST is always UTC+9. */
const JST_OFFSET_MS = 9 * 3_600_000;

const pad = (n: number) => String(n).padStart(2, '0');

/** A billing month as YYYY-MM, in Japan time. */
export type Month = string;

/** The Japan-time month an instant falls in. */
export function jstMonthOf(at: Date | number): Month {
  const t = new Date(+at + JST_OFFSET_MS);
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}`;
}

/** The instant (epoch ms) a month starts: the 1st at 00:00 in Tokyo. */
export function jstMonthStart(month: Month): number {
  const [y, m] = parseMonth(month);
  return Date.UTC(y, m - 1, 1) - JST_OFFSET_MS;
}

/** The month after. */
export function nextMonth(month: Month): Month {
  const [y, m] = parseMonth(month);
  return m === 12 ? `${y + 1}-01` : `${y}-${pad(m + 1)}`;
}

/** True for a well-formed YYYY-MM. */
export function isMonth(text: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(text);
}

function parseMonth(month: Month): [number, number] {
  if (!isMonth(month)) throw new Error(`not a month: ${month}`);
  return [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
}
