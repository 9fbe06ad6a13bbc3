import { ApiProblem, type DeviceUnit } from '../../../shared/api-client';
import { h } from '../../../shared/dom';
import { jst } from '../../../shared/i18n';
import type { PortalMessage } from '../../messages';
import type { PageContext } from '../../page';

/** What an error says to the customer: the API's own sentence, in their language. */
export const problemText = (err: unknown) => (err instanceof ApiProblem ? err.problem.detail : (err as Error).message);

/** A unit's warehouse status in words. */
export const unitStatus = (ctx: PageContext, status: string) => {
  const key = `devUnitStatus_${status}` as PortalMessage;
  return key in UNIT_STATUSES ? ctx.t(key) : status;
};
const UNIT_STATUSES = {
  devUnitStatus_reserved: 1,
  devUnitStatus_scanned: 1,
  devUnitStatus_packed: 1,
  devUnitStatus_shipped: 1,
  devUnitStatus_delivered: 1,
  devUnitStatus_cancelled: 1,
};

/**
 * What we honestly know of a phone's connection: a pre-configured phone fetches its settings
 * from our provisioning server, so we know when it last did; a phone the customer configures
 * never contacts us.
 */
export function connectionCell(ctx: PageContext, d: DeviceUnit): HTMLElement {
  const { t } = ctx;
  if (!d.preconfigured) return h('span', { class: 'dev-conn dev-conn-unknown' }, t('devUnmanaged'));
  if (d.online && d.lastFetchAt)
    return h(
      'span',
      { class: 'dev-conn dev-conn-online', title: t('devOnlineHint') },
      t('devOnline', { at: jst(d.lastFetchAt, ctx.lang()) }),
    );
  return h('span', { class: 'dev-conn dev-conn-waiting' }, t('devWaiting'));
}

/** A MAC address as printed on the phone's label: 00:0B:82:12:34:56. */
export const macText = (mac: string) => (/^[0-9a-f]{12}$/i.test(mac) ? mac.toUpperCase().match(/../g)!.join(':') : mac);

/** The uniques set on a phone, by their codes. */
export const uniquesText = (d: DeviceUnit) => d.uniques.map((u) => u.code ?? '—').join(', ') || '—';

/** A link that moves inside the portal without a reload. */
export const portalLink = (ctx: PageContext, to: string, text: string, attrs: Record<string, string> = {}) =>
  h(
    'a',
    {
      href: to,
      ...attrs,
      onclick: (e: Event) => {
        e.preventDefault();
        ctx.go(to);
      },
    },
    text,
  );
