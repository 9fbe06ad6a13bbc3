import { AppError, InputError, NotFoundError } from '../../domain/errors';
import { PartyRejectedError } from '../../domain/parties';
import { cardRefusal } from '../../domain/prepaid/cards';
import type { ApiDeps } from '../deps';

/** Registers a card from a processor token: we keep brand, last 4, expiry and the processor's reference. */
export async function addCard(deps: ApiDeps, accountId: string, cardToken: string) {
  const { processor } = deps.parties;
  try {
    const details = await processor.describeToken(cardToken);
    if (cardRefusal(details)) throw new InputError('card_refused', { brand: details.brand }, 'body.cardToken');
    const saved = await processor.saveCard(cardToken);
    return await deps.stores.cards.add({
      accountId,
      processorRef: saved.ref,
      brand: saved.brand,
      last4: saved.last4,
      expMonth: saved.expMonth,
      expYear: saved.expYear,
    });
  } catch (err) {
    if (err instanceof PartyRejectedError) throw new InputError('card_token_invalid', {}, 'body.cardToken');
    if (err instanceof AppError) throw err;
    throw new AppError(503, 'processor_unavailable');
  }
}

/** Removes a card here and at the processor; an auto top-up that used it is switched off. */
export async function removeCard(deps: ApiDeps, accountId: string, cardId: string): Promise<void> {
  const card = await deps.stores.cards.find(accountId, cardId);
  if (!card || !(await deps.stores.cards.remove(accountId, cardId))) throw new NotFoundError('card');
  const settings = await deps.stores.prepaidSettings.get(accountId);
  if (settings.autoTopup.cardId === cardId)
    await deps.stores.prepaidSettings.save({ ...settings, autoTopup: { enabled: false, amount: settings.autoTopup.amount, cardId: null } });
  // The processor's copy is forgotten on a best-effort basis: our row is what charges use.
  await deps.parties.processor
    .deleteCard(card.processorRef)
    .catch((err: unknown) => deps.log.warn({ err, cardId }, 'processor card delete failed'));
}
