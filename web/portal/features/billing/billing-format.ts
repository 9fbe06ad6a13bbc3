import { ApiProblem } from '../../../shared/api-client';

/** What an error says to the customer: the API's own sentence, in their language. */
export const problemText = (err: unknown) => (err instanceof ApiProblem ? err.problem.detail : (err as Error).message);

const pad = (n: number) => String(n).padStart(2, '0');

/** The Japan-time month of now, as YYYY-MM. */
export const currentJstMonth = () => new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 7);

/** True for a well-formed YYYY-MM. */
export const isMonth = (text: string) => /^\d{4}-(0[1-9]|1[0-2])$/.test(text);

/** The month after YYYY-MM. */
export function nextMonth(month: string): string {
  const [y, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  return m === 12 ? `${y + 1}-01` : `${y}-${pad(m + 1)}`;
}

/** The instants a Japan-time month starts and ends, as the API's filters take them. */
export const monthRange = (month: string) => ({ from: `${month}-01T00:00:00+09:00`, to: `${nextMonth(month)}-01T00:00:00+09:00` });

/** Talk time as h:mm:ss (or m:ss under an hour). */
export function duration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return h ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/** A month as people read it: 2027年1月 or January 2027. */
export const monthLabel = (month: string, lang: 'ja' | 'en') =>
  lang === 'ja'
    ? `${Number(month.slice(0, 4))}年${Number(month.slice(5, 7))}月`
    : new Date(`${month}-01T00:00:00Z`).toLocaleDateString('en-GB', { year: 'numeric', month: 'long', timeZone: 'UTC' });

/** A Japan-time date of an instant, as YYYY-MM-DD. */
export const jstDay = (iso: string) => new Date(new Date(iso).getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
