import { ApiProblem, type StatementDetail, type StatementImport } from '../../../shared/api-client';
import { h, show } from '../../../shared/dom';
import { jst, yen } from '../../../shared/i18n';
import type { StaffMessage } from '../../messages';
import type { PageContext } from '../../page';
import { statementLinesTable } from './statement-lines';

/** The file's bytes as base64, in slices so a large statement does not overflow the call stack. */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

const guessFormat = (name: string): 'zengin' | 'csv' => (name.toLowerCase().endsWith('.csv') ? 'csv' : 'zengin');

/**
 * The bank statement desk: upload a Zengin or CSV statement, see what each deposit led to, and
 * open earlier imports. One Idempotency-Key per upload until it is answered, so a double click or
 * a retry after a lost answer imports once.
 */
export function bankStatementsPage(ctx: PageContext): HTMLElement {
  const { api, t, lang } = ctx;
  const status = h('p', { role: 'status', 'aria-live': 'polite', id: 'statement-status' });
  const result = h('div', { id: 'statement-result' });
  const earlierBody = h('tbody');
  const file = h('input', { id: 'statement-file', type: 'file', accept: '.txt,.dat,.csv,text/plain,text/csv', required: true });
  const format = h(
    'select',
    { id: 'statement-format' },
    h('option', { value: 'zengin' }, t('stmtFormatZengin')),
    h('option', { value: 'csv' }, t('stmtFormatCsv')),
  );
  const button = h('button', { type: 'submit' }, t('stmtUpload'));
  let key = crypto.randomUUID();

  file.addEventListener('change', () => {
    key = crypto.randomUUID();
    const chosen = file.files?.[0];
    if (chosen) format.value = guessFormat(chosen.name);
  });

  const say = (text: string, kind: 'ok' | 'error' | '') => {
    status.textContent = text;
    status.className = kind;
  };

  const showDetail = (d: StatementDetail) => show(result, statementLinesTable(d, t, lang()));

  async function upload(e: Event) {
    e.preventDefault();
    const chosen = file.files?.[0];
    if (!chosen) {
      say(t('stmtChooseFile'), 'error');
      file.focus();
      return;
    }
    button.disabled = true;
    say(t('stmtUploading', { file: chosen.name }), '');
    try {
      const fmt = format.value === 'csv' ? 'csv' : 'zengin';
      const d = await api.importStatement({ fileName: chosen.name, format: fmt, contentBase64: await base64Of(chosen) }, key);
      const credited = d.lines.filter((l) => l.outcome === 'credit' || l.outcome === 'scheduled').length;
      const reviewed = d.lines.filter((l) => ['review', 'late_review', 'unknown'].includes(l.outcome)).length;
      say(
        d.duplicate
          ? t('stmtDuplicate', { file: d.fileName })
          : t('stmtImported', { file: d.fileName, count: d.lines.length, credited, reviewed }),
        'ok',
      );
      showDetail(d);
      // Answered: choosing the same file again is a new request (and finds it imported), not a replay of this one.
      key = crypto.randomUUID();
      await loadEarlier();
    } catch (err) {
      if (err instanceof ApiProblem) key = crypto.randomUUID();
      say(err instanceof ApiProblem ? err.problem.detail : (err as Error).message, 'error');
    } finally {
      button.disabled = false;
    }
  }

  const earlierRow = (i: StatementImport) => {
    const at = jst(i.importedAt, lang());
    return h(
      'tr',
      { 'data-import-id': i.id },
      h('td', {}, at),
      h('td', {}, i.fileName),
      h('td', {}, i.format === 'csv' ? 'CSV' : 'Zengin'),
      h('td', { class: 'num' }, i.lineCount),
      h('td', { class: 'num' }, yen(i.totalAmount, lang())),
      h(
        'td',
        {},
        h(
          'button',
          {
            type: 'button',
            class: 'secondary',
            'aria-label': t('stmtShowFor', { file: i.fileName, at }),
            onclick: () => ctx.go(`#/bank-statements/${i.id}`),
          },
          t('stmtShow'),
        ),
      ),
    );
  };

  async function loadEarlier() {
    const items = await api.statementImports();
    show(earlierBody, ...(items.length ? items.map(earlierRow) : [h('tr', {}, h('td', { colspan: 6 }, t('stmtNoImports')))]));
  }

  void loadEarlier();
  if (ctx.path[0]) void api.statementImport(ctx.path[0]).then(showDetail, (err: Error) => say(err.message, 'error'));

  const col = (k: StaffMessage) => h('th', { scope: 'col' }, t(k));
  return h(
    'section',
    { 'aria-labelledby': 'statements-title', class: 'statements' },
    h('h1', { id: 'statements-title' }, t('stmtTitle')),
    h('p', { class: 'hint' }, t('stmtHint')),
    h(
      'form',
      { class: 'statement-upload', onsubmit: upload },
      h('div', {}, h('label', { for: 'statement-file' }, t('stmtFile')), file),
      h('div', {}, h('label', { for: 'statement-format' }, t('stmtFormat')), format),
      button,
    ),
    status,
    result,
    h('h2', { id: 'earlier-title' }, t('stmtEarlier')),
    h(
      'table',
      { 'aria-labelledby': 'earlier-title' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          col('stmtColImportedAt'),
          col('stmtColFile'),
          h('th', { scope: 'col' }, t('stmtFormat')),
          col('stmtColLines'),
          col('stmtColTotal'),
          h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, t('stmtShow'))),
        ),
      ),
      earlierBody,
    ),
  );
}
