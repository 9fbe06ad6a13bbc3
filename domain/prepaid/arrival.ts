import { tokyoDate } from './business-calendar';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether the text is a real calendar date written YYYY-MM-DD (no 2月30日). */
export function isCalendarDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}

/** Why an arrival date cannot be right for an order, or undefined when it can. */
export function arrivalRefusal(
  arrivedOn: string,
  ctx: { now: Date; orderedAt: Date },
): { code: 'arrival_in_future'; today: string } | { code: 'arrival_before_order'; orderedOn: string } | undefined {
  const today = tokyoDate(ctx.now);
  if (arrivedOn > today) return { code: 'arrival_in_future', today };
  const orderedOn = tokyoDate(ctx.orderedAt);
  if (arrivedOn < orderedOn) return { code: 'arrival_before_order', orderedOn };
  return undefined;
}

/**
 * Whether money that arrived on this Tokyo date is on time. A bank reports the day, not the hour,
 * so a transfer that arrived on the deadline's date counts as on time, whenever it is confirmed.
 */
export function arrivedInTime(arrivedOn: string, deadline: Date | null): boolean {
  return deadline === null || arrivedOn <= tokyoDate(deadline);
}
