import type { Principal } from '../../domain/principal';
import { accountIdOf } from '../accounts/account.routes';
import { assertCircleVisible } from '../accounts/circles.routes';
import type { ApiDeps } from '../deps';

/** The account, circle and unique a customer login is confined to. */
export const serviceScope = (p: Principal | undefined) => ({
  accountId: accountIdOf(p),
  circleId: p?.kind === 'circle' || p?.kind === 'unique' ? p.circleId : undefined,
  uniqueId: p?.kind === 'unique' ? p.uniqueId : undefined,
});

/** Checks that the caller may act for the circle and that it exists in the account (else 404). */
export async function visibleCircle(deps: ApiDeps, p: Principal | undefined, circleId: string) {
  assertCircleVisible(p, circleId);
  return deps.stores.circles.get(accountIdOf(p), circleId);
}
