/** Which way a manual adjustment moves the balance. */
export const ADJUSTMENT_DIRECTIONS = ['credit', 'debit'] as const;
export type AdjustmentDirection = (typeof ADJUSTMENT_DIRECTIONS)[number];

/** Where an adjustment stands: waiting for a second operator, on the ledger, or refused. */
export const ADJUSTMENT_STATUSES = ['pending', 'applied', 'rejected'] as const;
export type AdjustmentStatus = (typeof ADJUSTMENT_STATUSES)[number];

/** The longest reason an operator may give; it is shown to the customer in the ledger. */
export const ADJUSTMENT_REASON_MAX = 500;

/** A fat-finger guard: no single adjustment moves more than the largest top-up the product sells. */
export const ADJUSTMENT_AMOUNT_MAX = 5_000_000;

/** The signed ledger amount of an adjustment. */
export const signedAmount = (direction: AdjustmentDirection, amount: number): number => (direction === 'credit' ? amount : -amount);

/** Four eyes: an amount strictly above the limit waits for a second operator. */
export const needsSecondOperator = (amount: number, approvalLimit: number): boolean => amount > approvalLimit;

/** The ledger's idempotency key (and reference) of an adjustment: it can reach the ledger once. */
export const adjustmentLedgerKey = (adjustmentId: string): string => `adjustment:${adjustmentId}`;
