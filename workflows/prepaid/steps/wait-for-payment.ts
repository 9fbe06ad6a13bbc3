import { condition } from '@temporalio/workflow';
import { topupActivities as act } from '../activities';
import type { TopupOrderInput } from '../contract';
import type { TopupState } from '../state';

/**
 * Waits, up to the deadline, for money (or an operator's confirmation) or the customer's
 * cancellation; mails one reminder before the deadline. Money that arrived wins over a cancel.
 */
export async function waitForPayment(
  input: TopupOrderInput,
  state: TopupState,
  deadlineMs: number,
  arrived: () => boolean,
): Promise<'arrived' | 'cancelled' | 'expired'> {
  const done = () => arrived() || state.cancelRequested;
  const remindAt = deadlineMs - input.waits.reminderBeforeMs;
  if (remindAt > Date.now() && !(await condition(done, remindAt - Date.now()))) {
    await act.mailTopup({ orderId: input.orderId, kind: 'reminder', key: `topup:${input.orderId}:reminder` });
  }
  if (!done()) await condition(done, Math.max(deadlineMs - Date.now(), 1));
  if (arrived()) return 'arrived';
  return state.cancelRequested ? 'cancelled' : 'expired';
}
