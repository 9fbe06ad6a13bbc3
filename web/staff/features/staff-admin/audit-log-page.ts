import type { AuditEntry, AuditFilter, StaffUser } from '../../../shared/api-client';
import { h, show } from '../../../shared/dom';
import type { Lang } from '../../../shared/i18n';
import type { PageContext } from '../../page';
import { roleLabel } from './create-staff-form';
import { problemText } from './dialogs';

const DAY_MS = 86_400_000;

/** The start of a Japan-time calendar day (an <input type=date> value), as an instant. */
const jstDayStart = (date: string) => new Date(`${date}T00:00:00+09:00`);

/** A moment in Japan time to the second: the audit log is read at that precision. */
const jstSeconds = (iso: string, lang: Lang) =>
  new Date(iso).toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-GB', {
    timeZone: 'Asia/Tokyo',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });

/** The request body summary on one line (route parameters are in the path beside it). */
const bodyText = (e: AuditEntry) => (e.body === null || e.body === undefined ? '—' : JSON.stringify(e.body));

const cut = (s: string, max: number) => (s.length > max ? `${s.slice(0, max)}…` : s);

/**
 * The audit log: who did what, when and from where, newest first, with filters by staff user,
 * operation and day (Japan time), and a cursor for older entries. Opening `#/audit/<staffId>`
 * starts filtered to that user.
 */
export function auditLogPage(ctx: PageContext): HTMLElement {
  const { t } = ctx;
  const status = h('p', { role: 'status', 'aria-live': 'polite', id: 'audit-status' });
  const tbody = h('tbody');
  const more = h('button', { type: 'button', class: 'secondary', hidden: true }, t('auditMore'));
  const staff = h('select', { id: 'audit-staff', name: 'staffId' }, h('option', { value: '' }, t('auditEveryone')));
  const operation = h('input', {
    id: 'audit-operation',
    name: 'operationId',
    autocomplete: 'off',
    pattern: '[A-Za-z][A-Za-z0-9]*',
    maxlength: 64,
  });
  const from = h('input', { id: 'audit-from', name: 'from', type: 'date' });
  const to = h('input', { id: 'audit-to', name: 'to', type: 'date' });
  let shown: AuditEntry[] = [];
  let cursor: string | null = null;
  const initialStaffId = ctx.path[0] ?? '';

  const filter = (): AuditFilter => ({
    staffId: staff.value || undefined,
    operationId: operation.value.trim() || undefined,
    from: from.value ? jstDayStart(from.value).toISOString() : undefined,
    to: to.value ? new Date(jstDayStart(to.value).getTime() + DAY_MS).toISOString() : undefined,
  });

  function statusCell(e: AuditEntry): HTMLElement {
    if (e.status === null) return h('td', { class: 'error' }, t('auditUnknown'));
    const words = e.status < 400 ? t('auditOk') : e.status < 500 ? t('auditRefused') : t('auditFailed');
    return h('td', { class: e.status < 400 ? 'ok' : 'error' }, `${words} (${e.status})`);
  }

  function row(e: AuditEntry): HTMLTableRowElement {
    const details = bodyText(e);
    const agent = e.userAgent ?? '';
    return h(
      'tr',
      { 'data-audit-id': e.id, 'data-operation': e.operationId },
      h('td', { class: 'sa-nowrap' }, jstSeconds(e.at, ctx.lang())),
      h(
        'td',
        { class: 'sa-who' },
        h('span', { class: 'mono' }, e.loginId),
        h('br'),
        h('span', { class: 'hint' }, e.role ? roleLabel(ctx, e.role) : e.staffId ? '' : t('auditUnknownLogin')),
      ),
      h('td', {}, e.operationId, h('br'), h('span', { class: 'hint mono' }, `${e.method} ${e.path}`)),
      h('td', { class: 'mono sa-details', title: details }, cut(details, 160)),
      statusCell(e),
      h('td', {}, h('span', { class: 'mono' }, e.ip), h('br'), h('span', { class: 'hint', title: agent }, cut(agent, 48))),
    );
  }

  function render() {
    show(tbody, ...(shown.length ? shown.map(row) : [h('tr', {}, h('td', { colspan: 6 }, t('auditNone')))]));
    more.hidden = cursor === null;
    status.textContent = t('auditCount', { count: shown.length });
    status.className = '';
  }

  async function load(append: boolean) {
    try {
      const page = await ctx.api.auditLog({ ...filter(), cursor: append && cursor ? cursor : undefined });
      shown = append ? [...shown, ...page.items] : page.items;
      cursor = page.nextCursor;
      render();
    } catch (err) {
      status.textContent = problemText(err);
      status.className = 'error';
    }
  }

  more.addEventListener('click', () => load(true));
  const field = (id: string, label: string, input: HTMLElement) => h('div', { class: 'sa-field' }, h('label', { for: id }, label), input);
  const form = h(
    'form',
    {
      class: 'card sa-filters',
      'aria-label': t('auditTitle'),
      onsubmit: (e: Event) => {
        e.preventDefault();
        void load(false);
      },
    },
    h(
      'div',
      { class: 'sa-fields' },
      field('audit-staff', t('auditStaff'), staff),
      field('audit-operation', t('auditOperation'), operation),
      field('audit-from', t('auditFrom'), from),
      field('audit-to', t('auditTo'), to),
    ),
    h('button', { type: 'submit' }, t('auditShow')),
  );

  void ctx.api
    .listStaff()
    .then((users: StaffUser[]) => {
      staff.append(...users.map((u) => h('option', { value: u.id }, `${u.loginId} — ${u.name}`)));
      staff.value = users.some((u) => u.id === initialStaffId) ? initialStaffId : '';
    })
    .catch(() => undefined)
    .finally(() => load(false));

  const col = (k: Parameters<typeof t>[0]) => h('th', { scope: 'col' }, t(k));
  return h(
    'section',
    { 'aria-labelledby': 'audit-title' },
    h('h1', { id: 'audit-title' }, t('auditTitle')),
    h('p', { class: 'hint' }, t('auditHint')),
    form,
    status,
    h(
      'table',
      { class: 'sa-table sa-audit' },
      h('caption', { class: 'visually-hidden' }, t('auditTitle')),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          col('auditColAt'),
          col('auditColWho'),
          col('auditColWhat'),
          col('auditColBody'),
          col('auditColStatus'),
          col('auditColWhere'),
        ),
      ),
      tbody,
    ),
    more,
  );
}
