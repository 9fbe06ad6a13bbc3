import { h } from '../../../shared/dom';
import type { TopupOptions } from '../../../shared/api-client';
import type { PageContext } from '../../page';

/** A card the processor tokenised: the token and what may be shown of it. */
export interface TokenisedCard {
  token: string;
  brand: string;
  last4: string;
}

const isTokenMessage = (d: unknown): d is TokenisedCard & { type: 'card-token' } =>
  typeof d === 'object' &&
  d !== null &&
  (d as { type?: unknown }).type === 'card-token' &&
  typeof (d as { token?: unknown }).token === 'string' &&
  typeof (d as { last4?: unknown }).last4 === 'string';

/**
 * The processor's card entry page in a frame. The card number is typed on the processor's origin
 * and never passes through this page; only the token comes back, by a message this page accepts
 * from that frame and origin alone.
 */
export function cardEntryFrame(ctx: PageContext, entry: TopupOptions['cardEntry'], onCard: (card: TokenisedCard) => void): HTMLElement {
  const src = new URL(entry.url);
  src.searchParams.set('origin', location.origin);
  src.searchParams.set('lang', ctx.lang());
  const frame = h('iframe', { src: src.toString(), title: ctx.t('topupCardFrame'), class: 'card-entry', id: 'card-entry-frame' });
  const listener = (e: MessageEvent) => {
    if (!frame.isConnected) return window.removeEventListener('message', listener);
    if (e.origin !== entry.origin || e.source !== frame.contentWindow || !isTokenMessage(e.data)) return;
    onCard({ token: e.data.token, brand: String(e.data.brand), last4: e.data.last4 });
  };
  window.addEventListener('message', listener);
  return h('div', { class: 'stack' }, frame, h('p', { class: 'hint' }, ctx.t('topupCardNote')));
}
