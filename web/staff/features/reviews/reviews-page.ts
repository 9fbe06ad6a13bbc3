import { ApiProblem, type ApiClient, type PaymentReview, type ReviewDecision } from '../../../shared/api-client';
import { h, show } from '../../../shared/dom';
import { jst, yen, type Lang } from '../../../shared/i18n';
import type { StaffMessage } from '../../messages';

type T = (k: StaffMessage, p?: Record<string, string | number>) => string;

const REASON: Record<PaymentReview['reason'], StaffMessage> = {
  amount_mismatch: 'reasonMismatch',
  late_payment: 'reasonLate',
  unknown_deposit: 'reasonUnknown',
};

const DECISION: Record<Exclude<PaymentReview['status'], 'open'>, StaffMessage> = {
  credited: 'statusCredited',
  refunded: 'statusRefunded',
  assigned: 'statusAssigned',
};

/** How the operator names a review: its order's short ID, or its statement line when no order matched. */
const subjectOf = (r: PaymentReview, t: T) =>
  r.orderId ? r.orderId.slice(0, 8) : t('lineLabel', { line: r.statementLine?.lineNo ?? '?' });

/** The review's reason, with the statement line it came from. */
function reasonCell(r: PaymentReview, t: T): HTMLElement {
  const l = r.statementLine;
  return h(
    'td',
    {},
    t(REASON[r.reason]),
    l
      ? h(
          'div',
          { class: 'statement-line' },
          t('statementLine', { file: l.fileName, line: l.lineNo, date: l.arrivedOn, remitter: l.remitter }),
        )
      : null,
  );
}

/**
 * Payments under review (an amount that differs, money after the deadline, a deposit no order
 * matches): the total always in view, and per payment a credit or a refund with a note that is
 * kept. A deposit with no order is credited to the order the operator names. Each decision keeps
 * one Idempotency-Key. The latest decisions, with their notes, follow.
 */
export function reviewsPage(api: ApiClient, t: T, lang: () => Lang): HTMLElement {
  const total = h('p', { class: 'total', id: 'under-review' });
  const status = h('p', { role: 'status', 'aria-live': 'polite' });
  const tbody = h('tbody');
  const recentBody = h('tbody');
  let items: PaymentReview[] = [];

  const decide =
    (r: PaymentReview, read: () => ReviewDecision, key: string, controls: Array<HTMLButtonElement | HTMLInputElement>) => async () => {
      controls.forEach((b) => (b.disabled = true));
      const decision = read();
      const params = { order: subjectOf(r, t), amount: yen(r.receivedAmount, lang()), target: decision.orderId?.slice(0, 8) ?? '' };
      try {
        await api.resolveReview(r.id, decision, key);
        const words: StaffMessage =
          decision.action === 'refund' ? 'resolvedRefunded' : r.reason === 'unknown_deposit' ? 'resolvedAssigned' : 'resolvedCredited';
        status.textContent = t(words, params);
        status.className = 'ok';
        items = items.filter((i) => i.id !== r.id);
        render();
        void loadRecent();
      } catch (err) {
        status.textContent = err instanceof ApiProblem ? err.problem.detail : (err as Error).message;
        status.className = 'error';
        controls.forEach((b) => (b.disabled = false));
      }
    };

  const row = (r: PaymentReview) => {
    const key = crypto.randomUUID();
    const params = { order: subjectOf(r, t), amount: yen(r.receivedAmount, lang()) };
    const unknown = r.reason === 'unknown_deposit';
    const note = h('input', { id: `note-${r.id}`, type: 'text', maxlength: 500, placeholder: t('notePlaceholder') });
    const orderId = unknown
      ? h('input', { id: `order-${r.id}`, type: 'text', class: 'mono', placeholder: t('orderIdPlaceholder'), autocomplete: 'off' })
      : null;
    const credit = h(
      'button',
      { type: 'button', 'aria-label': t(unknown ? 'assignFor' : 'creditFor', params) },
      t(unknown ? 'assign' : 'credit'),
    );
    const refund = h('button', { type: 'button', class: 'secondary', 'aria-label': t('refundFor', params) }, t('refund'));
    const controls = [credit, refund, note, ...(orderId ? [orderId] : [])];
    const read = (action: 'credit' | 'refund') => (): ReviewDecision => ({
      action,
      note: note.value.trim() || undefined,
      ...(orderId && action === 'credit' ? { orderId: orderId.value.trim() } : {}),
    });
    credit.addEventListener('click', decide(r, read('credit'), key, controls));
    refund.addEventListener('click', decide(r, read('refund'), key, controls));
    return h(
      'tr',
      { 'data-review-id': r.id },
      h('td', {}, jst(r.createdAt, lang())),
      reasonCell(r, t),
      h('td', { class: 'mono' }, r.orderId ? r.orderId.slice(0, 8) : t('noOrder')),
      h('td', { class: 'num' }, r.expectedAmount === null ? '—' : yen(r.expectedAmount, lang())),
      h('td', { class: 'num' }, yen(r.receivedAmount, lang())),
      h(
        'td',
        {},
        h(
          'div',
          { class: 'decision' },
          orderId ? h('label', { for: orderId.id, class: 'visually-hidden' }, t('orderIdFor', params)) : null,
          orderId,
          h('label', { for: note.id, class: 'visually-hidden' }, t('noteFor', params)),
          note,
          h('span', { class: 'actions' }, credit, refund),
        ),
      ),
    );
  };

  function render() {
    const sum = items.reduce((s, r) => s + r.receivedAmount, 0);
    total.textContent = t('underReview', { amount: yen(sum, lang()), count: items.length });
    show(tbody, ...(items.length ? items.map(row) : [h('tr', {}, h('td', { colspan: 6 }, t('noReviews')))]));
  }

  const recentRow = (r: PaymentReview) =>
    h(
      'tr',
      { 'data-resolved-id': r.id },
      h('td', {}, r.resolvedAt ? jst(r.resolvedAt, lang()) : '—'),
      reasonCell(r, t),
      h('td', { class: 'mono' }, r.orderId ? r.orderId.slice(0, 8) : '—'),
      h('td', { class: 'num' }, yen(r.receivedAmount, lang())),
      h('td', {}, r.status === 'open' ? '' : t(DECISION[r.status])),
      h('td', { class: 'note' }, r.note ?? ''),
    );

  async function loadRecent() {
    const recent = await api.resolvedReviews();
    show(recentBody, ...(recent.length ? recent.map(recentRow) : [h('tr', {}, h('td', { colspan: 6 }, t('noRecent')))]));
  }

  void api.openReviews().then((loaded) => {
    items = loaded;
    render();
  });
  void loadRecent();
  const col = (k: StaffMessage) => h('th', { scope: 'col' }, t(k));
  return h(
    'section',
    { 'aria-labelledby': 'reviews-title', class: 'reviews' },
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
    h('h2', { id: 'recent-title' }, t('recentTitle')),
    h(
      'table',
      { 'aria-labelledby': 'recent-title' },
      h(
        'thead',
        {},
        h('tr', {}, col('colDecidedAt'), col('colReason'), col('colOrder'), col('colReceived'), col('colDecision'), col('colNote')),
      ),
      recentBody,
    ),
  );
}
