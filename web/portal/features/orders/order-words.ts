import { jst } from '../../../shared/i18n';
import { portalMessages, type PortalMessage } from '../../messages';
import type { PageContext } from '../../page';

const known = (key: string): key is PortalMessage => key in portalMessages;

/** A status in words; an unknown one (a newer kind's) as it is. */
export function statusText(ctx: Pick<PageContext, 't'>, status: string): string {
  const key = `orderStatus_${status}`;
  return known(key) ? ctx.t(key) : status;
}

/** Why an order failed, in words; an unknown reason by its code. */
export function reasonText(ctx: Pick<PageContext, 't'>, reason: string): string {
  const key = `orderReason_${reason}`;
  return known(key) ? ctx.t(key) : ctx.t('orderReasonOther', { code: reason });
}

/** What the customer must do next, in one sentence (the order page shows the full instructions). */
export function nextActionText(ctx: Pick<PageContext, 't' | 'lang'>, action: Record<string, unknown> | null): string {
  if (!action) return ctx.t('orderNextNone');
  const when = (v: unknown) => (typeof v === 'string' ? jst(v, ctx.lang()) : '');
  switch (action.type) {
    case 'three_d_secure':
      return ctx.t('orderNext_three_d_secure', { time: when(action.expiresAt) });
    case 'konbini':
      return ctx.t('orderNext_konbini', { deadline: when(action.deadline) });
    case 'net_bank':
      return ctx.t('orderNext_net_bank', { deadline: when(action.deadline) });
    case 'bank_transfer':
      return ctx.t('orderNext_bank_transfer', { deadline: when(action.deadline) });
    case 'credit_scheduled':
      return ctx.t('orderNext_credit_scheduled', { time: when(action.applyAt) });
    default:
      return ctx.t('orderNext_other');
  }
}

/** An order's kind in words. */
export function kindText(ctx: Pick<PageContext, 't'>, kind: string): string {
  const key = `orderKind_${kind}`;
  return known(key) ? ctx.t(key) : kind;
}

/** A portal link that moves without reloading the page. */
export function portalLink(ctx: Pick<PageContext, 'go'>, to: string) {
  return (e: Event) => {
    const m = e as MouseEvent;
    if (m.ctrlKey || m.metaKey || m.shiftKey || m.button) return;
    e.preventDefault();
    ctx.go(to);
  };
}
