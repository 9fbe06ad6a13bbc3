import { z } from 'zod';
import type { Adjustment } from '../../db/prepaid/adjustments.store';
import { AppError } from '../../domain/errors';
import type { Principal } from '../../domain/principal';
import {
  ADJUSTMENT_DIRECTIONS,
  ADJUSTMENT_STATUSES,
  needsSecondOperator,
  type AdjustmentDirection,
} from '../../domain/prepaid/adjustments';
import { derivedId } from '../../lib/derived-id';
import type { ApiDeps } from '../deps';
import { CURRENCY, currencySchema, yenSchema } from '../schemas';
import { staffIdOf } from './operator.service';

const staffRefSchema = z.object({ id: z.uuid(), name: z.string() });

/** An adjustment as the API shows it. */
export const adjustmentSchema = z.object({
  id: z.uuid(),
  accountId: z.uuid(),
  accountLoginId: z.string(),
  accountName: z.string(),
  direction: z.enum(ADJUSTMENT_DIRECTIONS),
  amount: yenSchema,
  currency: currencySchema,
  reason: z.string(),
  status: z.enum(ADJUSTMENT_STATUSES),
  approvalRequired: z.boolean(),
  requestedBy: staffRefSchema,
  decidedBy: staffRefSchema.nullable(),
  decisionNote: z.string().nullable(),
  ledgerEntryId: z.number().int().nullable(),
  balanceAfter: yenSchema.nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  decidedAt: z.iso.datetime({ offset: true }).nullable(),
});

/** Renders an adjustment for the API. */
export const presentAdjustment = (a: Adjustment) => ({
  ...a,
  currency: CURRENCY,
  createdAt: a.createdAt.toISOString(),
  decidedAt: a.decidedAt?.toISOString() ?? null,
});

/** What an operator asks for. */
export interface AdjustmentRequest {
  direction: AdjustmentDirection;
  amount: number;
  reason: string;
}

/**
 * Records an operator's adjustment: applied at once up to the approval limit, else left for a
 * second operator. The ID comes from the operator and their Idempotency-Key, so a retry after a
 * lost answer finds the same adjustment instead of moving the money again; hence the key is required.
 */
export async function requestAdjustment(
  deps: ApiDeps,
  principal: Principal | undefined,
  accountId: string,
  req: AdjustmentRequest,
  idempotencyKey: string | string[] | undefined,
) {
  if (typeof idempotencyKey !== 'string' || idempotencyKey === '') throw new AppError(400, 'adjustment_key_required');
  const staffId = staffIdOf(principal);
  return deps.stores.adjustments.request({
    id: derivedId(`adjustment\nstaff:${staffId}\n${idempotencyKey}`),
    accountId,
    direction: req.direction,
    amount: req.amount,
    reason: req.reason,
    requestedBy: staffId,
    approvalRequired: needsSecondOperator(req.amount, deps.config.adjustments.approvalLimit),
  });
}

/** A second operator applies a pending adjustment. */
export const approveAdjustment = (deps: ApiDeps, principal: Principal | undefined, id: string) =>
  deps.stores.adjustments.approve(id, staffIdOf(principal));

/** An operator refuses a pending adjustment (its requester withdraws it the same way). */
export const rejectAdjustment = (deps: ApiDeps, principal: Principal | undefined, id: string, note: string) =>
  deps.stores.adjustments.reject(id, staffIdOf(principal), note);
