import { ApiProblem, type SipCredentials } from '../../../shared/api-client';
import { h, show } from '../../../shared/dom';
import { yen } from '../../../shared/i18n';
import { portalMessages, type PortalMessage, type T } from '../../messages';
import type { PageContext } from '../../page';
import { sipCredentialsBlock } from './sip-credentials';
import { numberKindWord, problemText, uniqueKindWord } from './words';

/** One line of the workflow's per-item report (order.detail.lines). */
interface ReportLine {
  type: 'unique' | 'number';
  id: string;
  kind: string;
  number?: string;
  status: string;
  reason?: string | null;
}

const STATUS_WORDS: Record<string, PortalMessage> = {
  ordered: 'buyStatusOrdered',
  created: 'buyStatusCreated',
  activating: 'buyStatusActivating',
  active: 'buyStatusActive',
  failed: 'buyStatusFailed',
  refused: 'buyStatusRefused',
  removed: 'buyStatusRemoved',
  released: 'buyStatusReleased',
};

// The API shows an order's passwords once; the order page redraws while it follows the order, so
// the one answer is kept for this page load and every redraw shows the same.
const revealed = new Map<string, Promise<SipCredentials[] | 'gone'>>();

function reveal(ctx: PageContext, orderId: string): Promise<SipCredentials[] | 'gone'> {
  let answer = revealed.get(orderId);
  if (!answer) {
    answer = ctx.api.revealSipCredentials(orderId).catch((err: unknown) => {
      if (err instanceof ApiProblem && err.problem.code === 'credentials_already_shown') return 'gone' as const;
      revealed.delete(orderId);
      throw err;
    });
    revealed.set(orderId, answer);
  }
  return answer;
}

const reportOf = (order: object): ReportLine[] | undefined => {
  const lines = (order as { detail?: { lines?: unknown } }).detail?.lines;
  return Array.isArray(lines) ? (lines as ReportLine[]) : undefined;
};

/** The carrier's reason code as a sentence the customer reads; an unknown code gets a general one. */
function reasonWord(t: T, reason: string): string {
  const key = `buyReason_${reason}`;
  return key in portalMessages ? t(key as PortalMessage) : t('buyReasonOther');
}

function reportTable(t: T, lines: ReportLine[]): HTMLElement {
  const statusText = (l: ReportLine) => {
    const word = STATUS_WORDS[l.status];
    const status = word ? t(word) : l.status;
    return l.reason ? t('buyStatusReason', { status, reason: reasonWord(t, l.reason) }) : status;
  };
  return h(
    'table',
    { class: 'order-lines' },
    h('caption', {}, t('buyOrderLines')),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('buyItem')), h('th', { scope: 'col' }, t('buyLineStatus')))),
    h(
      'tbody',
      {},
      ...lines.map((l) =>
        h(
          'tr',
          { 'data-line-status': l.status },
          h('th', { scope: 'row' }, l.type === 'unique' ? uniqueKindWord(t, l.kind) : `${numberKindWord(t, l.kind)} ${l.number ?? ''}`),
          h('td', {}, statusText(l)),
        ),
      ),
    ),
  );
}

function credentialsArea(ctx: PageContext, orderId: string): HTMLElement {
  const { t } = ctx;
  const area = h('div', { class: 'sip-credentials-area' }, h('p', { role: 'status' }, t('uqCredentialsLoading')));
  reveal(ctx, orderId).then(
    (items) =>
      show(
        area,
        items === 'gone'
          ? h(
              'p',
              { class: 'hint', id: 'sip-credentials-gone' },
              t('uqCredentialsGone'),
              ' ',
              h('a', { href: '/uniques', onclick: (e: Event) => (e.preventDefault(), ctx.go('/uniques')) }, t('uqToUniques')),
            )
          : sipCredentialsBlock(t, items),
      ),
    (err: unknown) => show(area, h('p', { class: 'error', role: 'alert' }, problemText(err))),
  );
  return area;
}

/**
 * What the order page shows for a services order beyond its status timeline: each item's state,
 * what went back for numbers the carrier refused, and once completed the SIP credentials, once.
 */
export function servicesOrderDetails(
  ctx: PageContext,
  order: { id: string; type: string; status: string; refunded?: number },
): HTMLElement | null {
  const lines = reportOf(order);
  const hasUniques = lines ? lines.some((l) => l.type === 'unique') : true;
  const refusedRefund =
    order.status === 'completed' && order.refunded
      ? h('p', { class: 'hint', id: 'order-refunded' }, ctx.t('buyRefunded', { amount: yen(order.refunded, ctx.lang()) }))
      : null;
  const parts = [
    lines?.length ? reportTable(ctx.t, lines) : null,
    refusedRefund,
    order.status === 'completed' && hasUniques ? credentialsArea(ctx, order.id) : null,
  ].filter((p): p is HTMLElement => p !== null);
  return parts.length ? h('div', { class: 'services-order-details' }, ...parts) : null;
}
