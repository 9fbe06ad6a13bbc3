import type { StatementDetail, StatementLine } from '../../../shared/api-client';
import { h } from '../../../shared/dom';
import { jst, yen, type Lang } from '../../../shared/i18n';
import type { StaffMessage, T } from '../../messages';

const OUTCOME_WORDS: Record<StatementLine['outcome'], StaffMessage> = {
  credit: 'stmtOutcomeCredit',
  scheduled: 'stmtOutcomeScheduled',
  review: 'stmtOutcomeReview',
  late_review: 'stmtOutcomeLate',
  unknown: 'stmtOutcomeUnknown',
  already_confirmed: 'stmtOutcomeAlready',
  bank_cancellation: 'stmtOutcomeCancellation',
  duplicate_deposit: 'stmtOutcomeDuplicateDeposit',
  pending: 'stmtOutcomePending',
};

/** What a statement line led to, in words. */
export const lineOutcomeText = (l: StatementLine, t: T, lang: Lang) =>
  t(OUTCOME_WORDS[l.outcome], { at: l.applyAt ? jst(l.applyAt, lang) : '' });

const OUTCOME_CLASS: Partial<Record<StatementLine['outcome'], string>> = {
  credit: 'outcome-credit',
  scheduled: 'outcome-credit',
  review: 'outcome-review',
  late_review: 'outcome-review',
  unknown: 'outcome-review',
};

/** One import's lines: number, date, amount, remitter, reference and the outcome in words. */
export function statementLinesTable(d: StatementDetail, t: T, lang: Lang): HTMLElement {
  const col = (k: StaffMessage) => h('th', { scope: 'col' }, t(k));
  const rows = d.lines.map((l) =>
    h(
      'tr',
      { 'data-line': l.lineNo },
      h('th', { scope: 'row', class: 'num' }, l.lineNo),
      h('td', {}, l.arrivedOn),
      h('td', { class: 'num' }, yen(l.amount, lang)),
      h('td', { class: 'remitter' }, l.remitter),
      h('td', { class: 'mono' }, l.reference ?? '—'),
      h('td', { class: OUTCOME_CLASS[l.outcome] ?? '' }, lineOutcomeText(l, t, lang)),
    ),
  );
  return h(
    'table',
    { class: 'statement-lines' },
    h('caption', {}, t('stmtResultTitle', { file: d.fileName })),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        col('stmtColLine'),
        col('stmtColDate'),
        col('stmtColAmount'),
        col('stmtColRemitter'),
        col('stmtColReference'),
        col('stmtColOutcome'),
      ),
    ),
    h('tbody', {}, ...(rows.length ? rows : [h('tr', {}, h('td', { colspan: 6 }, t('stmtNoLines')))])),
  );
}
