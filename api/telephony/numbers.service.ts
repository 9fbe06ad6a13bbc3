import { randomUUID } from 'node:crypto';
import { InputError } from '../../domain/errors';
import type { PhoneNumber } from '../../db/telephony/numbers.store';
import { numberPrice, type CatalogConfig } from '../../domain/telephony/catalog';
import type { NumberHoldInput } from '../../workflows/telephony/contract';
import type { Principal } from '../../domain/principal';
import type { ApiDeps } from '../deps';
import { serviceScope } from './scope';
import { startNumberHold } from '../../workflows/telephony/starters';

/** The price of a number in the given prices (those in effect now), or nulls when it cannot be bought (an overseas country without a price). */
export function priceOf(
  catalog: CatalogConfig,
  n: PhoneNumber,
): { monthlyFee: number | null; initialFee: number | null; purchasable: boolean } {
  try {
    const p = numberPrice(catalog, n);
    return { monthlyFee: p.monthly, initialFee: p.initial, purchasable: true };
  } catch {
    return { monthlyFee: null, initialFee: null, purchasable: false };
  }
}

/** Numbers on sale now that match the filters. */
export async function searchNumbers(
  deps: ApiDeps,
  q: { kind?: string; areaCode?: string; contains?: string; country?: string; limit: number; after?: { number: string; id: string } },
) {
  return deps.stores.numbers.search(q);
}

/** An overseas number is its own purchase (manual §3): it never goes into the cart of a services order. */
async function refuseOverseas(deps: ApiDeps, numberId: string) {
  const n = await deps.stores.numbers.find(numberId);
  if (n?.kind === 'overseas')
    throw new InputError(
      'overseas_number_separate_order',
      { number: n.number, country: n.country, endpoint: '/v1/overseas-number-orders' },
      'body.numberId',
    );
}

/** Puts a number in the account's cart for the configured time, and starts its release timer. */
export async function holdNumber(deps: ApiDeps, p: Principal | undefined, numberId: string): Promise<PhoneNumber> {
  const { accountId } = serviceScope(p);
  await refuseOverseas(deps, numberId);
  const holdId = randomUUID();
  const held = await deps.stores.numbers.hold(accountId, numberId, holdId, deps.config.services.holdMinutes * 60);
  const input: NumberHoldInput = { holdId, numberId, expiresAt: held.heldUntil!.toISOString() };
  try {
    await startNumberHold(deps.temporal, deps.config.temporal.taskQueue, input);
  } catch (err) {
    // Without its timer the hold would linger in the cart until it ran out; give it back now.
    await deps.stores.numbers.release(accountId, holdId);
    throw err;
  }
  return held;
}

/** Moves a live hold's expiry to now + the hold time; the timer picks the new expiry up. */
export async function extendHold(deps: ApiDeps, p: Principal | undefined, holdId: string): Promise<PhoneNumber> {
  return deps.stores.numbers.extend(serviceScope(p).accountId, holdId, deps.config.services.holdMinutes * 60);
}

/** Takes a number out of the cart. */
export async function releaseHold(deps: ApiDeps, p: Principal | undefined, holdId: string): Promise<boolean> {
  return deps.stores.numbers.release(serviceScope(p).accountId, holdId);
}

/**
 * Cancels a number: the carrier stops routing it, its fee ends with this month, and it rests in
 * quarantine before anyone can buy it again.
 */
export async function cancelNumber(deps: ApiDeps, p: Principal | undefined, numberId: string): Promise<PhoneNumber> {
  const scope = serviceScope(p);
  const n = await deps.stores.numbers.getOwned(scope.accountId, numberId, scope.circleId);
  if (n.status === 'active') await deps.parties.carrier.deactivate(n.number);
  return deps.db.transaction(async (trx) => {
    const cancelled = await deps.stores.numbers.cancel(scope.accountId, numberId, deps.config.services.quarantineDays, trx);
    await deps.stores.serviceHistory.record(
      [
        {
          accountId: scope.accountId,
          circleId: n.circleId!,
          orderId: n.orderId,
          itemType: 'number',
          itemId: n.id,
          kind: n.kind,
          label: n.number,
          action: 'cancelled',
          monthlyFee: n.monthlyFee ?? 0,
          initialFee: 0,
        },
      ],
      trx,
    );
    return cancelled;
  });
}
