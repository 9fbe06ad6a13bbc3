import { ApiProblem, type ApiClient, type PaymentReview } from '../../../shared/api-client';
import { h, show } from '../../../shared/dom';
import { jst, yen, type Lang } from '../../../shared/i18n';
import type { StaffMessage } from '../../messages';

type T = (k: StaffMessage, p?: Record<string, string | number>) => string;

/**
 * Payments under review (an amount that differs, money after the deadline): the total always in
 * view, and per payment a credit or a refund. Each decision keeps one Idempotency-Key.
 */
export function reviewsPage(api: ApiClient, t: T, lang: () => Lang): HTMLElement {
  const total = h('p', { class: 'total', id: 'under-review' });
  const status = h('p', { role: 'status', 'aria-live': 'polite' });
  const tbody = h('tbody');
  let items: PaymentReview[] = [];

  const decide = (r: PaymentReview, action: 'credit' | 'refund', key: string, buttons: HTMLButtonElement[]) => async () => {
    buttons.forEach((b) => (b.disabled = true));
    const params = { order: r.orderId.slice(0, 8), amount: yen(r.receivedAmount, lang()) };
    try {
      await api.resolveReview(r.id, action, key);
      status.textContent = t(action === 'credit' ? 'resolvedCredited' : 'resolvedRefunded', params);
      status.className = 'ok';
      items = items.filter((i) => i.id !== r.id);
      render();
    } catch (err) {
      status.textContent = err instanceof ApiProblem ? err.problem.detail : (err as Error).message;
      status.className = 'error';
      buttons.forEach((b) => (b.disabled = false));
    }
  };

  const row = (r: PaymentReview) => {
    const key = crypto.randomUUID();
    const params = { order: r.orderId.slice(0, 8), amount: yen(r.receivedAmount, lang()) };
    const credit = h('button', { type: 'button', 'aria-label': t('creditFor', params) }, t('credit'));
    const refund = h('button', { type: 'button', class: 'secondary', 'aria-label': t('refundFor', params) }, t('refund'));
    credit.addEventListener('click', decide(r, 'credit', key, [credit, refund]));
    refund.addEventListener('click', decide(r, 'refund', key, [credit, refund]));
    return h(
      'tr',
      { 'data-review-id': r.id },
      h('td', {}, jst(r.createdAt, lang())),
      h('td', {}, t(r.reason === 'amount_mismatch' ? 'reasonMismatch' : 'reasonLate')),
      h('td', { class: 'mono' }, r.orderId.slice(0, 8)),
      h('td', { class: 'num' }, yen(r.expectedAmount, lang())),
      h('td', { class: 'num' }, yen(r.receivedAmount, lang())),
      h('td', { class: 'actions' }, credit, refund),
    );
  };

  function render() {
    const sum = items.reduce((s, r) => s + r.receivedAmount, 0);
    total.textContent = t('underReview', { amount: yen(sum, lang()), count: items.length });
    show(tbody, ...(items.length ? items.map(row) : [h('tr', {}, h('td', { colspan: 6 }, t('noReviews')))]));
  }

  void api.openReviews().then((loaded) => {
    items = loaded;
    render();
  });
  const col = (k: StaffMessage) => h('th', { scope: 'col' }, t(k));
  return h(
    'section',
    { 'aria-labelledby': 'reviews-title' },
    h('h1', { id: 'reviews-title' }, t('reviewsTitle')),
    total,
    status,
    h(
      'table',
      {},
      h('caption', { class: 'visually-hidden' }, t('reviewsTitle')),
      h(
        'thead',
        {},
        h('tr', {}, col('colSince'), col('colReason'), col('colOrder'), col('colExpected'), col('colReceived'), col('colAction')),
      ),
      tbody,
    ),
  );
}
