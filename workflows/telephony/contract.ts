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
  /** The carrier refused some numbers: they left the order and their share went back to the balance. */
  numbersRefused: 'numbers_refused',
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
      /** `refused`: the carrier refused it and the rest of the order went on without it (refunded). */
      status: 'ordered' | 'activating' | 'active' | 'failed' | 'refused' | 'released';
      reason: string | null;
    };

/** What went back to the balance for the numbers the carrier refused, as the order's detail shows it. */
export interface RefusedRefund {
  numberIds: string[];
  /** Yen refunded: the total paid minus the total of the lines kept. */
  amount: number;
  /** The order's totals over the lines kept, tax rounded once. */
  totalsAfter: OrderTotals;
  currency: 'JPY';
}

/** How a services order ended. */
export interface ServicesOrderResult {
  status: 'completed' | 'failed' | 'rejected';
  reason: string | null;
  lines: LineResult[];
  /** Yen given back for lines the carrier refused while the rest completed (absent before that rule). */
  refunded?: number;
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

/** Workflow ID of one overseas number order. */
export const overseasNumberOrderWorkflowId = (orderId: string) => `OverseasNumberOrder:${orderId}`;

/** The order kind of an overseas number: bought by its own purchase, not inside a services order (manual §3). */
export const OVERSEAS_NUMBER_ORDER_KIND = 'overseas_number' as const;

/** Statuses of an overseas number order, in the order they happen. */
export const OVERSEAS_ORDER_STATUS = {
  accepted: 'accepted',
  paid: 'paid',
  awaitingCarrier: 'awaiting_carrier',
  completed: 'completed',
  failed: 'failed',
} as const;

/** Input of the overseas number order workflow: priced and validated by the API. */
export interface OverseasNumberOrderInput {
  orderId: string;
  accountId: string;
  circleId: string;
  /** ISO 3166-1 alpha-2 country of the number. */
  country: string;
  /** The area (city) code the customer asked for; null takes any of the country. */
  areaCode: string | null;
  monthlyFee: number;
  initialFee: number;
  totals: OrderTotals;
  /** The lead time promised to the customer: the carrier is asked to have the number ready by then. */
  leadTimeMs: number;
  /** How long after the lead time to wait for the carrier's answer before giving up. */
  carrierTimeoutHours: number;
}

/** How an overseas number order ended. */
export interface OverseasNumberOrderResult {
  status: 'completed' | 'failed' | 'rejected';
  reason: string | null;
  numberId: string | null;
}

/** Answers the placement once the order row is written with its number and money, or refused. */
export const placeOverseasNumberOrderUpdate = defineUpdate<{ orderId: string }, []>('placeOverseasNumberOrder');

/** Typed failures of an overseas number order, with the HTTP answer each gets. */
export const OVERSEAS_FAILURES = {
  insufficientBalance: SERVICES_FAILURES.insufficientBalance,
  noOverseasNumber: { type: 'NoOverseasNumber', status: 409, code: 'overseas_number_unavailable', field: 'body.areaCode' },
  carrierRejected: SERVICES_FAILURES.carrierRejected,
  carrierTimeout: SERVICES_FAILURES.carrierTimeout,
  numberActivationFailed: SERVICES_FAILURES.numberActivationFailed,
} as const satisfies FailureTable;
