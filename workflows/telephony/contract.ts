import { defineSignal, defineUpdate } from '@temporalio/workflow';
import type { OrderTotals } from '../../domain/money';
import type { ServicesLine } from '../../domain/telephony/catalog';
import type { FailureTable } from '../../domain/failures';

/** Workflow ID of one services order (uniques and/or numbers for one circle). */
export const servicesOrderWorkflowId = (orderId: string) => `ServicesOrder:${orderId}`;

/** Workflow ID of one number hold's timer. */
export const numberHoldWorkflowId = (holdId: string) => `NumberHold:${holdId}`;

/** Statuses of a services order, in the order they happen. */
export const SERVICES_ORDER_STATUS = {
  accepted: 'accepted',
  paid: 'paid',
  provisioning: 'provisioning',
  activatingNumbers: 'activating_numbers',
  completed: 'completed',
  failed: 'failed',
} as const;

/** A unique to create, with the ID the API chose so that retries create it once. */
export interface OrderedUnique {
  id: string;
  kind: string;
  monthlyFee: number;
  initialFee: number;
}

/** A held number the order buys. */
export interface OrderedNumber {
  id: string;
  number: string;
  kind: string;
  monthlyFee: number;
  initialFee: number;
}

/** Input of the services order workflow: everything is priced and validated by the API. */
export interface ServicesOrderInput {
  orderId: string;
  accountId: string;
  circleId: string;
  uniques: OrderedUnique[];
  numbers: OrderedNumber[];
  /** The priced lines the customer confirmed. */
  items: ServicesLine[];
  totals: OrderTotals;
  /** How long to wait for the carrier's answers before giving up. */
  carrierTimeoutHours: number;
}

/** The carrier's answer for one number, relayed from its webhook. */
export interface CarrierResult {
  numberId: string;
  outcome: 'active' | 'failed';
  reason: string | null;
}

/** Signal carrying the carrier's answer; duplicates are ignored. */
export const carrierResultSignal = defineSignal<[CarrierResult]>('carrierResult');

/** Answers the placement (update-with-start) once the order row is written with its numbers and money, or refused. */
export const placeServicesOrderUpdate = defineUpdate<{ orderId: string }, []>('placeServicesOrder');

/** One line of the order's honest per-item report. */
export type LineResult =
  | { type: 'unique'; id: string; kind: string; status: 'ordered' | 'created' | 'active' | 'removed' }
  | {
      type: 'number';
      id: string;
      number: string;
      kind: string;
      status: 'ordered' | 'activating' | 'active' | 'failed' | 'released';
      reason: string | null;
    };

/** How a services order ended. */
export interface ServicesOrderResult {
  status: 'completed' | 'failed' | 'rejected';
  reason: string | null;
  lines: LineResult[];
}

/** Input of a number hold's timer. */
export interface NumberHoldInput {
  holdId: string;
  numberId: string;
  expiresAt: string;
}

/**
 * Typed failures of a services order, with the HTTP answer each gets (activities and the API read
 * it). The carrier's and the PBX's refusals end the order; their answer is the order's status.
 */
export const SERVICES_FAILURES = {
  numberHoldLost: { type: 'NumberHoldLost', status: 422, code: 'number_not_held', field: 'body.numberIds' },
  insufficientBalance: { type: 'InsufficientBalance', status: 422, code: 'insufficient_balance' },
  carrierRejected: { type: 'CarrierRejected', status: 502, code: 'carrier_rejected' },
  pbxRejected: { type: 'PbxRejected', status: 502, code: 'pbx_rejected' },
  carrierTimeout: { type: 'CarrierTimeout', status: 504, code: 'carrier_timeout' },
  numberActivationFailed: { type: 'NumberActivationFailed', status: 409, code: 'number_activation_failed' },
} as const satisfies FailureTable;
