import type { NumbersStore } from '../../db/telephony/numbers.store';

/** The number hold timer's one step. */
export function createNumberHoldActivities(deps: { numbers: NumbersStore }) {
  return {
    /** Releases the hold if it ran out by `asOf` (workflow time); else says it was extended or is gone. */
    async expireNumberHold(input: {
      holdId: string;
      asOf: string;
    }): Promise<{ state: 'released' | 'gone' } | { state: 'extended'; heldUntil: string }> {
      const r = await deps.numbers.expireHold(input.holdId, new Date(input.asOf));
      return r.state === 'extended' ? { state: 'extended', heldUntil: r.heldUntil.toISOString() } : r;
    },
  };
}
