import { ApiProblem } from '../../../shared/api-client';
import type { Lang } from '../../../shared/i18n';

const JST_OFFSET_MS = 9 * 3_600_000;

/** An instant as a datetime-local value in Japan time (which has no daylight saving): 2026-12-01T00:00. */
export const toJstInput = (at: Date | string): string => new Date(new Date(at).getTime() + JST_OFFSET_MS).toISOString().slice(0, 16);

/** A datetime-local value read as Japan time, whatever the browser's zone, as an ISO instant. */
export const fromJstInput = (value: string): string => new Date(`${value}:00+09:00`).toISOString();

/** Midnight at the start of tomorrow, Japan time: the usual start of a new price. */
export function tomorrowJst(now: Date = new Date()): string {
  return `${toJstInput(new Date(now.getTime() + 86_400_000)).slice(0, 10)}T00:00`;
}

/** Parses yen with up to three decimals into exact thousandths of a yen; undefined when malformed. */
export function parseMilliYen(text: string): number | undefined {
  const m = /^(\d{1,9})(?:\.(\d{1,3}))?$/.exec(text.trim().replace(/,/g, ''));
  if (!m) return undefined;
  return Number(m[1]) * 1000 + Number((m[2] ?? '').padEnd(3, '0'));
}

/** Thousandths of a yen as an input value: 8000 → "8", 10500 → "10.5". */
export const milliYenInput = (milli: number): string =>
  milli % 1000 === 0 ? String(milli / 1000) : (milli / 1000).toFixed(3).replace(/0+$/, '');

/** Thousandths of a yen as people read them: ¥10.5 or 10.5円. */
export function milliYen(milli: number, lang: Lang): string {
  const text = (milli / 1000).toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-US', { maximumFractionDigits: 3 });
  return lang === 'ja' ? `${text}円` : `¥${text}`;
}

/** The message of a failed call: the API's problem detail with the first field's explanation, or the error's text. */
export function failureText(err: unknown): string {
  if (!(err instanceof ApiProblem)) return (err as Error).message;
  const field = (err.problem as { errors?: Array<{ message: string }> }).errors?.[0]?.message;
  return field ? `${err.problem.detail} ${field}` : err.problem.detail;
}
