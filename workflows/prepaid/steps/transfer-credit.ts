import { sleep } from '@temporalio/workflow';
import { topupActivities as act } from '../activities';
import type { ConfirmationResult } from '../contract';
import type { TopupState } from '../state';
import { creditOrder, type OrderRef } from './settle';

/**
 * Credits a confirmed transfer in business hours: now, or kept and applied at the next opening
 * (the order shows when). The operator learns which through `report` before the money moves.
 */
export async function creditTransfer(
  o: OrderRef,
  state: TopupState,
  amount: number,
  staffId: string | undefined,
  report: (r: ConfirmationResult) => void,
): Promise<void> {
  const { applyAt } = await act.transferCreditTime({ at: Date.now() });
  if (applyAt > Date.now()) {
    const when = new Date(applyAt).toISOString();
    report({ outcome: 'scheduled', applyAt: when, duplicate: false });
    await state.moveTo({
      status: 'credit_scheduled',
      eventKey: 'credit-scheduled',
      nextAction: { type: 'credit_scheduled', applyAt: when },
    });
    await sleep(applyAt - Date.now());
  } else {
    report({ outcome: 'credit', applyAt: null, duplicate: false });
  }
  await creditOrder(o, state, amount, { staffId });
}
