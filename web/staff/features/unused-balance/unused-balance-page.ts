import { endedBaseDates } from '../../../../domain/prepaid/payment-services-act';
import { ApiProblem, type UnusedBalanceReport } from '../../../shared/api-client';
import { h, show } from '../../../shared/dom';
import { yen, type Lang } from '../../../shared/i18n';
import type { PageContext } from '../../page';

/** How many base dates the menu offers: five years. */
const BASE_DATES_OFFERED = 10;

/** A calendar date as people read it: 2026年9月30日 or September 30, 2026. */
const longDate = (iso: string, lang: Lang) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString(lang === 'ja' ? 'ja-JP' : 'en-US', {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  });

/** One line of the figures: its name as the row header, its value. */
const figure = (name: string, label: string, value: string) =>
  h('tr', { 'data-figure': name }, h('th', { scope: 'row' }, label), h('td', { class: 'num' }, value));

/**
 * The Payment Services Act's base-date report: pick an ended base date (the latest is shown on
 * opening) and read its unused balance, whether it is above ¥10,000,000, the deposit and the deadline.
 */
export function unusedBalancePage(ctx: PageContext): HTMLElement {
  const { api, t, lang } = ctx;
  const dates = endedBaseDates(new Date(), BASE_DATES_OFFERED);
  const select = h(
    'select',
    { id: 'ub-base-date', required: true },
    ...dates.map((d) => h('option', { value: d }, t('ubBaseDateOption', { date: longDate(d, lang()) }))),
  );
  const submit = h('button', { type: 'submit' }, t('ubShow'));
  const status = h('p', { role: 'status', 'aria-live': 'polite', id: 'ub-status' });
  const result = h('div', { class: 'ub-result' });
  // Only the answer to the latest request is shown, however the answers arrive.
  let latest = 0;

  const count = (n: number) => n.toLocaleString(lang() === 'ja' ? 'ja-JP' : 'en-US');

  function render(r: UnusedBalanceReport) {
    const date = longDate(r.baseDate, lang());
    const deadline = longDate(r.filingDeadline, lang());
    const money = (n: number) => yen(n, lang());
    status.textContent = r.exceedsThreshold
      ? t('ubSummaryExceeds', { date, amount: money(r.unusedBalance), deposit: money(r.requiredDeposit), deadline })
      : t('ubSummaryBelow', { date, amount: money(r.unusedBalance) });
    status.className = r.exceedsThreshold ? 'ub-summary exceeds' : 'ub-summary';
    show(
      result,
      h(
        'table',
        { 'aria-labelledby': 'ub-result-title' },
        h('caption', { id: 'ub-result-title' }, t('ubResultTitle', { date })),
        h(
          'tbody',
          {},
          figure('unused', t('ubUnused'), money(r.unusedBalance)),
          figure('accounts', t('ubAccounts'), t('ubAccountCount', { count: count(r.positiveAccounts) })),
          figure('threshold', t('ubThreshold', { threshold: money(r.threshold) }), t(r.exceedsThreshold ? 'ubExceeds' : 'ubNotExceeds')),
          figure('deposit', t('ubDeposit'), r.exceedsThreshold ? money(r.requiredDeposit) : t('ubNoDeposit')),
          figure('deadline', t('ubDeadline'), t('ubDeadlineValue', { date: deadline })),
          figure('negative', t('ubNegative'), t('ubNegativeValue', { count: count(r.negativeAccounts), amount: money(r.negativeBalance) })),
        ),
      ),
    );
  }

  async function load(baseDate: string) {
    const mine = ++latest;
    submit.disabled = true;
    status.textContent = t('loading');
    status.className = 'ub-summary';
    try {
      const r = await api.unusedBalanceReport(baseDate);
      if (mine === latest) render(r);
    } catch (err) {
      if (mine !== latest) return;
      status.textContent = err instanceof ApiProblem ? err.problem.detail : (err as Error).message;
      status.className = 'error';
      show(result);
    } finally {
      if (mine === latest) submit.disabled = false;
    }
  }

  const form = h(
    'form',
    {
      class: 'inline ub-form',
      'aria-labelledby': 'ub-title',
      onsubmit: (e: Event) => {
        e.preventDefault();
        void load(select.value);
      },
    },
    h('label', { for: select.id }, t('ubBaseDate')),
    select,
    submit,
  );

  void load(select.value);
  return h(
    'section',
    { 'aria-labelledby': 'ub-title', class: 'unused-balance' },
    h('h1', { id: 'ub-title' }, t('ubTitle')),
    h('p', { class: 'hint' }, t('ubHint')),
    form,
    status,
    result,
  );
}
