import { defineQuery, defineSignal } from '@temporalio/workflow';

/** Workflow ID of the one CDR rating workflow of the system. */
export const CDR_RATING_WORKFLOW_ID = 'CdrRating';

/**
 * One rating workflow per task queue: it runs where the workers that poll that queue are. A single
 * global ID let a second deployment (a test file's own worker, a canary) start it on its queue and
 * leave everyone else's CDRs unrated once that queue's workers stopped.
 */
export const cdrRatingWorkflowId = (taskQueue: string) => `${CDR_RATING_WORKFLOW_ID}:${taskQueue}`;

/** Sent after CDRs were stored: wakes the rating workflow (signals are coalesced, never one per call). */
export const cdrsIngestedSignal = defineSignal<[]>('cdrsIngested');

/** Input of the CDR rating workflow, carried through continue-as-new. */
export interface CdrRatingInput {
  /** CDRs per rating transaction. */
  batchSize: number;
  /** Sweep for unrated CDRs at least this often, even without a signal. */
  sweepSeconds: number;
  /** Rounds before continuing as new; history stays far below its limits. */
  maxRoundsPerRun: number;
  /** A wake-up arrived before the previous run ended. */
  pending?: boolean;
}

/** Workflow ID of an account's billing cycle. */
export const billingWorkflowId = (accountId: string) => `Billing:${accountId}`;

/** Sent after a top-up credit: retries owed fees at once. */
export const balanceCreditedSignal = defineSignal<[]>('balanceCredited');

/** The billing cycle's state: what has been charged, what is owed, and whether outbound calls are suspended. */
export interface BillingCycleState {
  accountId: string;
  /** The last month (YYYY-MM, Japan time) whose fees were charged or recorded as owed. */
  chargedThrough: string;
  owedMonths: string[];
  /** Epoch ms when the grace period ends; null when nothing is owed. */
  graceUntil: number | null;
  suspended: boolean;
  /** Month boundaries handled since the cycle began (over every run). */
  cycles: number;
  /** A credit arrived and has not been acted on yet. */
  pendingCredit: boolean;
}

/** Reads the billing cycle's state. */
export const billingStateQuery = defineQuery<BillingCycleState>('billingState');

/** Input of an account's billing cycle, carried through continue-as-new. */
export interface BillingInput {
  accountId: string;
  graceDays: number;
  /** Month boundaries per run before continuing as new (12 = a year of history per run). */
  maxCyclesPerRun?: number;
  /** The month already paid when the cycle starts (the purchase paid the first month); defaults to the current month. */
  paidThrough?: string;
  state?: BillingCycleState;
}

/** Typed failure names the billing workflows may raise. */
export const BillingFailure = { UnknownAccount: 'UnknownAccount' } as const;
