import { AppError } from '../errors';

/** Who set "outbound calls prohibited": the account, one of its circles, or the unique's own login. */
export type ProhibitedBy = 'account' | 'circle' | 'unique';

/** Whether a unique may call outside, and who prohibited it (null: not recorded, treated as the account). */
export interface OutboundState {
  prohibited: boolean;
  by: ProhibitedBy | null;
}

/** A unique's own login tried to lift a prohibition its account or circle set. */
export class ProhibitionNotLiftableError extends AppError {
  constructor(setBy: ProhibitedBy) {
    super(403, 'outbound_prohibition_locked', { setBy }, 'body.callerId');
  }
}

/**
 * The outbound state after `actor` prohibits or allows outside calls. The account and circle
 * manage their uniques, so they may lift any prohibition; a unique may only lift one it set itself,
 * otherwise a blocked phone could unblock itself. Prohibiting what is already prohibited keeps the
 * original setter: the settings screen re-sends every field on save, and an unrelated edit by the
 * account must not quietly take over (and lock) a prohibition the unique chose for itself.
 */
export function nextOutboundState(current: OutboundState, actor: ProhibitedBy, prohibit: boolean): OutboundState {
  if (prohibit) return current.prohibited ? current : { prohibited: true, by: actor };
  if (!current.prohibited) return current;
  // A prohibition from before the setter was recorded counts as the account's: the safe reading.
  const setBy = current.by ?? 'account';
  if (actor === 'unique' && setBy !== 'unique') throw new ProhibitionNotLiftableError(setBy);
  return { prohibited: false, by: null };
}
