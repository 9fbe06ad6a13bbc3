import { InputError } from '../../domain/errors';
import { checkTopupAmount } from '../../domain/prepaid/limits';
import type { PrepaidSettings } from '../../db/prepaid/prepaid-settings.store';
import type { ApiDeps } from '../deps';

/** Saves the low-balance threshold and the auto top-up, checking the card and the card range. */
export async function saveSettings(deps: ApiDeps, accountId: string, body: Omit<PrepaidSettings, 'accountId'>): Promise<PrepaidSettings> {
  const auto = body.autoTopup;
  if (auto.enabled) {
    if (body.lowBalanceThreshold === null) throw new InputError('auto_topup_needs_threshold', {}, 'body.lowBalanceThreshold');
    if (!auto.cardId || auto.amount === null)
      throw new InputError('auto_topup_card_required', {}, auto.cardId ? 'body.autoTopup.amount' : 'body.autoTopup.cardId');
    checkTopupAmount('registered_card', auto.amount, deps.config.topup.limits, 'body.autoTopup.amount');
  }
  if (auto.cardId && !(await deps.stores.cards.find(accountId, auto.cardId)))
    throw new InputError('auto_topup_card_required', {}, 'body.autoTopup.cardId');
  const settings = { accountId, ...body };
  await deps.stores.prepaidSettings.save(settings);
  return deps.stores.prepaidSettings.get(accountId);
}
